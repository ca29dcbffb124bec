// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QTimeZone>
#include <stdexcept>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QString selectColumns =
    u"t.id, t.number, t.type, t.title, %1, t.status, t.impact, t.urgency, t.priority, "
    "t.requester_name, t.requester_email, t.assignee_id, u.display_name, t.assignment_group, "
    "t.category, t.location, t.created_at, t.updated_at, t.version, "
    "t.pending_reason, t.resolution_code, %2, t.reopen_count, "
    "t.requester_person_id, t.tier, t.subcategory, t.channel, t.priority_reason, t.escalation_count, "
    "t.reassignment_count, t.first_assignee_id, t.first_response_at, t.resolved_at, "
    "(SELECT COUNT(*) FROM ticket_watchers wc WHERE wc.ticket_id = t.id), "
    "EXISTS (SELECT 1 FROM ticket_watchers wv WHERE wv.ticket_id = t.id AND wv.user_id = ?) "
    "FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id"_s;

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableMs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

Ticket readTicket(const SqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.number = q.value(1).toString();
    t.type = ticketTypeFromName(q.value(2).toString()).value_or(TicketType::Incident);
    t.title = q.value(3).toString();
    t.description = q.value(4).toString();
    t.status = ticketStatusFromName(q.value(5).toString()).value_or(TicketStatus::New);
    t.impact = q.value(6).toInt();
    t.urgency = q.value(7).toInt();
    t.priority = priorityFromNumber(q.value(8).toInt()).value_or(Priority::P4);
    t.requester = {q.value(9).toString(), q.value(10).toString(), std::nullopt};
    if (!q.value(11).isNull())
        t.assignee = UserRef{q.value(11).toLongLong(), q.value(12).toString()};
    t.group = q.value(13).toString();
    t.category = q.value(14).toString();
    t.location = q.value(15).toString();
    t.createdAt = fromMs(q.value(16));
    t.updatedAt = fromMs(q.value(17));
    t.version = q.value(18).toInt();
    t.pendingReason = pendingReasonFromName(q.value(19).toString());
    t.resolutionCode = resolutionCodeFromName(q.value(20).toString());
    t.resolutionNotes = q.value(21).toString();
    t.reopenCount = q.value(22).toInt();
    t.requester.personId = optionalId(q.value(23));
    t.tier = supportTierFromName(q.value(24).toString()).value_or(SupportTier::L1);
    t.subcategory = q.value(25).toString();
    t.channel = contactChannelFromName(q.value(26).toString()).value_or(ContactChannel::Phone);
    t.priorityReason = q.value(27).toString();
    t.escalationCount = q.value(28).toInt();
    t.reassignmentCount = q.value(29).toInt();
    t.firstAssigneeId = optionalId(q.value(30));
    t.firstResponseAt = fromMs(q.value(31));
    t.resolvedAt = fromMs(q.value(32));
    t.watcherCount = q.value(33).toInt();
    t.watching = q.value(34).toBool();
    return t;
}

QString column(TicketSortField field)
{
    switch (field) {
    case TicketSortField::Id: return u"t.id"_s;
    case TicketSortField::Priority: return u"t.priority"_s;
    case TicketSortField::CreatedAt: return u"t.created_at"_s;
    case TicketSortField::UpdatedAt: return u"t.updated_at"_s;
    case TicketSortField::Status: return u"t.status"_s;
    case TicketSortField::Type: return u"t.type"_s;
    case TicketSortField::Number: return u"t.number"_s;
    case TicketSortField::Title: return u"t.title"_s;
    case TicketSortField::Requester: return u"t.requester_name"_s;
    case TicketSortField::Group: return u"t.assignment_group"_s;
    case TicketSortField::Location: return u"t.location"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

bool isTextField(TicketSortField field)
{
    return field != TicketSortField::Id && field != TicketSortField::Priority
           && field != TicketSortField::CreatedAt && field != TicketSortField::UpdatedAt;
}

QVariant sortValue(const Ticket &t, TicketSortField field)
{
    switch (field) {
    case TicketSortField::Id: return t.id;
    case TicketSortField::Priority: return static_cast<int>(t.priority);
    case TicketSortField::CreatedAt: return t.createdAt.toMSecsSinceEpoch();
    case TicketSortField::UpdatedAt: return t.updatedAt.toMSecsSinceEpoch();
    case TicketSortField::Status: return ticketStatusName(t.status);
    case TicketSortField::Type: return ticketTypeName(t.type);
    case TicketSortField::Number: return t.number;
    case TicketSortField::Title: return t.title;
    case TicketSortField::Requester: return t.requester.name;
    case TicketSortField::Group: return t.group;
    case TicketSortField::Location: return t.location;
    }
    Q_UNREACHABLE_RETURN(QVariant());
}

// The sort keys with id appended as the final tie-breaker, so every row has one place.
QList<TicketSortKey> completeSort(QList<TicketSortKey> keys)
{
    if (keys.isEmpty())
        keys = TicketQuery::defaultSort();
    const bool hasId = std::any_of(keys.cbegin(), keys.cend(),
                                   [](const TicketSortKey &k) { return k.field == TicketSortField::Id; });
    if (!hasId)
        keys.append({TicketSortField::Id, false});
    return keys;
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
    return u"%"_s + escaped + u"%"_s;
}

// The WHERE terms of a filter, each value a bound parameter.
void addFilterTerms(const TicketFilter &f, QStringList &where, QVariantList &values)
{
    if (!f.statuses.isEmpty()) {
        where << u"t.status IN (%1)"_s.arg(placeholders(f.statuses.size()));
        for (TicketStatus status : f.statuses)
            values << ticketStatusName(status);
    }
    if (!f.types.isEmpty()) {
        where << u"t.type IN (%1)"_s.arg(placeholders(f.types.size()));
        for (TicketType type : f.types)
            values << ticketTypeName(type);
    }
    if (!f.priorities.isEmpty()) {
        where << u"t.priority IN (%1)"_s.arg(placeholders(f.priorities.size()));
        for (int priority : f.priorities)
            values << priority;
    }
    if (f.assigneeId) {
        where << u"t.assignee_id = ?"_s;
        values << *f.assigneeId;
    } else if (f.unassignedOnly) {
        where << u"t.assignee_id IS NULL"_s;
    }
    const std::pair<QString, QString> exact[] = {{u"t.assignment_group"_s, f.group},
                                                 {u"t.category"_s, f.category},
                                                 {u"t.location"_s, f.location}};
    for (const auto &[name, value] : exact) {
        if (!value.isEmpty()) {
            where << name + u" = ?"_s;
            values << value;
        }
    }
    // Every word somewhere in the ticket's number, title, requester, assignee, group, category
    // or location: the same words the queue narrows by as the analyst types.
    const QStringList words = f.text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        static const QStringList searched{u"t.number"_s, u"t.title"_s, u"t.requester_name"_s, u"u.display_name"_s,
                                          u"t.assignment_group"_s, u"t.category"_s, u"t.location"_s};
        QStringList alternatives;
        for (const QString &column : searched) {
            alternatives << u"LOWER(COALESCE(%1, '')) LIKE ? ESCAPE '!'"_s.arg(column);
            values << likePattern(word);
        }
        where << u"("_s + alternatives.join(u" OR "_s) + u")"_s;
    }
    if (f.groupsOfUser) {
        where << u"t.assignment_group IN (SELECT g.group_name FROM user_groups g WHERE g.user_id = ?)"_s;
        values << *f.groupsOfUser;
    }
    if (f.requesterPersonId) {
        where << u"t.requester_person_id = ?"_s;
        values << *f.requesterPersonId;
    }
    if (f.tier) {
        where << u"t.tier = ?"_s;
        values << supportTierName(*f.tier);
    }
    if (f.watcherId) {
        where << u"t.id IN (SELECT fw.ticket_id FROM ticket_watchers fw WHERE fw.user_id = ?)"_s;
        values << *f.watcherId;
    }
}

QString orderBy(const QList<TicketSortKey> &keys)
{
    QStringList order;
    for (const TicketSortKey &key : keys)
        order << column(key.field) + (key.descending ? u" DESC"_s : u" ASC"_s);
    return order.join(u", "_s);
}

// The rows after the cursor's row in this sort. With every key in one direction it is one
// row-value comparison, (k1, k2, id) > (v1, v2, v3), which both databases answer by seeking
// in an index on those columns; mixed directions spell it out:
// (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ... with < for descending keys.
QString afterCursor(const QList<TicketSortKey> &keys, const TicketCursor &cursor, QVariantList &values)
{
    for (qsizetype j = 0; j < keys.size(); ++j) {
        const QVariant &value = cursor.values.at(j);
        if (isTextField(keys.at(j).field) ? value.typeId() != QMetaType::QString
                                          : !value.canConvert<qint64>() || value.typeId() == QMetaType::QString)
            throw std::invalid_argument("cursor value of the wrong type");
    }
    const auto bound = [&](qsizetype j) {
        const QVariant &value = cursor.values.at(j);
        return isTextField(keys.at(j).field) ? value : QVariant(value.toLongLong());
    };
    const bool oneDirection = std::all_of(keys.cbegin(), keys.cend(), [&](const TicketSortKey &key) {
        return key.descending == keys.constFirst().descending;
    });
    if (oneDirection) {
        QStringList columns;
        for (qsizetype j = 0; j < keys.size(); ++j) {
            columns << column(keys.at(j).field);
            values << bound(j);
        }
        return u"(%1) %2 (%3)"_s.arg(columns.join(u", "_s), keys.constFirst().descending ? u"<"_s : u">"_s,
                                     placeholders(keys.size()));
    }
    QStringList alternatives;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QStringList terms;
        for (qsizetype j = 0; j <= i; ++j) {
            const QString op = j < i ? u"="_s : (keys.at(j).descending ? u"<"_s : u">"_s);
            terms << u"%1 %2 ?"_s.arg(column(keys.at(j).field), op);
            values << bound(j);
        }
        alternatives << u"("_s + terms.join(u" AND "_s) + u")"_s;
    }
    return u"("_s + alternatives.join(u" OR "_s) + u")"_s;
}

} // namespace

Ticket TicketRepository::create(const NewTicket &ticket, Priority priority, std::optional<qint64> actorId)
{
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    const TicketStatus status = ticket.assigneeId ? TicketStatus::Assigned : TicketStatus::New;
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO tickets (type, title, description, status, impact, urgency, priority, "
                    "requester_name, requester_email, assignee_id, assignment_group, category, location, "
                    "created_at, updated_at, version, requester_person_id, tier, subcategory, channel, "
                    "priority_reason, first_assignee_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(ticketTypeName(ticket.type))
        .bind(ticket.title)
        .bind(ticket.description)
        .bind(ticketStatusName(status))
        .bind(ticket.impact)
        .bind(ticket.urgency)
        .bind(static_cast<int>(priority))
        .bind(ticket.requesterName)
        .bind(ticket.requesterEmail)
        .bind(nullableId(ticket.assigneeId))
        .bind(ticket.group)
        .bind(ticket.category)
        .bind(ticket.location)
        .bind(now)
        .bind(now)
        .bind(nullableId(ticket.requesterPersonId))
        .bind(supportTierName(ticket.tier))
        .bind(ticket.subcategory)
        .bind(contactChannelName(ticket.channel))
        .bind(ticket.priorityOverride ? ticket.priorityReason : QString())
        .bind(nullableId(ticket.assigneeId));
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into tickets returned no id"_s);
    const qint64 id = insert.value(0).toLongLong();

    SqlQuery number(m_db.connection(), u"UPDATE tickets SET number = ? WHERE id = ?"_s);
    number.bind(Ticket::numberFor(ticket.type, id)).bind(id);
    number.exec();

    std::optional<Ticket> created = find(id);
    if (!created)
        throw StoreError(u"created ticket %1 not found"_s.arg(id));
    AuditLog(m_db).record(actorId, u"ticket"_s, id, u"created"_s, created->toJson());
    return *created;
}

std::optional<Ticket> TicketRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), u"SELECT %1 WHERE t.id = ?"_s.arg(selectColumns.arg(u"t.description"_s, u"t.resolution_notes"_s)));
    query.bind(m_viewerId).bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readTicket(query);
}

std::optional<Ticket> TicketRepository::update(const Ticket &before, const Ticket &after,
                                               std::optional<qint64> actorId)
{
    SqlQuery update(m_db.connection(),
                    u"UPDATE tickets SET title = ?, description = ?, status = ?, impact = ?, urgency = ?, "
                    "priority = ?, requester_name = ?, requester_email = ?, assignee_id = ?, assignment_group = ?, "
                    "category = ?, location = ?, pending_reason = ?, resolution_code = ?, resolution_notes = ?, "
                    "reopen_count = ?, requester_person_id = ?, tier = ?, subcategory = ?, channel = ?, "
                    "priority_reason = ?, escalation_count = ?, reassignment_count = ?, first_assignee_id = ?, "
                    "resolved_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    update.bind(after.title)
        .bind(after.description)
        .bind(ticketStatusName(after.status))
        .bind(after.impact)
        .bind(after.urgency)
        .bind(static_cast<int>(after.priority))
        .bind(after.requester.name)
        .bind(after.requester.email)
        .bind(nullableId(after.assignee ? std::optional(after.assignee->id) : std::nullopt))
        .bind(after.group)
        .bind(after.category)
        .bind(after.location)
        .bind(after.pendingReason ? pendingReasonName(*after.pendingReason) : QString())
        .bind(after.resolutionCode ? resolutionCodeName(*after.resolutionCode) : QString())
        .bind(after.resolutionNotes)
        .bind(after.reopenCount)
        .bind(nullableId(after.requester.personId))
        .bind(supportTierName(after.tier))
        .bind(after.subcategory)
        .bind(contactChannelName(after.channel))
        .bind(after.priorityReason)
        .bind(after.escalationCount)
        .bind(after.reassignmentCount)
        .bind(nullableId(after.firstAssigneeId))
        .bind(nullableMs(after.resolvedAt))
        .bind(Clock::current().now().toMSecsSinceEpoch())
        .bind(before.id)
        .bind(before.version);
    update.exec();
    if (update.numRowsAffected() != 1)
        return std::nullopt; // someone else changed it first

    const std::optional<Ticket> stored = find(before.id);
    if (!stored)
        throw StoreError(u"updated ticket %1 not found"_s.arg(before.id));
    // The history: every field that changed, from and to.
    const QJsonObject from = before.toJson();
    const QJsonObject to = stored->toJson();
    QJsonObject changes;
    for (auto it = to.begin(); it != to.end(); ++it) {
        // The measures follow from the changes listed; they are not changes of their own.
        static const QStringList derived{u"version"_s, u"updated_at"_s, u"first_contact_resolution"_s,
                                         u"watcher_count"_s, u"watching"_s,
                                         u"escalation_count"_s, u"reassignment_count"_s,
                                         u"first_assignee_id"_s, u"resolved_at"_s, u"first_response_at"_s};
        if (derived.contains(it.key()) || from.value(it.key()) == it.value())
            continue;
        changes.insert(it.key(), QJsonObject{{u"from"_s, from.value(it.key())}, {u"to"_s, it.value()}});
    }
    AuditLog(m_db).record(actorId, u"ticket"_s, before.id, u"updated"_s, changes);
    return stored;
}

std::optional<Ticket> TicketRepository::bumpVersion(const Ticket &current)
{
    SqlQuery update(m_db.connection(),
                    u"UPDATE tickets SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    update.bind(Clock::current().now().toMSecsSinceEpoch()).bind(current.id).bind(current.version);
    update.exec();
    if (update.numRowsAffected() != 1)
        return std::nullopt;
    return find(current.id);
}

TicketPage TicketRepository::list(const TicketQuery &request) const
{
    const QList<TicketSortKey> keys = completeSort(request.sort);
    const QString sortText = TicketQuery::sortText(keys);
    std::optional<TicketCursor> cursor;
    if (!request.cursor.isEmpty()) {
        cursor = TicketCursor::decode(request.cursor);
        if (!cursor || cursor->sort != sortText || cursor->values.size() != keys.size())
            throw std::invalid_argument("cursor does not belong to this sort");
    }
    const int limit = std::clamp(request.limit, 1, TicketQuery::maxLimit);

    const QString order = orderBy(keys);
    QVariantList values{m_viewerId}; // the select list's "watching" comes first in either form
    QString sql;
    if (request.filter.statuses.size() <= 1) {
        QStringList where;
        addFilterTerms(request.filter, where, values);
        if (cursor)
            where << afterCursor(keys, *cursor, values);
        sql = u"SELECT %1"_s.arg(selectColumns.arg(u"''"_s, u"''"_s));
        if (!where.isEmpty())
            sql += u" WHERE "_s + where.join(u" AND "_s);
        sql += u" ORDER BY "_s + order + u" LIMIT ?"_s;
        values << limit + 1;
    } else {
        // Several statuses ("the open ones"): status IN (...) cannot read the (group, status,
        // priority, created_at, id) index in sort order, so one query would sort every
        // matching row to return a page. Instead one branch per status reads its own index
        // range in order (only the sort keys, which the index holds) and stops after a page;
        // the branches are merged, and only the page's rows are read from the table.
        QStringList keyColumns;
        for (const TicketSortKey &key : keys)
            keyColumns << column(key.field);
        QStringList mergeOrder;
        for (qsizetype i = 0; i < keys.size(); ++i)
            mergeOrder << QString::number(i + 1) + (keys.at(i).descending ? u" DESC"_s : u" ASC"_s);
        QStringList members;
        for (TicketStatus status : request.filter.statuses) {
            TicketFilter branch = request.filter;
            branch.statuses = {status};
            QStringList where;
            addFilterTerms(branch, where, values);
            if (cursor)
                where << afterCursor(keys, *cursor, values);
            // Each branch keeps its ORDER BY and LIMIT inside a derived table: SQLite allows
            // neither on a bare member of a UNION.
            members << u"SELECT * FROM (SELECT %1 FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id "
                       "WHERE %2 ORDER BY %3 LIMIT ?) b%4"_s.arg(keyColumns.join(u", "_s), where.join(u" AND "_s), order)
                           .arg(members.size());
            values << limit + 1;
        }
        sql = u"SELECT %1 WHERE t.id IN (SELECT id FROM (%2 ORDER BY %3 LIMIT ?) m) ORDER BY %4 LIMIT ?"_s.arg(
            selectColumns.arg(u"''"_s, u"''"_s), members.join(u" UNION ALL "_s), mergeOrder.join(u", "_s), order);
        values << limit + 1 << limit + 1;
    }

    SqlQuery query(m_db.connection(), sql);
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    query.exec();

    TicketPage page;
    while (query.next())
        page.items.append(readTicket(query));
    if (page.items.size() > limit) {
        page.items.resize(limit);
        TicketCursor next{sortText, {}};
        for (const TicketSortKey &key : keys)
            next.values << sortValue(page.items.constLast(), key.field);
        page.nextCursor = next.encode();
    }
    return page;
}

qint64 TicketRepository::count(const TicketFilter &filter) const
{
    QStringList where;
    QVariantList values;
    addFilterTerms(filter, where, values);
    QString sql = u"SELECT COUNT(*) FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    SqlQuery query(m_db.connection(), sql);
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 TicketRepository::count() const
{
    SqlQuery query(m_db.connection(), u"SELECT COUNT(*) FROM tickets"_s);
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Helpline
