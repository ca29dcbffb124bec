// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatcherRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"

#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
QString displayNameOf(const Database &db, qint64 userId)
{
    SqlQuery query(db.connection(), u"SELECT display_name FROM users WHERE id = ?"_s);
    query.bind(userId);
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}
} // namespace

QList<Watcher> WatcherRepository::forTicket(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(),
                   u"SELECT w.user_id, u.display_name, w.created_at FROM ticket_watchers w "
                   "JOIN users u ON u.id = w.user_id WHERE w.ticket_id = ? ORDER BY u.display_name, w.user_id"_s);
    query.bind(ticketId);
    query.exec();
    QList<Watcher> watchers;
    while (query.next())
        watchers.append({{query.value(0).toLongLong(), query.value(1).toString()},
                         QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::UTC)});
    return watchers;
}

bool WatcherRepository::isWatching(qint64 ticketId, qint64 userId) const
{
    SqlQuery query(m_db.connection(), u"SELECT 1 FROM ticket_watchers WHERE ticket_id = ? AND user_id = ?"_s);
    query.bind(ticketId).bind(userId);
    query.exec();
    return query.next();
}

bool WatcherRepository::add(qint64 ticketId, qint64 userId, std::optional<qint64> actorId, WatchReason reason)
{
    // ON CONFLICT DO NOTHING (both databases): two requests adding the same watcher at once
    // end with one row and one history entry, not a constraint error.
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO ticket_watchers (ticket_id, user_id, created_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (ticket_id, user_id) DO NOTHING"_s);
    insert.bind(ticketId).bind(userId).bind(Clock::current().now().toMSecsSinceEpoch());
    insert.exec();
    if (insert.numRowsAffected() != 1)
        return false;
    // A watcher someone chose is part of the ticket's history; the automatic ones (creating it,
    // writing on it) are audited apart, so the history shows what people did, not its echo.
    const QString entity = reason == WatchReason::Added ? u"ticket"_s : u"ticket_watcher"_s;
    AuditLog(m_db).record(actorId, entity, ticketId, u"watcher_added"_s,
                          {{u"user_id"_s, userId},
                           {u"user_name"_s, displayNameOf(m_db, userId)},
                           {u"reason"_s, watchReasonName(reason)}});
    return true;
}

bool WatcherRepository::remove(qint64 ticketId, qint64 userId, std::optional<qint64> actorId)
{
    SqlQuery remove(m_db.connection(), u"DELETE FROM ticket_watchers WHERE ticket_id = ? AND user_id = ?"_s);
    remove.bind(ticketId).bind(userId);
    remove.exec();
    if (remove.numRowsAffected() != 1)
        return false;
    AuditLog(m_db).record(actorId, u"ticket"_s, ticketId, u"watcher_removed"_s,
                          {{u"user_id"_s, userId}, {u"user_name"_s, displayNameOf(m_db, userId)}});
    return true;
}

} // namespace Helpline
