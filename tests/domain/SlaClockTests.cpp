// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaTest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace SlaFixtures;

// The desk policy (SlaTest.h): P1 15 / 240 24×7; P2 30 / 480, P3 60 / 900, P4 240 / 2250 on the
// London desk (Mon-Fri 09:00-12:30, 13:30-17:30 = 450 a day); breach soon at 20 % left.
// Mon 16 Nov 2026 is a Monday; London is on GMT, so the UTC times are the desk's times.

namespace {

using Change = SlaTicketHistory::StatusChange;

Change moved(const QDateTime &at, TicketStatus to, std::optional<PendingReason> reason = std::nullopt)
{
    return Change{at, to, reason};
}

SlaTicketHistory ticket(Priority priority, const QDateTime &start, QList<Change> statuses = {},
                        const QDateTime &firstResponse = {}, const QString &group = {})
{
    SlaTicketHistory history;
    history.start = start;
    history.priority = priority;
    history.group = group;
    history.statusChanges = std::move(statuses);
    history.firstResponseAt = firstResponse;
    return history;
}

constexpr auto user = PendingReason::AwaitingUser;
constexpr auto vendor = PendingReason::AwaitingVendor;
constexpr auto change = PendingReason::AwaitingChange;
constexpr auto inProgress = TicketStatus::InProgress;
constexpr auto pending = TicketStatus::Pending;
constexpr auto resolved = TicketStatus::Resolved;

// P3 from Thu 19 Nov 09:00, pending Fri 16:00 until Mon 23 Nov 11:00.
SlaTicketHistory weekendPause(PendingReason reason)
{
    return ticket(Priority::P3, utc(11, 19, 9, 0),
                  {moved(utc(11, 19, 9, 0), inProgress), moved(utc(11, 20, 16, 0), pending, reason),
                   moved(utc(11, 23, 11, 0), inProgress)});
}

// P3 from Mon 16 Nov 09:00 with four pauses, back in progress Tue 09:30.
SlaTicketHistory fourPauses()
{
    return ticket(Priority::P3, utc(11, 16, 9, 0),
                  {moved(utc(11, 16, 9, 0), inProgress), moved(utc(11, 16, 10, 0), pending, user),
                   moved(utc(11, 16, 11, 0), inProgress), moved(utc(11, 16, 14, 0), pending, vendor),
                   moved(utc(11, 16, 15, 0), inProgress), moved(utc(11, 16, 16, 0), pending, user),
                   moved(utc(11, 16, 16, 30), pending, vendor), moved(utc(11, 17, 9, 30), inProgress)});
}

// P3 from Mon 16 Nov 09:00, pending on a vendor since Mon 12:00.
SlaTicketHistory pausedOnVendor()
{
    return ticket(Priority::P3, utc(11, 16, 9, 0),
                  {moved(utc(11, 16, 9, 0), inProgress), moved(utc(11, 16, 12, 0), pending, vendor)});
}

// P2 from Mon 16 Nov 09:00, resolved Mon 13:00.
QList<Change> resolvedMonday()
{
    return {moved(utc(11, 16, 9, 0), inProgress), moved(utc(11, 16, 13, 0), resolved)};
}

// P3 from Mon 16 Nov 09:00, replied 09:45, raised to P2 at Mon 14:00.
SlaTicketHistory raisedToP2()
{
    SlaTicketHistory history
        = ticket(Priority::P3, utc(11, 16, 9, 0), {moved(utc(11, 16, 9, 0), inProgress)}, utc(11, 16, 9, 45));
    history.priorityChanges = {{utc(11, 16, 14, 0), Priority::P2}};
    return history;
}

} // namespace

void SlaTest::resolutionClock_data()
{
    QTest::addColumn<SlaTicketHistory>("history");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("due");        // invalid: none while paused or stopped
    QTest::addColumn<qint64>("elapsedMinutes"); // business minutes used
    QTest::addColumn<qint64>("pausedMinutes");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("breached");
    QTest::addColumn<bool>("breachSoon");
    const int running = int(SlaClockState::Running);
    const int paused = int(SlaClockState::Paused);
    const int stopped = int(SlaClockState::Stopped);

    // Used: 10:00-12:30 150 + 13:30-15:00 90 = 240. Due: 900 from Mon 10:00 is Mon 150 + 240
    // (390), Tue 450 (840), Wed 60: Wed 10:00. 660 left, more than 180 (20 % of 900).
    QTest::addRow("running since Monday")
        << ticket(Priority::P3, utc(11, 16, 10, 0), {moved(utc(11, 16, 10, 0), inProgress)}) << utc(11, 16, 15, 0)
        << utc(11, 18, 10, 0) << qint64(240) << qint64(0) << running << false << false;
    // Used: Thu 450, Fri 09:00-16:00 360 (810); paused Fri 16:00-17:30 90 + Mon 09:00-11:00 120
    // (210); Mon 11:00-14:00 90 + 30 = 120: 930 used. The 90 left at Fri 16:00 ran out Mon
    // 11:00 + 90 = 12:30.
    QTest::addRow("pause across a weekend, breached")
        << weekendPause(user) << utc(11, 23, 14, 0) << utc(11, 23, 12, 30) << qint64(930) << qint64(210)
        << running << true << false;
    // Used 810 + Mon 11:00-11:30 30 = 840: 60 left (≤ 180): at risk; due 11:30 + 60 = 12:30.
    QTest::addRow("pause across a weekend, at risk")
        << weekendPause(user) << utc(11, 23, 11, 30) << utc(11, 23, 12, 30) << qint64(840) << qint64(210)
        << running << false << true;
    // Pending on a change does not pause: Thu 450 + Fri 450 = 900 at Fri 17:30; then Mon
    // 09:00-14:00 210 + 30: 1140 used.
    QTest::addRow("pending on a change runs")
        << weekendPause(change) << utc(11, 23, 14, 0) << utc(11, 20, 17, 30) << qint64(1140) << qint64(0) << running
        << true << false;
    // Used 09:00-12:00 180; paused Mon 12:00-12:30 30 + 13:30-17:30 240 + Tue 09:00-10:00 60 = 330.
    QTest::addRow("paused now on a vendor")
        << pausedOnVendor() << utc(11, 17, 10, 0) << QDateTime() << qint64(180) << qint64(330) << paused << false
        << false;
    // Used: 09:00-10:00 60, 11:00-14:00 90 + 30, 15:00-16:00 60, Tue 09:30-12:00 150 = 390.
    // Paused: 60 + 60 + 30 + (16:30-17:30 60 + Tue 09:00-09:30 30) = 240.
    // 510 left from Tue 12:00: Tue 30 + 240 (270), Wed 09:00-12:30 210 (480), 13:30 + 30 = 14:00.
    QTest::addRow("four pauses") << fourPauses() << utc(11, 17, 12, 0) << utc(11, 18, 14, 0) << qint64(390)
                                 << qint64(240) << running << false << false;
    // P2 (480). Used Mon 09:00-13:00 = 210 (13:00 is in lunch); stopped Mon 13:00-Tue 10:00;
    // reopened: Tue 10:00-12:00 120: 330 used, 150 left (> 96): Tue 12:00 + 30 + 120 = 15:30.
    QTest::addRow("reopened")
        << ticket(Priority::P2, utc(11, 16, 9, 0), resolvedMonday() << moved(utc(11, 17, 10, 0), inProgress))
        << utc(11, 17, 12, 0) << utc(11, 17, 15, 30) << qint64(330) << qint64(0) << running << false << false;
    QTest::addRow("resolved") << ticket(Priority::P2, utc(11, 16, 9, 0), resolvedMonday()) << utc(11, 17, 12, 0)
                              << QDateTime() << qint64(210) << qint64(0) << stopped << false << false;
    QTest::addRow("closed after resolved")
        << ticket(Priority::P2, utc(11, 16, 9, 0),
                  resolvedMonday() << moved(utc(11, 18, 10, 0), TicketStatus::Closed))
        << utc(11, 18, 12, 0) << QDateTime() << qint64(210) << qint64(0) << stopped << false << false;
    // P2: Mon 450 + Tue 09:00-11:00 120 = 570 used when it went pending; the 480 ran out at
    // Mon 450 + Tue 30: Tue 09:30. Paused Tue 11:00-12:30 90 + 13:30-15:00 90.
    QTest::addRow("breached, then paused")
        << ticket(Priority::P2, utc(11, 16, 9, 0),
                  {moved(utc(11, 16, 9, 0), inProgress), moved(utc(11, 17, 11, 0), pending, user)})
        << utc(11, 17, 15, 0) << utc(11, 17, 9, 30) << qint64(570) << qint64(180) << paused << true << false;
    // P1 24×7 (240): Sat 22:00-23:00 60, paused 23:00-Sun 00:30 90, Sun 00:30-01:00 30: 90
    // used, 150 left from Sun 01:00: 03:30.
    QTest::addRow("24x7 P1 with a pause")
        << ticket(Priority::P1, utc(11, 21, 22, 0),
                  {moved(utc(11, 21, 23, 0), pending, user), moved(utc(11, 22, 0, 30), inProgress)})
        << utc(11, 22, 1, 0) << utc(11, 22, 3, 30) << qint64(90) << qint64(90) << running << false << false;
    // P2 (480) from opening at 09:00: Mon 450, Tue 30.
    QTest::addRow("created before opening") << ticket(Priority::P2, utc(11, 16, 6, 0)) << utc(11, 16, 8, 59)
                                            << utc(11, 17, 9, 30) << qint64(0) << qint64(0) << running << false
                                            << false;
    // from Tue 09:00: Tue 450, Wed 30
    QTest::addRow("created after closing") << ticket(Priority::P2, utc(11, 16, 18, 0)) << utc(11, 16, 23, 0)
                                           << utc(11, 18, 9, 30) << qint64(0) << qint64(0) << running << false
                                           << false;
    // Fri 25 Dec closed; weekend; Mon 28 closed; from Tue 29 09:00: Tue 450, Wed 30.
    QTest::addRow("created on a holiday") << ticket(Priority::P2, utc(12, 25, 10, 0)) << utc(12, 25, 10, 0)
                                          << utc(12, 30, 9, 30) << qint64(0) << qint64(0) << running << false
                                          << false;
    // Raised to P2 (480) at 14:00: due from the start with P2's target: Mon 450, Tue 30.
    // Used 09:00-15:00: 210 + 90 = 300; 180 left (> 96).
    QTest::addRow("priority raised mid-flight") << raisedToP2() << utc(11, 16, 15, 0) << utc(11, 17, 9, 30)
                                                << qint64(300) << qint64(0) << running << false << false;
    // Lowered from P2 to P4 (2250) on Tue 11:00: used Mon 450 + Tue 09:00-11:00 120 = 570,
    // past P2's 480 but well inside P4's: 2250 from Mon 09:00 is five whole days, Fri 17:30.
    QTest::addRow("priority lowered mid-flight") << [] {
        SlaTicketHistory lowered = ticket(Priority::P2, utc(11, 16, 9, 0), {moved(utc(11, 16, 9, 0), inProgress)});
        lowered.priorityChanges = {{utc(11, 17, 11, 0), Priority::P4}};
        return lowered;
    }() << utc(11, 17, 11, 0) << utc(11, 20, 17, 30) << qint64(570) << qint64(0) << running << false << false;
    // Cancelled Mon 10:00: stopped with 60 used.
    QTest::addRow("cancelled")
        << ticket(Priority::P3, utc(11, 16, 9, 0), {moved(utc(11, 16, 10, 0), TicketStatus::Cancelled)})
        << utc(11, 17, 12, 0) << QDateTime() << qint64(60) << qint64(0) << stopped << false << false;
    // New York desk P2 (600, Mon-Fri 08:00-18:00). Fri 6 Mar 21:00 UTC = 16:00 EST: 120 to
    // closing; Mon 9 Mar (EDT) 08:00-09:00 = 12:00-13:00 UTC: 180 used. 420 left from 13:00
    // UTC: 20:00 UTC (16:00 EDT).
    QTest::addRow("New York over spring forward")
        << ticket(Priority::P2, utc(3, 6, 21, 0), {}, {}, u"New York desk"_s) << utc(3, 9, 13, 0)
        << utc(3, 9, 20, 0) << qint64(180) << qint64(0) << running << false << false;
    // P4 (2250). Fri 23 Oct 15:30 UTC = 16:30 BST; 30 used by 16:00 UTC, 60 to closing.
    // 2190 left: Mon 26 (GMT) to Thu 4 × 450 = 1800 (390 left), Fri 30 Oct 210 + 13:30 + 180 = 16:30.
    QTest::addRow("London P4 over the clocks going back")
        << ticket(Priority::P4, utc(10, 23, 15, 30)) << utc(10, 23, 16, 0) << utc(10, 30, 16, 30) << qint64(30)
        << qint64(0) << running << false << false;
}

void SlaTest::resolutionClock()
{
    QFETCH(SlaTicketHistory, history);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, due);
    QFETCH(qint64, elapsedMinutes);
    QFETCH(qint64, pausedMinutes);
    QFETCH(int, state);
    QFETCH(bool, breached);
    QFETCH(bool, breachSoon);

    const SlaStatus status = deskClock().measure(history, now);
    QCOMPARE(status.problem, SlaStatus::Problem::None);
    const SlaMeasure &resolution = status.resolution;
    QCOMPARE(resolution.due, due);
    QCOMPARE(resolution.elapsedSeconds, elapsedMinutes * 60);
    QCOMPARE(resolution.remainingSeconds, resolution.targetSeconds - elapsedMinutes * 60);
    QCOMPARE(status.pausedSeconds, pausedMinutes * 60);
    QCOMPARE(int(resolution.state), state);
    QCOMPARE(resolution.breached, breached);
    QCOMPARE(resolution.breachSoon, breachSoon);
}

void SlaTest::firstResponseClock_data()
{
    QTest::addColumn<SlaTicketHistory>("history");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<qint64>("elapsedMinutes");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("stoppedBy"); // -1: not stopped by a status
    QTest::addColumn<bool>("breached");
    QTest::addColumn<bool>("breachSoon");
    const int running = int(SlaClockState::Running);
    const int stopped = int(SlaClockState::Stopped);

    // P3: 60 from Mon 10:00 → due 11:00; at risk with 12 or less left.
    QTest::addRow("replied in time")
        << ticket(Priority::P3, utc(11, 16, 10, 0), {}, utc(11, 16, 10, 45)) << utc(11, 16, 15, 0)
        << utc(11, 16, 11, 0) << qint64(45) << stopped << -1 << false << false;
    QTest::addRow("no reply yet, at risk") << ticket(Priority::P3, utc(11, 16, 10, 0)) << utc(11, 16, 10, 50)
                                           << utc(11, 16, 11, 0) << qint64(50) << running << -1 << false << true;
    QTest::addRow("no reply, breached") << ticket(Priority::P3, utc(11, 16, 10, 0)) << utc(11, 16, 11, 1)
                                        << utc(11, 16, 11, 0) << qint64(61) << running << -1 << true << false;
    QTest::addRow("replied late") << ticket(Priority::P3, utc(11, 16, 10, 0), {}, utc(11, 16, 11, 30))
                                  << utc(11, 16, 15, 0) << utc(11, 16, 11, 0) << qint64(90) << stopped << -1 << true
                                  << false;
    // P2 30 from 09:00; resolved at 09:20 with no reply: the resolution answers.
    QTest::addRow("resolved without a reply")
        << ticket(Priority::P2, utc(11, 16, 9, 0), {moved(utc(11, 16, 9, 20), resolved)}) << utc(11, 16, 12, 0)
        << utc(11, 16, 9, 30) << qint64(20) << stopped << int(resolved) << false << false;
    // Pending does not pause the first response: 10:00-11:30 is 90.
    QTest::addRow("pending does not pause it")
        << ticket(Priority::P3, utc(11, 16, 10, 0), {moved(utc(11, 16, 10, 10), pending, user)})
        << utc(11, 16, 11, 30) << utc(11, 16, 11, 0) << qint64(90) << running << -1 << true << false;
    // P2 30 from Fri 18:00 counts from Mon 09:00.
    QTest::addRow("created Friday evening") << ticket(Priority::P2, utc(11, 20, 18, 0)) << utc(11, 23, 9, 10)
                                            << utc(11, 23, 9, 30) << qint64(10) << running << -1 << false << false;
    // Replied 09:45: in time for P3 (60), late for P2 (30) once the priority is raised.
    QTest::addRow("priority raised after the reply") << raisedToP2() << utc(11, 16, 15, 0) << utc(11, 16, 9, 30)
                                                     << qint64(45) << stopped << -1 << true << false;
}

void SlaTest::firstResponseClock()
{
    QFETCH(SlaTicketHistory, history);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, due);
    QFETCH(qint64, elapsedMinutes);
    QFETCH(int, state);
    QFETCH(int, stoppedBy);
    QFETCH(bool, breached);
    QFETCH(bool, breachSoon);

    const SlaMeasure firstResponse = deskClock().measure(history, now).firstResponse;
    QCOMPARE(firstResponse.due, due);
    QCOMPARE(firstResponse.elapsedSeconds, elapsedMinutes * 60);
    QCOMPARE(int(firstResponse.state), state);
    QCOMPARE(firstResponse.stoppedBy ? int(*firstResponse.stoppedBy) : -1, stoppedBy);
    QCOMPARE(firstResponse.breached, breached);
    QCOMPARE(firstResponse.breachSoon, breachSoon);
}

void SlaTest::pauses_areListedWithReasonsAndBusinessTime()
{
    // See "four pauses" in resolutionClock_data.
    const SlaStatus status = deskClock().measure(fourPauses(), utc(11, 17, 12, 0));
    QCOMPARE(status.pauses.size(), 4);
    const auto check = [&](int index, const QDateTime &from, const QDateTime &until, SlaPauseReason reason,
                           qint64 minutes) {
        const SlaPause &pause = status.pauses.at(index);
        QCOMPARE(pause.from, from);
        QCOMPARE(pause.until, until);
        QCOMPARE(pause.reason, reason);
        QCOMPARE(pause.businessSeconds, minutes * 60);
    };
    check(0, utc(11, 16, 10, 0), utc(11, 16, 11, 0), SlaPauseReason::AwaitingUser, 60);
    check(1, utc(11, 16, 14, 0), utc(11, 16, 15, 0), SlaPauseReason::AwaitingVendor, 60);
    check(2, utc(11, 16, 16, 0), utc(11, 16, 16, 30), SlaPauseReason::AwaitingUser, 30);
    // 16:30-17:30 60 + Tue 09:00-09:30 30
    check(3, utc(11, 16, 16, 30), utc(11, 17, 9, 30), SlaPauseReason::AwaitingVendor, 90);

    // Pending on the user, then pending on the user again (the reason saved twice): one pause.
    const SlaTicketHistory twice = ticket(Priority::P3, utc(11, 16, 9, 0),
                                          {moved(utc(11, 16, 10, 0), pending, user),
                                           moved(utc(11, 16, 10, 30), pending, user),
                                           moved(utc(11, 16, 11, 0), inProgress)});
    const SlaStatus merged = deskClock().measure(twice, utc(11, 16, 12, 0));
    QCOMPARE(merged.pauses.size(), 1);
    QCOMPARE(merged.pauses.at(0).from, utc(11, 16, 10, 0));
    QCOMPARE(merged.pauses.at(0).until, utc(11, 16, 11, 0));
    QCOMPARE(merged.pauses.at(0).businessSeconds, 60 * 60);
    // The weekend does not count: Fri 16:00-17:30 90 + Mon 09:00-11:00 120.
    const SlaStatus weekend = deskClock().measure(weekendPause(vendor), utc(11, 23, 14, 0));
    QCOMPARE(weekend.pauses.size(), 1);
    QCOMPARE(weekend.pauses.at(0).businessSeconds, 210 * 60);
    QCOMPARE(weekend.pauses.at(0).reason, SlaPauseReason::AwaitingVendor);
}

void SlaTest::pause_ongoing_hasNoEndAndNoDue()
{
    // See "paused now on a vendor": "paused: awaiting vendor since Mon 12:00".
    const SlaStatus status = deskClock().measure(pausedOnVendor(), utc(11, 17, 10, 0));
    QCOMPARE(status.pauses.size(), 1);
    QCOMPARE(status.pauses.at(0).from, utc(11, 16, 12, 0));
    QVERIFY(!status.pauses.at(0).until.isValid());
    QCOMPARE(status.pauses.at(0).businessSeconds, 330 * 60);
    QCOMPARE(status.resolution.state, SlaClockState::Paused);
    QCOMPARE(status.resolution.pauseReason, SlaPauseReason::AwaitingVendor);
    QCOMPARE(status.resolution.stateSince, utc(11, 16, 12, 0));
    QVERIFY(!status.resolution.due.isValid());
    QCOMPARE(status.resolution.remainingSeconds, (900 - 180) * 60);
    QCOMPARE(status.resolution.standing(), SlaStanding::OnTrack);

    // It resumes Tue 10:00: 720 left from then: Tue 150 + 240 (390), Wed 330: 09:00-12:30 210,
    // 13:30 + 120 = 15:30.
    SlaTicketHistory resumed = pausedOnVendor();
    resumed.statusChanges.append(moved(utc(11, 17, 10, 0), inProgress));
    const SlaStatus after = deskClock().measure(resumed, utc(11, 17, 10, 0));
    QCOMPARE(after.resolution.state, SlaClockState::Running);
    QCOMPARE(after.resolution.stateSince, utc(11, 17, 10, 0));
    QCOMPARE(after.resolution.due, utc(11, 18, 15, 30));
    QCOMPARE(after.pauses.at(0).until, utc(11, 17, 10, 0));
}

void SlaTest::breachSoon_threshold_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("remainingMinutes");
    QTest::addColumn<int>("standing");
    // P2 (480; at risk with 96 or less left) from Mon 09:00. 384 used at 16:24
    // (09:00-12:30 210, 13:30-16:24 174), due Tue 09:30.
    QTest::addRow("97 left") << utc(11, 16, 16, 23) << qint64(97) << int(SlaStanding::OnTrack);
    QTest::addRow("96 left (20 %%)") << utc(11, 16, 16, 24) << qint64(96) << int(SlaStanding::AtRisk);
    QTest::addRow("closed overnight, 30 left") << utc(11, 17, 3, 0) << qint64(30) << int(SlaStanding::AtRisk);
    QTest::addRow("at the due minute") << utc(11, 17, 9, 30) << qint64(0) << int(SlaStanding::AtRisk);
    QTest::addRow("a minute late") << utc(11, 17, 9, 31) << qint64(-1) << int(SlaStanding::Breached);
}

void SlaTest::breachSoon_threshold()
{
    QFETCH(QDateTime, now);
    QFETCH(qint64, remainingMinutes);
    QFETCH(int, standing);
    const SlaStatus status
        = deskClock().measure(ticket(Priority::P2, utc(11, 16, 9, 0), {moved(utc(11, 16, 9, 0), inProgress)}), now);
    QCOMPARE(status.resolution.remainingSeconds, remainingMinutes * 60);
    QCOMPARE(int(status.resolution.standing()), standing);
    QCOMPARE(status.resolution.due, utc(11, 17, 9, 30));
}

void SlaTest::priorityChange_preview_isTheSameAsMakingTheChange()
{
    SlaTicketHistory history = raisedToP2();
    history.priorityChanges.clear(); // P3 all along
    const QDateTime now = utc(11, 16, 15, 0);
    const SlaClock clock = deskClock();

    // As it is: P3, 900 from Mon 09:00 is Mon 450 + Tue 450: Tue 17:30.
    const SlaStatus current = clock.measure(history, now);
    QCOMPARE(current.priority, Priority::P3);
    QCOMPARE(current.resolution.due, utc(11, 17, 17, 30));

    // What raising it to P1 would do: 24×7, 240 from 09:00 is 13:00, already 120 past (360 used);
    // the reply at 09:45 was 45 after the start, more than P1's 15.
    const SlaTicketHistory preview = history.withPriorityChange(now, Priority::P1);
    const SlaStatus previewed = clock.measure(preview, now);
    QCOMPARE(previewed.priority, Priority::P1);
    QCOMPARE(previewed.resolution.due, utc(11, 16, 13, 0));
    QCOMPARE(previewed.resolution.remainingSeconds, -120 * 60);
    QVERIFY(previewed.resolution.breached);
    QVERIFY(previewed.firstResponse.breached);
    QCOMPARE(previewed.firstResponse.due, utc(11, 16, 9, 15));

    // The preview did not touch the history, and saving the change gives the same figures.
    QVERIFY(history.priorityChanges.isEmpty());
    SlaTicketHistory saved = history;
    saved.priorityChanges.append({now, Priority::P1});
    const SlaStatus afterSaving = clock.measure(saved, now);
    QCOMPARE(afterSaving.resolution.due, previewed.resolution.due);
    QCOMPARE(afterSaving.resolution.remainingSeconds, previewed.resolution.remainingSeconds);
    QCOMPARE(afterSaving.firstResponse.due, previewed.firstResponse.due);
    // Before the change took effect the ticket was still P3.
    QCOMPARE(clock.measure(saved, now.addSecs(-60)).priority, Priority::P3);
}

void SlaTest::clock_withoutRuleOrCalendar_saysWhy()
{
    SlaPolicyVersion noP3 = deskPolicy();
    noP3.rules.removeAt(2);
    const SlaStatus noRule = SlaClock(noP3, {{London, londonDesk()}})
                                 .measure(ticket(Priority::P3, utc(11, 16, 9, 0)), utc(11, 16, 10, 0));
    QCOMPARE(noRule.problem, SlaStatus::Problem::NoRule);

    const SlaStatus noCalendar
        = SlaClock(deskPolicy(), {}).measure(ticket(Priority::P3, utc(11, 16, 9, 0)), utc(11, 16, 10, 0));
    QCOMPARE(noCalendar.problem, SlaStatus::Problem::UnknownCalendar);

    // P1 runs 24×7 and needs no calendar.
    const SlaStatus p1
        = SlaClock(deskPolicy(), {}).measure(ticket(Priority::P1, utc(11, 16, 9, 0)), utc(11, 16, 10, 0));
    QCOMPARE(p1.problem, SlaStatus::Problem::None);
    QCOMPARE(p1.resolution.due, utc(11, 16, 13, 0));
}
