// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketWatchers.h"

#include "ApiCall.h"
#include "ApiClient.h"

#include <QJsonArray>
#include <QUuid>

namespace Helpline {

using namespace Qt::StringLiterals;

TicketWatchers::TicketWatchers(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

bool TicketWatchers::contains(qint64 userId) const
{
    return std::any_of(m_watchers.cbegin(), m_watchers.cend(), [userId](const Watcher &w) { return w.user.id == userId; });
}

void TicketWatchers::take(const QJsonObject &json)
{
    m_watchers.clear();
    for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
        if (const auto watcher = Watcher::fromJson(item.toObject()))
            m_watchers.append(*watcher);
    }
    m_loaded = true;
}

void TicketWatchers::load(qint64 ticketId)
{
    if (m_loadCall)
        m_loadCall->cancel();
    if (ticketId != m_ticketId) {
        m_watchers.clear();
        m_loaded = false;
    }
    m_ticketId = ticketId;
    ApiCall *call = m_api.get(u"/tickets/%1/watchers"_s.arg(ticketId));
    m_loadCall = call;
    call->then(
        this,
        [this, ticketId](const QJsonObject &json, int) {
            if (ticketId != m_ticketId)
                return;
            take(json);
            Q_EMIT loaded(ticketId);
        },
        [this, ticketId](const ApiFailure &failure) {
            if (ticketId == m_ticketId)
                Q_EMIT failed(ticketId, failure.message);
        });
}

void TicketWatchers::add(qint64 userId)
{
    const qint64 ticketId = m_ticketId;
    if (ticketId <= 0)
        return;
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_api.post(u"/tickets/%1/watchers"_s.arg(ticketId), {{u"user_id"_s, userId}}, key)
        ->then(
            this,
            [this, ticketId](const QJsonObject &json, int) {
                if (ticketId == m_ticketId) {
                    take(json);
                    Q_EMIT loaded(ticketId);
                }
                Q_EMIT changed(ticketId);
            },
            [this, ticketId](const ApiFailure &failure) { Q_EMIT failed(ticketId, failure.message); });
}

void TicketWatchers::remove(qint64 userId)
{
    const qint64 ticketId = m_ticketId;
    if (ticketId <= 0)
        return;
    m_api.remove(u"/tickets/%1/watchers/%2"_s.arg(ticketId).arg(userId))
        ->then(
            this,
            [this, ticketId](const QJsonObject &, int) {
                if (ticketId == m_ticketId)
                    load(ticketId);
                Q_EMIT changed(ticketId);
            },
            [this, ticketId](const ApiFailure &failure) { Q_EMIT failed(ticketId, failure.message); });
}

} // namespace Helpline
