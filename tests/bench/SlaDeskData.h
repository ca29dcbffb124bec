// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SlaClock.h"

#include <QDateTime>
#include <QList>

namespace Helpline::Bench {

// Three desks following the sun: London (Europe/London), Pune (Asia/Kolkata) and New York
// (America/New_York), each with its 2026 public holidays, and one policy whose P2-P4 rules
// are narrowed by group to the desk's calendar (P1 runs 24×7).
struct SlaDesks
{
    QHash<qint64, BusinessCalendar> calendars;
    SlaPolicyVersion policy;
    QStringList groups; // the group of each desk, in calendar id order
};
SlaDesks slaDesks();

// Open tickets created over the three weeks before `now` (half of them in the last five
// days), with what a desk's history looks like: picked up after minutes to hours, a first
// reply for most, up to three waits on the requester, a vendor or a change (some still going
// on), an occasional resolve and reopen and priority change. Seeded: every run generates the
// same tickets.
QList<SlaTicketHistory> openTicketHistories(int count, const SlaDesks &desks, const QDateTime &now);

} // namespace Helpline::Bench
