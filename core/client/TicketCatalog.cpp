// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketCatalog.h"

#include "ApiClient.h"

#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;

TicketCatalog::TicketCatalog(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void TicketCatalog::reload()
{
    for (const QPointer<ApiCall> &call : {m_groupsCall, m_categoriesCall}) {
        if (call)
            call->cancel();
    }
    m_incoming = {};
    m_pending = 2;
    // Both lists or neither: a half-loaded catalog would offer categories with stale groups.
    const auto arrived = [this] {
        if (m_pending <= 0 || --m_pending > 0) // the other list failed, or is still on its way
            return;
        m_catalog = m_incoming;
        m_loaded = true;
        m_problem.clear();
        Q_EMIT loaded();
    };
    m_groupsCall = m_api.get(u"/groups"_s);
    m_groupsCall->then(
        this,
        [this, arrived](const QJsonObject &json, int) {
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (auto group = AssignmentGroup::fromJson(item.toObject()))
                    m_incoming.groups.append(*group);
            }
            arrived();
        },
        [this](const ApiFailure &failure) { fail(failure.message); });
    m_categoriesCall = m_api.get(u"/categories"_s);
    m_categoriesCall->then(
        this,
        [this, arrived](const QJsonObject &json, int) {
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (auto category = Category::fromJson(item.toObject()))
                    m_incoming.categories.append(*category);
            }
            arrived();
        },
        [this](const ApiFailure &failure) { fail(failure.message); });
}

void TicketCatalog::fail(const QString &message)
{
    if (m_pending <= 0)
        return;
    m_pending = 0; // the other list's answer, if it comes, is dropped
    m_problem = message;
    Q_EMIT loadFailed(message);
}

} // namespace Helpline
