// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Helpline {

// Which version of each ticket the analyst last opened, kept per user in the client's
// settings (it is this desk's reading state, like a mail client's unread marks). A ticket is
// new when never opened and created after the analyst first used the queue, and updated when
// its version moved on since it was opened (or, never opened, it changed after that start).
class SeenTickets
{
public:
    enum class Mark { None, New, Updated };

    // `settingsFile` empty: the user's settings; otherwise that file (tests).
    explicit SeenTickets(const QString &username, const QString &settingsFile = {});

    Mark markOf(const Ticket &ticket) const;
    void markSeen(qint64 id, int version);
    // Only the newest this many tickets are remembered; older ones count as seen.
    static constexpr int remembered = 5000;

private:
    void save() const;

    QString m_group;
    QString m_settingsFile;
    QDateTime m_since;            // when the analyst first used the queue here
    QHash<qint64, int> m_versions; // ticket id -> version last seen
};

} // namespace Helpline
