// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Comment.h"
#include "Database.h"

namespace Helpline {

// A ticket's conversation, oldest first.
class CommentRepository
{
public:
    explicit CommentRepository(const Database &database) : m_db(database) {}

    // Adds the comment and its audit row; call inside a Transaction.
    Comment add(qint64 ticketId, qint64 authorId, const NewComment &comment);
    QList<Comment> forTicket(qint64 ticketId) const;
    // Moves a merged ticket's whole conversation to the ticket it was merged into; returns
    // how many comments moved. The caller records the merge (and its transaction).
    qsizetype moveAll(qint64 fromTicketId, qint64 toTicketId);

private:
    const Database &m_db;
};

} // namespace Helpline
