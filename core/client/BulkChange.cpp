// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkChange.h"

#include "ApiCall.h"
#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Helpline {

using namespace Qt::StringLiterals;

BulkChange::BulkChange(ApiClient &api, TicketBulkChange change, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_change(std::move(change))
{
}

void BulkChange::start()
{
    m_next = 0;
    m_results.clear();
    sendNext();
}

void BulkChange::sendNext()
{
    if (m_next >= m_change.ids.size()) {
        Q_EMIT finished(m_results);
        return;
    }
    TicketBulkChange batch = m_change;
    batch.ids = m_change.ids.mid(m_next, TicketBulkChange::maxTickets);
    m_next += batch.ids.size();
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_api.post(u"/tickets/bulk"_s, batch.toJson(), key)->then(this, [this](const QJsonObject &body, int) {
        for (const QJsonValue &value : body.value(u"results"_s).toArray()) {
            const QJsonObject item = value.toObject();
            Result result;
            result.id = item.value(u"id"_s).toInteger();
            const int status = item.value(u"status"_s).toInt();
            if (status == 200)
                result.ticket = Ticket::fromJson(item.value(u"ticket"_s).toObject());
            if (!result.ticket) {
                const QJsonObject error{{u"error"_s, item.value(u"error"_s)}};
                result.failure = ApiFailure::fromHttp(status == 200 ? 500 : status,
                                                      QJsonDocument(error).toJson(QJsonDocument::Compact));
            }
            m_results << result;
        }
        sendNext();
    }, [this, batch](const ApiFailure &failure) {
        // The whole call was refused (role, network): every ticket of it shares the reason.
        for (qint64 id : batch.ids)
            m_results << Result{id, std::nullopt, failure};
        sendNext();
    });
}

} // namespace Helpline
