// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeEntryRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString selectEntries =
    u"SELECT e.id, e.ticket_id, e.analyst_id, u.display_name, e.minutes, e.note, e.worked_at, e.created_at "
    "FROM time_entries e JOIN users u ON u.id = e.analyst_id "_s;

TimeEntry readEntry(const SqlQuery &q)
{
    TimeEntry e;
    e.id = q.value(0).toLongLong();
    e.ticketId = q.value(1).toLongLong();
    e.analyst = {q.value(2).toLongLong(), q.value(3).toString()};
    e.minutes = q.value(4).toInt();
    e.note = q.value(5).toString();
    e.workedAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::UTC);
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), QTimeZone::UTC);
    return e;
}
} // namespace

TimeEntry TimeEntryRepository::add(qint64 ticketId, qint64 analystId, const NewTimeEntry &entry)
{
    const QDateTime now = Clock::current().now();
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO time_entries (ticket_id, analyst_id, minutes, note, worked_at, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(ticketId).bind(analystId).bind(entry.minutes).bind(entry.note)
        .bind((entry.workedAt.isValid() ? entry.workedAt : now).toMSecsSinceEpoch())
        .bind(now.toMSecsSinceEpoch());
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into time_entries returned no id"_s);
    const auto added = find(insert.value(0).toLongLong());
    if (!added)
        throw StoreError(u"time entry not found after insert"_s);
    AuditLog(m_db).record(analystId, u"ticket"_s, ticketId, u"time_logged"_s,
                          {{u"time_entry_id"_s, added->id}, {u"minutes"_s, added->minutes}, {u"note"_s, added->note}});
    return *added;
}

std::optional<TimeEntry> TimeEntryRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), selectEntries + u"WHERE e.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readEntry(query);
}

QList<TimeEntry> TimeEntryRepository::forTicket(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(), selectEntries + u"WHERE e.ticket_id = ? ORDER BY e.worked_at, e.id"_s);
    query.bind(ticketId);
    query.exec();
    QList<TimeEntry> entries;
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

qint64 TimeEntryRepository::totalMinutes(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(), u"SELECT COALESCE(SUM(minutes), 0) FROM time_entries WHERE ticket_id = ?"_s);
    query.bind(ticketId);
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool TimeEntryRepository::remove(const TimeEntry &entry, qint64 actorId)
{
    SqlQuery remove(m_db.connection(), u"DELETE FROM time_entries WHERE id = ?"_s);
    remove.bind(entry.id);
    remove.exec();
    if (remove.numRowsAffected() != 1)
        return false;
    AuditLog(m_db).record(actorId, u"ticket"_s, entry.ticketId, u"time_removed"_s,
                          {{u"time_entry_id"_s, entry.id}, {u"minutes"_s, entry.minutes},
                           {u"analyst"_s, QJsonObject{{u"id"_s, entry.analyst.id}, {u"name"_s, entry.analyst.name}}}});
    return true;
}

} // namespace Helpline
