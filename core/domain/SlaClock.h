// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BusinessCalendar.h"
#include "SlaPolicy.h"
#include "TicketEnums.h"
#include "TicketWorkflow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace Helpline {

// What a ticket went through that the SLA clock needs: its start, its priority and status
// over time, and its first public reply. The server reads this from the ticket's history;
// the client gets it through the API and computes the same figures.
struct SlaTicketHistory
{
    struct PriorityChange
    {
        QDateTime at;
        Priority priority = Priority::P4;
    };
    struct StatusChange
    {
        QDateTime at;
        TicketStatus status = TicketStatus::New;
        std::optional<PendingReason> pendingReason; // when status is pending
    };

    QDateTime start; // the ticket's creation
    Priority priority = Priority::P4; // at the start
    TicketType type = TicketType::Incident;
    QString category;
    QString group;
    QList<PriorityChange> priorityChanges; // after the start, in time order
    QList<StatusChange> statusChanges;     // after the start (status new until the first), in time order
    QDateTime firstResponseAt;             // the first public reply; invalid until then

    // The priority in force at `instant`.
    Priority priorityAt(const QDateTime &instant) const;
    // The same history with one more priority change: what the clock would say if the
    // priority were changed at `at` (the preview an analyst sees before saving).
    SlaTicketHistory withPriorityChange(const QDateTime &at, Priority priority) const;
};

// Why a resolution clock does not run for a while.
enum class SlaPauseReason { AwaitingUser, AwaitingVendor };

struct SlaPause
{
    QDateTime from;
    QDateTime until; // invalid while the pause goes on
    SlaPauseReason reason = SlaPauseReason::AwaitingUser;
    qint64 businessSeconds = 0; // of the pause, on the ticket's calendar (until `now` if ongoing)
};

enum class SlaClockState {
    Running, // the target's business time is being used up
    Paused,  // pending on the requester or a vendor
    Stopped, // met (replied, resolved) or ended (closed, cancelled)
};

// How one target stands, as data: the ui turns it into words and colours.
enum class SlaStanding {
    OnTrack,  // running or paused, more than the breach-soon share left
    AtRisk,   // not breached, the breach-soon share or less left
    Breached, // more business time used than the target allows
    Met,      // stopped within the target
};

struct SlaMeasure
{
    qint64 targetSeconds = 0;   // business seconds
    qint64 elapsedSeconds = 0;  // business seconds used (pauses and stopped times excluded)
    qint64 remainingSeconds = 0; // target - elapsed: negative once breached
    // When the target is (or was) reached. Invalid while paused or stopped before reaching it:
    // the moment then depends on when the clock runs again.
    QDateTime due;
    SlaClockState state = SlaClockState::Running;
    QDateTime stateSince; // when the current state began
    std::optional<SlaPauseReason> pauseReason; // while paused
    std::optional<TicketStatus> stoppedBy;     // while stopped by a status (resolved, closed, cancelled)
    bool breached = false;
    bool breachSoon = false;

    SlaStanding standing() const;
};

struct SlaStatus
{
    enum class Problem {
        None,
        NoRule,          // the policy version has no rule for the ticket: no SLA applies
        UnknownCalendar, // the rule names a calendar that is not given
    };

    Problem problem = Problem::None;
    Priority priority = Priority::P4; // whose targets were used (the one in force at `now`)
    SlaRule rule;
    SlaMeasure firstResponse;
    SlaMeasure resolution;
    qint64 pausedSeconds = 0; // business seconds the resolution clock was paused
    QList<SlaPause> pauses;   // in time order, with their reasons
};

// The SLA rules, applied to one ticket at one instant:
// - Both clocks start at the ticket's creation; business time is counted on the calendar of
//   the rule for the ticket's priority (24×7 when the rule names none). A ticket created
//   while the desk is closed starts using time when it opens.
// - The first-response clock never pauses. It stops at the first public reply, or at the
//   ticket's first resolution, closing or cancelling if that comes first.
// - The resolution clock pauses while the ticket is pending on the requester (awaiting_user)
//   or on a vendor (awaiting_vendor): nobody at the desk can move it. It does not pause while
//   pending on a change (awaiting_change): the change is the organisation's own work. It runs
//   again when the ticket leaves pending (the reply, or any status change).
// - Resolved, closed and cancelled stop the resolution clock; a reopen runs it again from
//   where it stood (the time in between does not count).
// - A priority change recomputes both clocks from the ticket's start with the new priority's
//   targets and calendar, pauses included, as if the ticket had always had that priority.
// - Breached: more business time used than the target. At risk: not breached, not stopped,
//   and breachSoonPercent of the target or less left.
class SlaClock
{
public:
    SlaClock(SlaPolicyVersion policy, QHash<qint64, BusinessCalendar> calendars);

    SlaStatus measure(const SlaTicketHistory &ticket, const QDateTime &now) const;

private:
    SlaPolicyVersion m_policy;
    QHash<qint64, BusinessCalendar> m_calendars;
    BusinessCalendar m_allHours = BusinessCalendar::twentyFourSeven();
};

} // namespace Helpline
