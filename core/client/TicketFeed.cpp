// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketFeed.h"

#include "ApiClient.h"

#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;

TicketFeed::TicketFeed(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void TicketFeed::start(const QUrlQuery &query, int maxRows)
{
    cancel();
    m_query = query;
    m_maxRows = maxRows;
    m_rows = 0;
    Q_EMIT started();
    fetch({});
}

void TicketFeed::cancel()
{
    if (m_call)
        m_call->cancel();
    m_call.clear();
}

void TicketFeed::fetch(const QString &cursor)
{
    QUrlQuery query = m_query;
    query.addQueryItem(u"limit"_s, u"200"_s);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    ApiCall *call = m_api.get(u"/tickets"_s, query);
    m_call = call;
    call->then(
        this,
        [this, call](const QJsonObject &json, int) {
            if (m_call != call)
                return; // a newer run replaced this one
            QList<Ticket> tickets;
            const QJsonArray items = json.value(u"items"_s).toArray();
            tickets.reserve(items.size());
            for (const QJsonValue &item : items) {
                if (auto ticket = Ticket::fromJson(item.toObject()))
                    tickets.append(std::move(*ticket));
            }
            m_rows += int(tickets.size());
            const QString next = json.value(u"next_cursor"_s).toString();
            const bool more = !next.isEmpty() && m_rows < m_maxRows;
            if (!more)
                m_call.clear();
            Q_EMIT pageArrived(tickets);
            if (more)
                fetch(next);
            else
                Q_EMIT finished(next.isEmpty());
        },
        [this, call](const ApiFailure &failure) {
            if (m_call != call)
                return;
            m_call.clear();
            Q_EMIT failed(failure);
        });
}

} // namespace Helpline
