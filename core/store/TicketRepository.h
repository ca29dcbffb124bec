// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Ticket.h"
#include "TicketQuery.h"
#include "TicketValidation.h"

#include <optional>

namespace Helpline {

struct TicketPage
{
    QList<Ticket> items;
    QString nextCursor; // empty on the last page
};

class TicketRepository
{
public:
    explicit TicketRepository(const Database &database) : m_db(database) {}
    // Tickets as `viewerId` sees them: `watching` says whether that user follows each one.
    TicketRepository(const Database &database, qint64 viewerId) : m_db(database), m_viewerId(viewerId) {}

    // Inserts the ticket and its audit row; call inside a Transaction.
    Ticket create(const NewTicket &ticket, Priority priority, std::optional<qint64> actorId);
    std::optional<Ticket> find(qint64 id) const;
    // Stores `after` (the changed copy of `before`) if the ticket is still at before.version,
    // with a history row of every field that changed. Whether the change is allowed is the
    // caller's rule (TicketWorkflow). nullopt: someone else changed the ticket first.
    std::optional<Ticket> update(const Ticket &before, const Ticket &after, std::optional<qint64> actorId);
    // A new version of the ticket without a field change, for a change made beside it (a
    // merge into it): clients holding the old version learn that it moved on. nullopt when
    // someone else changed it first. The caller writes the history row of what happened.
    std::optional<Ticket> bumpVersion(const Ticket &current);

    // Throws std::invalid_argument for a cursor that does not belong to the query's sort.
    TicketPage list(const TicketQuery &query) const;
    qint64 count() const;
    // How many tickets the filter lets through, straight from the indexes (no rows read out).
    qint64 count(const TicketFilter &filter) const;

private:
    const Database &m_db;
    qint64 m_viewerId = 0; // nobody: watching is false
};

} // namespace Helpline
