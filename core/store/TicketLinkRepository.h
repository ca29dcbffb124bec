// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "TicketLink.h"

#include <optional>

namespace Helpline {

// Links between tickets. Whether a link is allowed is TicketLinkRules' decision; this stores
// and reads them, and writes the history of both tickets.
class TicketLinkRepository
{
public:
    explicit TicketLinkRepository(const Database &database) : m_db(database) {}

    QList<TicketLink> touching(qint64 ticketId) const;
    // The ticket's parent, the parent's parent, ... nearest first.
    QList<qint64> ancestorsOf(qint64 ticketId) const;
    std::optional<TicketLink> find(qint64 linkId) const;
    // Every link of the ticket with the other ticket's number, title, type and status.
    QList<LinkedTicket> linkedTo(qint64 ticketId) const;

    // Stores the link with a "linked" history row on both tickets; call inside a Transaction.
    // Throws StoreConflict when a concurrent writer stored a clashing link first.
    TicketLink add(const TicketLink &link, std::optional<qint64> actorId);
    // The same without history rows, for a change that records itself (a merge).
    TicketLink insert(const TicketLink &link, std::optional<qint64> actorId);
    // Removes it with an "unlinked" history row on both tickets; call inside a Transaction.
    void remove(const TicketLink &link, std::optional<qint64> actorId);

private:
    void recordOnBoth(const TicketLink &link, const QString &action, std::optional<qint64> actorId);
    QString numberOf(qint64 ticketId) const;

    const Database &m_db;
};

} // namespace Helpline
