// SPDX-License-Identifier: GPL-3.0-or-later
#include "Colleagues.h"

#include "ApiClient.h"

#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;

Colleagues::Colleagues(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void Colleagues::reload()
{
    if (m_call)
        m_call->cancel();
    ApiCall *call = m_api.get(u"/users"_s);
    m_call = call;
    call->then(
        this,
        [this](const QJsonObject &json, int) {
            m_colleagues.clear();
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                const QJsonObject object = item.toObject();
                if (auto user = User::fromJson(object)) {
                    QStringList groups;
                    for (const QJsonValue &group : object.value(u"groups"_s).toArray())
                        groups << group.toString();
                    m_colleagues.append({*user, groups});
                }
            }
            m_loaded = true;
            Q_EMIT loaded();
        },
        [this](const ApiFailure &failure) { Q_EMIT loadFailed(failure.message); });
}

QList<Colleague> Colleagues::ticketWorkers() const
{
    QList<Colleague> workers;
    for (const Colleague &colleague : m_colleagues) {
        if (roleHas(colleague.user.role, Permission::WriteTickets))
            workers << colleague;
    }
    return workers;
}

} // namespace Helpline
