// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Ticket.h"

#include <optional>

namespace Helpline {

// Merges a duplicate into the ticket it duplicates, as one unit of work: the duplicate is
// closed with resolution "duplicate", its conversation moves over (authors and times kept,
// each comment marked with the ticket it came from), a duplicate_of link is recorded, the
// target gets an internal note about it, and both tickets get a new version and history
// rows. Whether the merge is allowed is TicketMergeRules' decision; call inside a Transaction.
class TicketMerge
{
public:
    explicit TicketMerge(const Database &database) : m_db(database) {}

    struct Result
    {
        Ticket duplicate; // as the merge left it
        Ticket target;
        qsizetype commentsMoved = 0;
        qint64 noteId = 0;
    };
    // nullopt: one of the tickets changed after the caller read it (the caller answers 412
    // or 409; the transaction must then be abandoned).
    std::optional<Result> run(const Ticket &duplicate, const Ticket &target, const QString &note, qint64 actorId);

    // The internal note the target receives. Stored text, so in the server's language.
    static QString noteText(const Ticket &duplicate, qsizetype commentsMoved, const QString &note);

private:
    const Database &m_db;
};

} // namespace Helpline
