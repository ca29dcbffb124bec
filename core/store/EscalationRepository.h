// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Escalation.h"

namespace Helpline {

// The path a ticket took between tiers and groups, step by step.
class EscalationRepository
{
public:
    explicit EscalationRepository(const Database &database) : m_db(database) {}

    // Records the step between `before` and `after`; call inside the Transaction that stores `after`.
    EscalationStep add(const Ticket &before, const Ticket &after, const QString &note, qint64 actorId);
    QList<EscalationStep> forTicket(qint64 ticketId) const;

private:
    const Database &m_db;
};

} // namespace Helpline
