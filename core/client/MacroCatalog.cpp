// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacroCatalog.h"

#include "ApiClient.h"

#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;

MacroCatalog::MacroCatalog(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void MacroCatalog::reload()
{
    if (m_call)
        m_call->cancel();
    ApiCall *call = m_api.get(u"/macros"_s);
    m_call = call;
    call->then(
        this,
        [this](const QJsonObject &json, int) {
            m_macros.clear();
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (auto macro = Macro::fromJson(item.toObject()))
                    m_macros.append(*macro);
            }
            m_loaded = true;
            m_problem.clear();
            Q_EMIT loaded();
        },
        [this](const ApiFailure &failure) {
            m_problem = failure.message;
            Q_EMIT loadFailed(failure.message);
        });
}

} // namespace Helpline
