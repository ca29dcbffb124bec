// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaDeskData.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Helpline::Bench {

namespace {

WorkingInterval hours(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return {fromHour * 60 + fromMinute, toHour * 60 + toMinute};
}

std::array<WorkingDay, 7> weekdays(const WorkingDay &day)
{
    return {day, day, day, day, day, {}, {}};
}

QList<Holiday> closedOn(const QList<QDate> &dates)
{
    QList<Holiday> holidays;
    for (const QDate &date : dates)
        holidays.append(Holiday{date, {}, {}});
    return holidays;
}

} // namespace

SlaDesks slaDesks()
{
    SlaDesks desks;
    desks.calendars.insert(
        1, BusinessCalendar(1, u"London"_s, QTimeZone("Europe/London"),
                            weekdays({hours(9, 0, 12, 30), hours(13, 30, 17, 30)}),
                            closedOn({QDate(2026, 8, 31), QDate(2026, 12, 25), QDate(2026, 12, 28)})));
    desks.calendars.insert(
        2, BusinessCalendar(2, u"Pune"_s, QTimeZone("Asia/Kolkata"),
                            weekdays({hours(9, 30, 13, 30), hours(14, 15, 18, 30)}),
                            closedOn({QDate(2026, 10, 2), QDate(2026, 11, 9), QDate(2026, 12, 25)})));
    desks.calendars.insert(
        3, BusinessCalendar(3, u"New York"_s, QTimeZone("America/New_York"), weekdays({hours(8, 0, 18, 0)}),
                            closedOn({QDate(2026, 11, 11), QDate(2026, 11, 26), QDate(2026, 12, 25)})));
    desks.groups = {u"London desk"_s, u"Pune desk"_s, u"New York desk"_s};
    desks.policy.policyId = 1;
    desks.policy.effectiveFrom = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
    desks.policy.rules.append(SlaRule{Priority::P1, {}, SlaTargets{15, 240, std::nullopt}});
    for (qint64 id = 1; id <= 3; ++id) {
        const SlaScope scope{std::nullopt, {}, desks.groups.at(id - 1)};
        desks.policy.rules.append(SlaRule{Priority::P2, scope, SlaTargets{30, 480, id}});
        desks.policy.rules.append(SlaRule{Priority::P3, scope, SlaTargets{60, 1350, id}});
        desks.policy.rules.append(SlaRule{Priority::P4, scope, SlaTargets{240, 2700, id}});
    }
    return desks;
}

QList<SlaTicketHistory> openTicketHistories(int count, const SlaDesks &desks, const QDateTime &now)
{
    QRandomGenerator random(4711);
    const auto between = [&random](qint64 low, qint64 high) {
        return low + qint64(random.bounded(quint64(high - low)));
    };
    const qint64 window = 21 * 24 * 3600;
    const PendingReason reasons[] = {PendingReason::AwaitingUser, PendingReason::AwaitingUser,
                                     PendingReason::AwaitingVendor, PendingReason::AwaitingChange};
    QList<SlaTicketHistory> tickets;
    tickets.reserve(count);
    for (int i = 0; i < count; ++i) {
        SlaTicketHistory ticket;
        // An open queue is mostly recent: the age is the window times the square of a uniform
        // draw, so half the tickets are younger than a quarter of it (about five days).
        const double draw = random.generateDouble();
        ticket.start = now.addSecs(-qint64(double(window) * draw * draw) - 60);
        const int roll = int(random.bounded(100));
        ticket.priority = roll < 3 ? Priority::P1 : roll < 20 ? Priority::P2 : roll < 70 ? Priority::P3 : Priority::P4;
        const int desk = int(random.bounded(10)); // London 40 %, Pune 30 %, New York 30 %
        ticket.group = desks.groups.at(desk < 4 ? 0 : desk < 7 ? 1 : 2);
        ticket.category = u"Hardware"_s;

        QDateTime at = ticket.start.addSecs(between(5 * 60, 4 * 3600));
        if (random.bounded(100) < 80)
            ticket.firstResponseAt = ticket.start.addSecs(between(10 * 60, 8 * 3600));
        if (random.bounded(100) < 5)
            ticket.priorityChanges.append({ticket.start.addSecs(between(3600, 48 * 3600)), Priority::P2});
        ticket.statusChanges.append({at, TicketStatus::InProgress, std::nullopt});
        const int waits = int(random.bounded(4));
        for (int w = 0; w < waits; ++w) {
            at = at.addSecs(between(3600, 72 * 3600));
            ticket.statusChanges.append({at, TicketStatus::Pending, reasons[random.bounded(4)]});
            at = at.addSecs(between(3600, 72 * 3600));
            ticket.statusChanges.append({at, TicketStatus::InProgress, std::nullopt});
        }
        if (random.bounded(100) < 10) { // resolved, and the requester reopened it
            at = at.addSecs(between(3600, 24 * 3600));
            ticket.statusChanges.append({at, TicketStatus::Resolved, std::nullopt});
            at = at.addSecs(between(3600, 48 * 3600));
            ticket.statusChanges.append({at, TicketStatus::InProgress, std::nullopt});
        }
        if (random.bounded(100) < 20) { // waiting now
            at = at.addSecs(between(600, 24 * 3600));
            ticket.statusChanges.append({at, TicketStatus::Pending, reasons[random.bounded(3)]});
        }
        // What lies after `now` has not happened yet, and an open ticket is not left resolved.
        while (!ticket.statusChanges.isEmpty()
               && (ticket.statusChanges.constLast().at > now
                   || ticket.statusChanges.constLast().status == TicketStatus::Resolved))
            ticket.statusChanges.removeLast();
        if (ticket.firstResponseAt > now)
            ticket.firstResponseAt = QDateTime();
        tickets.append(ticket);
    }
    return tickets;
}

} // namespace Helpline::Bench
