// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Watcher.h"

namespace Helpline {

// Who follows which ticket. Each change writes an audit row (watcher_added / watcher_removed,
// naming the watcher and why) in the caller's transaction: in the ticket's history when
// someone chose it, under "ticket_watcher" when it came with creating or writing on the
// ticket. The ticket's version does not move, so nobody's open edit turns stale because
// someone started watching.
class WatcherRepository
{
public:
    explicit WatcherRepository(const Database &database) : m_db(database) {}

    QList<Watcher> forTicket(qint64 ticketId) const; // by name
    bool isWatching(qint64 ticketId, qint64 userId) const;
    // Starts `userId` watching; false (and nothing written) when they already do.
    bool add(qint64 ticketId, qint64 userId, std::optional<qint64> actorId, WatchReason reason);
    // false (and nothing written) when they did not watch it.
    bool remove(qint64 ticketId, qint64 userId, std::optional<qint64> actorId);

private:
    const Database &m_db;
};

} // namespace Helpline
