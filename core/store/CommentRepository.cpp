// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString selectComments =
    u"SELECT c.id, c.ticket_id, c.author_id, u.display_name, c.visibility, c.body, c.created_at, "
    "c.merged_from_id, m.number "
    "FROM ticket_comments c JOIN users u ON u.id = c.author_id "
    "LEFT JOIN tickets m ON m.id = c.merged_from_id "_s;

Comment readComment(const SqlQuery &q)
{
    Comment c;
    c.id = q.value(0).toLongLong();
    c.ticketId = q.value(1).toLongLong();
    c.author = {q.value(2).toLongLong(), q.value(3).toString()};
    c.visibility = visibilityFromName(q.value(4).toString()).value_or(Comment::Visibility::Internal);
    c.body = q.value(5).toString();
    c.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::UTC);
    if (!q.value(7).isNull())
        c.mergedFrom = std::pair{q.value(7).toLongLong(), q.value(8).toString()};
    return c;
}
} // namespace

Comment CommentRepository::add(qint64 ticketId, qint64 authorId, const NewComment &comment)
{
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO ticket_comments (ticket_id, author_id, visibility, body, created_at) "
                    "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(ticketId)
        .bind(authorId)
        .bind(visibilityName(comment.visibility))
        .bind(comment.body)
        .bind(Clock::current().now().toMSecsSinceEpoch());
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into ticket_comments returned no id"_s);
    const qint64 id = insert.value(0).toLongLong();

    SqlQuery read(m_db.connection(), selectComments + u"WHERE c.id = ?"_s);
    read.bind(id);
    read.exec();
    if (!read.next())
        throw StoreError(u"comment %1 not found after insert"_s.arg(id));
    const Comment added = readComment(read);
    // The first public reply is the first response the requester saw. A measure, not an edit
    // of the ticket: its version stays, so an analyst's open edit does not turn stale.
    if (added.visibility == Comment::Visibility::Public) {
        SqlQuery firstResponse(m_db.connection(),
                               u"UPDATE tickets SET first_response_at = ? WHERE id = ? AND first_response_at IS NULL"_s);
        firstResponse.bind(added.createdAt.toMSecsSinceEpoch()).bind(ticketId);
        firstResponse.exec();
    }
    AuditLog(m_db).record(authorId, u"ticket"_s, ticketId,
                          added.visibility == Comment::Visibility::Public ? u"replied"_s : u"noted"_s,
                          {{u"comment_id"_s, id}});
    return added;
}

QList<Comment> CommentRepository::forTicket(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(), selectComments + u"WHERE c.ticket_id = ? ORDER BY c.id"_s);
    query.bind(ticketId);
    query.exec();
    QList<Comment> comments;
    while (query.next())
        comments.append(readComment(query));
    return comments;
}

qsizetype CommentRepository::moveAll(qint64 fromTicketId, qint64 toTicketId)
{
    // Authors and times stay as written; a comment that already came from an earlier merge
    // keeps naming the ticket it was first written on.
    SqlQuery move(m_db.connection(),
                  u"UPDATE ticket_comments SET ticket_id = ?, merged_from_id = COALESCE(merged_from_id, ?) "
                  "WHERE ticket_id = ?"_s);
    move.bind(toTicketId).bind(fromTicketId).bind(fromTicketId);
    move.exec();
    return move.numRowsAffected();
}

} // namespace Helpline
