// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketLinkRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QSet>
#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

TicketLink readLink(const SqlQuery &q)
{
    return {q.value(0).toLongLong(), linkTypeFromName(q.value(1).toString()).value_or(LinkType::Related),
            q.value(2).toLongLong(), q.value(3).toLongLong()};
}

// Parent chains are short in practice; the bound only keeps a damaged table from looping.
constexpr int maxDepth = 1000;

} // namespace

QList<TicketLink> TicketLinkRepository::touching(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(),
                   u"SELECT id, kind, source_id, target_id FROM ticket_links WHERE source_id = ? OR target_id = ? "
                   "ORDER BY id"_s);
    query.bind(ticketId).bind(ticketId);
    query.exec();
    QList<TicketLink> links;
    while (query.next())
        links.append(readLink(query));
    return links;
}

QList<qint64> TicketLinkRepository::ancestorsOf(qint64 ticketId) const
{
    QList<qint64> chain;
    QSet<qint64> seen{ticketId};
    qint64 current = ticketId;
    while (chain.size() < maxDepth) {
        SqlQuery query(m_db.connection(),
                       u"SELECT source_id FROM ticket_links WHERE kind = ? AND target_id = ?"_s);
        query.bind(linkTypeName(LinkType::ParentChild)).bind(current);
        query.exec();
        if (!query.next())
            break;
        current = query.value(0).toLongLong();
        if (seen.contains(current))
            break;
        seen.insert(current);
        chain.append(current);
    }
    return chain;
}

std::optional<TicketLink> TicketLinkRepository::find(qint64 linkId) const
{
    SqlQuery query(m_db.connection(), u"SELECT id, kind, source_id, target_id FROM ticket_links WHERE id = ?"_s);
    query.bind(linkId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readLink(query);
}

QList<LinkedTicket> TicketLinkRepository::linkedTo(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(),
                   u"SELECT l.id, l.kind, l.source_id, l.target_id, l.created_at, l.created_by, u.display_name, "
                   "t.id, t.number, t.title, t.type, t.status "
                   "FROM ticket_links l "
                   "JOIN tickets t ON t.id = CASE WHEN l.source_id = ? THEN l.target_id ELSE l.source_id END "
                   "LEFT JOIN users u ON u.id = l.created_by "
                   "WHERE l.source_id = ? OR l.target_id = ? ORDER BY t.id"_s);
    query.bind(ticketId).bind(ticketId).bind(ticketId);
    query.exec();
    QList<LinkedTicket> linked;
    while (query.next()) {
        const TicketLink link = readLink(query);
        LinkedTicket item;
        item.linkId = link.id;
        item.kind = link.kindFor(ticketId);
        item.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::UTC);
        if (!query.value(5).isNull())
            item.createdBy = UserRef{query.value(5).toLongLong(), query.value(6).toString()};
        item.ticketId = query.value(7).toLongLong();
        item.number = query.value(8).toString();
        item.title = query.value(9).toString();
        item.type = ticketTypeFromName(query.value(10).toString()).value_or(TicketType::Incident);
        item.status = ticketStatusFromName(query.value(11).toString()).value_or(TicketStatus::New);
        linked.append(item);
    }
    return linked;
}

TicketLink TicketLinkRepository::insert(const TicketLink &link, std::optional<qint64> actorId)
{
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO ticket_links (kind, source_id, target_id, created_by, created_at) "
                    "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(linkTypeName(link.type))
        .bind(link.sourceId)
        .bind(link.targetId)
        .bind(actorId ? QVariant(*actorId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(Clock::current().now().toMSecsSinceEpoch());
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into ticket_links returned no id"_s);
    TicketLink stored = link;
    stored.id = insert.value(0).toLongLong();
    return stored;
}

TicketLink TicketLinkRepository::add(const TicketLink &link, std::optional<qint64> actorId)
{
    const TicketLink stored = insert(link, actorId);
    recordOnBoth(stored, u"linked"_s, actorId);
    return stored;
}

void TicketLinkRepository::remove(const TicketLink &link, std::optional<qint64> actorId)
{
    SqlQuery remove(m_db.connection(), u"DELETE FROM ticket_links WHERE id = ?"_s);
    remove.bind(link.id);
    remove.exec();
    recordOnBoth(link, u"unlinked"_s, actorId);
}

QString TicketLinkRepository::numberOf(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(), u"SELECT number FROM tickets WHERE id = ?"_s);
    query.bind(ticketId);
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}

void TicketLinkRepository::recordOnBoth(const TicketLink &link, const QString &action, std::optional<qint64> actorId)
{
    // Each ticket's history says what the other ticket is to it, by number, so it still
    // reads right after the link is gone.
    AuditLog audit(m_db);
    for (const qint64 self : {link.sourceId, link.targetId}) {
        const qint64 other = link.otherThan(self);
        audit.record(actorId, u"ticket"_s, self, action,
                     {{u"link_id"_s, link.id},
                      {u"kind"_s, linkKindName(link.kindFor(self))},
                      {u"ticket"_s, QJsonObject{{u"id"_s, other}, {u"number"_s, numberOf(other)}}}});
    }
}

} // namespace Helpline
