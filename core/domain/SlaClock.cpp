// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaClock.h"

namespace Helpline {

namespace {

enum class PeriodKind { Running, Paused, Stopped };

// A stretch of the ticket's life in one status, [from, to) in UTC seconds.
struct Period
{
    qint64 from = 0;
    qint64 to = 0;
    TicketStatus status = TicketStatus::New;
    PeriodKind kind = PeriodKind::Running;
    std::optional<SlaPauseReason> pauseReason;
};

bool stopsTheClock(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed || status == TicketStatus::Cancelled;
}

// Pending on the requester or a vendor pauses; pending on a change (our own work) does not,
// nor does a pending status without a reason (the workflow never allows one).
std::optional<SlaPauseReason> pauseReasonOf(TicketStatus status, std::optional<PendingReason> reason)
{
    if (status != TicketStatus::Pending || !reason)
        return std::nullopt;
    switch (*reason) {
    case PendingReason::AwaitingUser:
        return SlaPauseReason::AwaitingUser;
    case PendingReason::AwaitingVendor:
        return SlaPauseReason::AwaitingVendor;
    case PendingReason::AwaitingChange:
        return std::nullopt;
    }
    return std::nullopt;
}

// The ticket's statuses from its start to `now`; the last period is the status it is in
// (possibly empty, when it changed just now).
QList<Period> periodsOf(const SlaTicketHistory &ticket, qint64 start, qint64 now)
{
    QList<Period> periods;
    Period current{start, start, TicketStatus::New, PeriodKind::Running, std::nullopt};
    for (const SlaTicketHistory::StatusChange &change : ticket.statusChanges) {
        const qint64 at = std::max(change.at.toSecsSinceEpoch(), start);
        if (at > now)
            break;
        current.to = at;
        if (current.to > current.from)
            periods.append(current);
        current.from = at;
        current.status = change.status;
        current.pauseReason = pauseReasonOf(change.status, change.pendingReason);
        current.kind = stopsTheClock(change.status) ? PeriodKind::Stopped
                       : current.pauseReason        ? PeriodKind::Paused
                                                    : PeriodKind::Running;
    }
    current.to = now;
    periods.append(current);
    return periods;
}

QDateTime utcTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
}

bool atRisk(qint64 remaining, qint64 target, int percent)
{
    return remaining >= 0 && remaining * 100 <= target * percent;
}

SlaMeasure measureFirstResponse(const SlaTicketHistory &ticket, const BusinessCalendar &calendar, qint64 target,
                                int breachSoonPercent, qint64 start, qint64 now)
{
    SlaMeasure measure;
    measure.targetSeconds = target;
    std::optional<qint64> end;
    if (ticket.firstResponseAt.isValid())
        end = std::max(ticket.firstResponseAt.toSecsSinceEpoch(), start);
    for (const SlaTicketHistory::StatusChange &change : ticket.statusChanges) {
        const qint64 at = std::max(change.at.toSecsSinceEpoch(), start);
        if (stopsTheClock(change.status) && (!end || at < *end)) {
            end = at;
            measure.stoppedBy = change.status;
            break;
        }
        if (end && at >= *end)
            break;
    }
    const bool stopped = end && *end <= now;
    if (!stopped)
        measure.stoppedBy.reset();
    const qint64 until = stopped ? *end : now;
    measure.elapsedSeconds = calendar.businessSecondsBetween(start, until);
    measure.remainingSeconds = target - measure.elapsedSeconds;
    const std::optional<qint64> due = calendar.addBusinessSeconds(start, target);
    measure.due = due ? utcTime(*due) : QDateTime();
    measure.state = stopped ? SlaClockState::Stopped : SlaClockState::Running;
    measure.stateSince = utcTime(stopped ? *end : start);
    measure.breached = measure.remainingSeconds < 0;
    measure.breachSoon = !stopped && atRisk(measure.remainingSeconds, target, breachSoonPercent);
    return measure;
}

} // namespace

Priority SlaTicketHistory::priorityAt(const QDateTime &instant) const
{
    Priority result = priority;
    for (const PriorityChange &change : priorityChanges) {
        if (change.at > instant)
            break;
        result = change.priority;
    }
    return result;
}

SlaTicketHistory SlaTicketHistory::withPriorityChange(const QDateTime &at, Priority newPriority) const
{
    SlaTicketHistory preview = *this;
    qsizetype index = 0;
    while (index < preview.priorityChanges.size() && preview.priorityChanges.at(index).at <= at)
        ++index;
    preview.priorityChanges.insert(index, PriorityChange{at, newPriority});
    return preview;
}

SlaStanding SlaMeasure::standing() const
{
    if (breached)
        return SlaStanding::Breached;
    if (state == SlaClockState::Stopped)
        return SlaStanding::Met;
    return breachSoon ? SlaStanding::AtRisk : SlaStanding::OnTrack;
}

SlaClock::SlaClock(SlaPolicyVersion policy, QHash<qint64, BusinessCalendar> calendars)
    : m_policy(std::move(policy)), m_calendars(std::move(calendars))
{
}

SlaStatus SlaClock::measure(const SlaTicketHistory &ticket, const QDateTime &nowTime) const
{
    SlaStatus status;
    const qint64 start = ticket.start.toSecsSinceEpoch();
    const qint64 now = std::max(nowTime.toSecsSinceEpoch(), start);
    status.priority = ticket.priorityAt(nowTime);
    const std::optional<SlaRule> rule = m_policy.ruleFor({status.priority, ticket.type, ticket.category, ticket.group});
    if (!rule) {
        status.problem = SlaStatus::Problem::NoRule;
        return status;
    }
    status.rule = *rule;
    const BusinessCalendar *calendar = &m_allHours;
    if (rule->targets.calendarId) {
        const auto found = m_calendars.constFind(*rule->targets.calendarId);
        if (found == m_calendars.constEnd()) {
            status.problem = SlaStatus::Problem::UnknownCalendar;
            return status;
        }
        calendar = &found.value();
    }
    const int percent = m_policy.breachSoonPercent;
    status.firstResponse = measureFirstResponse(ticket, *calendar, rule->targets.firstResponseMinutes * 60, percent,
                                                start, now);

    SlaMeasure &resolution = status.resolution;
    resolution.targetSeconds = rule->targets.resolutionMinutes * 60;
    qint64 left = resolution.targetSeconds;
    std::optional<qint64> due;
    bool dueFound = false; // reached inside a running period (possibly never: a closed calendar)
    const QList<Period> periods = periodsOf(ticket, start, now);
    qint64 stateSince = start;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const Period &period = periods.at(i);
        const bool last = i + 1 == periods.size();
        const Period *previous = i > 0 ? &periods.at(i - 1) : nullptr;
        if (previous && (previous->kind != period.kind || previous->pauseReason != period.pauseReason))
            stateSince = period.from;
        const qint64 business = calendar->businessSecondsBetween(period.from, period.to);
        switch (period.kind) {
        case PeriodKind::Running:
            if (!dueFound && left > 0 && business >= left) {
                due = calendar->addBusinessSeconds(period.from, left);
                dueFound = true;
            }
            left -= business;
            resolution.elapsedSeconds += business;
            break;
        case PeriodKind::Paused: {
            status.pausedSeconds += business;
            const bool continues = previous && previous->kind == PeriodKind::Paused
                                   && previous->pauseReason == period.pauseReason && !status.pauses.isEmpty();
            if (continues) {
                status.pauses.last().businessSeconds += business;
            } else {
                status.pauses.append(SlaPause{utcTime(period.from), {}, *period.pauseReason, business});
            }
            status.pauses.last().until = last ? QDateTime() : utcTime(period.to);
            break;
        }
        case PeriodKind::Stopped:
            break;
        }
    }
    const Period &current = periods.constLast();
    if (!dueFound && current.kind == PeriodKind::Running)
        due = calendar->addBusinessSeconds(now, left);
    resolution.due = due ? utcTime(*due) : QDateTime();
    resolution.remainingSeconds = resolution.targetSeconds - resolution.elapsedSeconds;
    resolution.stateSince = utcTime(stateSince);
    switch (current.kind) {
    case PeriodKind::Running:
        resolution.state = SlaClockState::Running;
        break;
    case PeriodKind::Paused:
        resolution.state = SlaClockState::Paused;
        resolution.pauseReason = current.pauseReason;
        break;
    case PeriodKind::Stopped:
        resolution.state = SlaClockState::Stopped;
        resolution.stoppedBy = current.status;
        break;
    }
    resolution.breached = resolution.remainingSeconds < 0;
    resolution.breachSoon = resolution.state != SlaClockState::Stopped
                            && atRisk(resolution.remainingSeconds, resolution.targetSeconds, percent);
    return status;
}

} // namespace Helpline
