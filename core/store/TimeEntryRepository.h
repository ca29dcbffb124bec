// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "TimeEntry.h"

#include <optional>

namespace Helpline {

// Time spent on tickets. Adding and removing record an audit row on the ticket (actions
// "time_logged" and "time_removed"), so its history shows them; call inside a Transaction.
class TimeEntryRepository
{
public:
    explicit TimeEntryRepository(const Database &database) : m_db(database) {}

    TimeEntry add(qint64 ticketId, qint64 analystId, const NewTimeEntry &entry);
    std::optional<TimeEntry> find(qint64 id) const;
    QList<TimeEntry> forTicket(qint64 ticketId) const; // by when the work was done
    qint64 totalMinutes(qint64 ticketId) const;        // the ticket's handle time
    bool remove(const TimeEntry &entry, qint64 actorId);

private:
    const Database &m_db;
};

} // namespace Helpline
