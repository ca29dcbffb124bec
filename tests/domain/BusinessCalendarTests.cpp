// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaTest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace SlaFixtures;

// Europe/London 2026: GMT (UTC+0) until Sun 29 Mar 01:00 UTC, BST (UTC+1) until Sun 25 Oct
// 01:00 UTC. America/New_York 2026: EST (UTC-5) until Sun 8 Mar 07:00 UTC, EDT (UTC-4) until
// Sun 1 Nov 06:00 UTC. Mon 16 Nov 2026 is a Monday; London is on GMT then, so UTC = local.
void SlaTest::addBusinessMinutes_data()
{
    QTest::addColumn<qint64>("calendar");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QDateTime>("expected");

    QTest::addRow("inside one interval") << qint64(London) << utc(11, 16, 9, 0) << qint64(60) << utc(11, 16, 10, 0);
    // 11:30-12:30 is 60, lunch, 13:30 + 60 = 14:30
    QTest::addRow("across lunch") << qint64(London) << utc(11, 16, 11, 30) << qint64(120) << utc(11, 16, 14, 30);
    // 17:00-17:30 is 30, then Tue 09:00 + 30
    QTest::addRow("across the evening") << qint64(London) << utc(11, 16, 17, 0) << qint64(60) << utc(11, 17, 9, 30);
    // exactly the rest of the day: due at closing, not at the next opening
    QTest::addRow("ends at closing") << qint64(London) << utc(11, 16, 17, 0) << qint64(30) << utc(11, 16, 17, 30);
    QTest::addRow("zero minutes") << qint64(London) << utc(11, 16, 20, 0) << qint64(0) << utc(11, 16, 20, 0);
    // the count starts at 09:00
    QTest::addRow("before opening") << qint64(London) << utc(11, 16, 7, 15) << qint64(30) << utc(11, 16, 9, 30);
    QTest::addRow("after closing") << qint64(London) << utc(11, 16, 19, 0) << qint64(30) << utc(11, 17, 9, 30);
    QTest::addRow("during lunch") << qint64(London) << utc(11, 16, 12, 45) << qint64(30) << utc(11, 16, 14, 0);
    // Fri 16:30-17:30 is 60, Sat and Sun closed, Mon 09:00 + 60
    QTest::addRow("over a weekend") << qint64(London) << utc(11, 20, 16, 30) << qint64(120) << utc(11, 23, 10, 0);
    // Mon is one whole day of 450
    QTest::addRow("from a Saturday") << qint64(London) << utc(11, 21, 10, 0) << qint64(450) << utc(11, 23, 17, 30);
    // Mon-Fri are 5 × 450 = 2250; one minute more is Mon 09:01
    QTest::addRow("whole week") << qint64(London) << utc(11, 16, 9, 0) << qint64(2250) << utc(11, 20, 17, 30);
    QTest::addRow("whole week and a minute") << qint64(London) << utc(11, 16, 9, 0) << qint64(2251)
                                             << utc(11, 23, 9, 1);
    // Wed 17:00-17:30 is 30; Thu 24th half day 240 (270); Fri 25th, weekend, Mon 28th closed;
    // Tue 29th 09:00 + 30
    QTest::addRow("over Christmas") << qint64(London) << utc(12, 23, 17, 0) << qint64(300) << utc(12, 29, 9, 30);
    QTest::addRow("from a holiday") << qint64(London) << utc(12, 25, 10, 0) << qint64(60) << utc(12, 29, 10, 0);
    // Fri 27 Mar GMT 16:30-17:30 is 60; Mon 30 Mar is BST: 09:00 BST = 08:00 UTC, + 60
    QTest::addRow("London spring forward") << qint64(London) << utc(3, 27, 16, 30) << qint64(120)
                                           << utc(3, 30, 9, 0);
    // Fri 23 Oct 15:30 UTC = 16:30 BST, 60 to closing; Mon 26 Oct GMT 09:00 + 60 = 10:00 UTC
    QTest::addRow("London fall back") << qint64(London) << utc(10, 23, 15, 30) << qint64(120) << utc(10, 26, 10, 0);
    // Fri 6 Mar 22:00 UTC = 17:00 EST, 60 to closing; Mon 9 Mar 08:00 EDT = 12:00 UTC, + 60
    QTest::addRow("New York spring forward") << qint64(NewYork) << utc(3, 6, 22, 0) << qint64(120)
                                             << utc(3, 9, 13, 0);
    // Fri 30 Oct 21:00 UTC = 17:00 EDT, 60 to closing; Mon 2 Nov 08:00 EST = 13:00 UTC, + 60
    QTest::addRow("New York fall back") << qint64(NewYork) << utc(10, 30, 21, 0) << qint64(120)
                                        << utc(11, 2, 14, 0);
    // Wed 25 Nov 22:00 UTC = 17:00 EST, 60; Thanksgiving closed; Fri 08:00 EST = 13:00 UTC + 60
    QTest::addRow("New York Thanksgiving") << qint64(NewYork) << utc(11, 25, 22, 0) << qint64(120)
                                           << utc(11, 27, 14, 0);
    // Pune is UTC+5:30 all year: 09:30 IST = 04:00 UTC; Mon 16 Nov 04:00 + 540 = 13:00 UTC
    QTest::addRow("Pune whole day") << qint64(Pune) << utc(11, 16, 3, 0) << qint64(540) << utc(11, 16, 13, 0);
    QTest::addRow("24x7 over a weekend") << qint64(0) << utc(11, 21, 10, 0) << qint64(240) << utc(11, 21, 14, 0);
    // Shift 01:30-02:30 London wall time. Sat 28 Mar (GMT) 02:00-02:30 UTC is 30. Sun 29 Mar:
    // 01:30 falls in the gap (01:00 GMT jumps to 02:00 BST), so the shift starts at the jump,
    // 01:00 UTC, and ends at 02:30 BST = 01:30 UTC: 30, reached exactly at 01:30 UTC.
    QTest::addRow("shift starting in the spring gap") << qint64(LondonGapShift) << utc(3, 28, 2, 0) << qint64(60)
                                                      << utc(3, 29, 1, 30);
    // 30 Sat, 30 Sun, then Mon 30 Mar BST 01:30 = 00:30 UTC + 30
    QTest::addRow("past the spring gap") << qint64(LondonGapShift) << utc(3, 28, 2, 0) << qint64(90)
                                         << utc(3, 30, 1, 0);
    // Sat 24 Oct (BST) shift is 00:30-01:30 UTC, already over at 02:00. Sun 25 Oct: 01:30
    // happens twice; the shift starts at the first (BST, 00:30 UTC) and ends at 02:30 GMT =
    // 02:30 UTC: 120 real minutes.
    QTest::addRow("shift over the autumn overlap") << qint64(LondonGapShift) << utc(10, 24, 2, 0) << qint64(120)
                                                   << utc(10, 25, 2, 30);
    // 120 Sun, then Mon 26 Oct GMT 01:30 + 30
    QTest::addRow("past the autumn overlap") << qint64(LondonGapShift) << utc(10, 24, 2, 0) << qint64(150)
                                             << utc(10, 26, 2, 0);
}

void SlaTest::addBusinessMinutes()
{
    QFETCH(qint64, calendar);
    QFETCH(QDateTime, from);
    QFETCH(qint64, minutes);
    QFETCH(QDateTime, expected);
    QCOMPARE(calendarById(calendar).addBusinessMinutes(from, minutes), expected);
}

void SlaTest::businessMinutesBetween_data()
{
    QTest::addColumn<qint64>("calendar");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("a working week") << qint64(London) << utc(11, 16, 8, 0) << utc(11, 23, 8, 0) << qint64(5 * 450);
    // Fri 17:00-17:30 is 30, Mon 09:00-10:00 is 60
    QTest::addRow("over a weekend") << qint64(London) << utc(11, 20, 17, 0) << utc(11, 23, 10, 0) << qint64(90);
    QTest::addRow("inside lunch") << qint64(London) << utc(11, 16, 12, 45) << utc(11, 16, 13, 15) << qint64(0);
    QTest::addRow("backwards") << qint64(London) << utc(11, 17, 10, 0) << utc(11, 16, 10, 0) << qint64(0);
    QTest::addRow("Christmas Eve half day") << qint64(London) << utc(12, 24, 0, 0) << utc(12, 25, 0, 0)
                                            << qint64(240);
    // Wed 23 Dec 450; Thu 240; Fri-Mon closed; Tue 29 450
    QTest::addRow("Christmas week") << qint64(London) << utc(12, 23, 0, 0) << utc(12, 30, 0, 0)
                                    << qint64(450 + 240 + 450);
    // Sat 28 Mar 00:00 GMT (00:00 UTC) to Mon 30 Mar 00:00 BST (Sun 23:00 UTC): 24 h + 23 h
    QTest::addRow("London's short day") << qint64(LondonAllDay) << utc(3, 28, 0, 0) << utc(3, 29, 23, 0)
                                        << qint64(47 * 60);
    // Sat 24 Oct 00:00 BST (Fri 23:00 UTC) to Mon 26 Oct 00:00 GMT (00:00 UTC): 24 h + 25 h
    QTest::addRow("London's long day") << qint64(LondonAllDay) << utc(10, 23, 23, 0) << utc(10, 26, 0, 0)
                                       << qint64(49 * 60);
    // Sat 7 Mar 00:00 EST (05:00 UTC) to Mon 9 Mar 00:00 EDT (04:00 UTC): 24 h + 23 h
    QTest::addRow("New York's short day") << qint64(NewYorkAllDay) << utc(3, 7, 5, 0) << utc(3, 9, 4, 0)
                                          << qint64(47 * 60);
    // Sat 31 Oct 00:00 EDT (04:00 UTC) to Mon 2 Nov 00:00 EST (05:00 UTC): 24 h + 25 h
    QTest::addRow("New York's long day") << qint64(NewYorkAllDay) << utc(10, 31, 4, 0) << utc(11, 2, 5, 0)
                                         << qint64(49 * 60);
    // Sun 29 Mar: the shift is 01:00-01:30 UTC (see addBusinessMinutes)
    QTest::addRow("shift in the spring gap") << qint64(LondonGapShift) << utc(3, 29, 0, 0) << utc(3, 29, 3, 0)
                                             << qint64(30);
    // Sun 25 Oct: the shift is 00:30-02:30 UTC
    QTest::addRow("shift over the autumn overlap") << qint64(LondonGapShift) << utc(10, 24, 23, 0)
                                                   << utc(10, 25, 4, 0) << qint64(120);
    QTest::addRow("24x7") << qint64(0) << utc(11, 20, 17, 0) << utc(11, 23, 10, 0) << qint64(65 * 60);
}

void SlaTest::businessMinutesBetween()
{
    QFETCH(qint64, calendar);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, expected);
    QCOMPARE(calendarById(calendar).businessMinutesBetween(from, to), expected);
}

void SlaTest::isWorkingAtAndNextWorkingInstant_data()
{
    QTest::addColumn<qint64>("calendar");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QDateTime>("next");

    QTest::addRow("opening is working") << qint64(London) << utc(11, 16, 9, 0) << true << utc(11, 16, 9, 0);
    QTest::addRow("lunch") << qint64(London) << utc(11, 16, 12, 45) << false << utc(11, 16, 13, 30);
    QTest::addRow("closing is not working") << qint64(London) << utc(11, 16, 17, 30) << false << utc(11, 17, 9, 0);
    QTest::addRow("Saturday") << qint64(London) << utc(11, 21, 12, 0) << false << utc(11, 23, 9, 0);
    QTest::addRow("Christmas Eve afternoon") << qint64(London) << utc(12, 24, 13, 30) << false << utc(12, 29, 9, 0);
    // BST: 09:00 local is 08:00 UTC
    QTest::addRow("London summer opening") << qint64(London) << utc(7, 6, 8, 0) << true << utc(7, 6, 8, 0);
    QTest::addRow("London summer before opening") << qint64(London) << utc(7, 6, 7, 59) << false << utc(7, 6, 8, 0);
    // Mon 9 Mar EDT: 08:00 local is 12:00 UTC; Fri 6 Mar EST: 08:00 local is 13:00 UTC
    QTest::addRow("New York after spring forward") << qint64(NewYork) << utc(3, 9, 12, 0) << true << utc(3, 9, 12, 0);
    QTest::addRow("New York before spring forward") << qint64(NewYork) << utc(3, 6, 12, 0) << false
                                                    << utc(3, 6, 13, 0);
    QTest::addRow("24x7") << qint64(0) << utc(11, 21, 3, 0) << true << utc(11, 21, 3, 0);
}

void SlaTest::isWorkingAtAndNextWorkingInstant()
{
    QFETCH(qint64, calendar);
    QFETCH(QDateTime, instant);
    QFETCH(bool, working);
    QFETCH(QDateTime, next);
    const BusinessCalendar desk = calendarById(calendar);
    QCOMPARE(desk.isWorkingAt(instant), working);
    QCOMPARE(desk.nextWorkingInstant(instant), next);
}

// Adding what lies between two instants lands on the second one, for every pair of hours
// over a year that crosses both DST changes: the two functions agree with each other.
void SlaTest::addThenBetween_roundTripsOverAYear()
{
    for (qint64 id : {qint64(London), qint64(NewYork), qint64(LondonGapShift)}) {
        const BusinessCalendar desk = calendarById(id);
        const QDateTime from = utc(1, 5, 10, 0);
        for (QDateTime to = from; to < utc(12, 31, 0, 0); to = to.addSecs(7 * 3600 + 17 * 60)) {
            const qint64 seconds = desk.businessSecondsBetween(from, to);
            const QDateTime reached = desk.addBusinessSeconds(from, seconds);
            // `to` may be closed: then the sum is reached at the end of the last interval before it
            QVERIFY2(desk.businessSecondsBetween(reached, to) == 0 && reached <= to,
                     qPrintable(u"%1: %2"_s.arg(desk.name(), to.toString(Qt::ISODate))));
            // inside an interval (not at its opening, which the previous closing equals) it is `to`
            if (desk.isWorkingAt(to) && desk.isWorkingAt(to.addSecs(-1)))
                QCOMPARE(reached, to);
        }
    }
}

void SlaTest::calendarThatNeverOpens_givesNoInstant()
{
    const BusinessCalendar closed(9, u"Closed"_s, QTimeZone("Europe/London"), {});
    QVERIFY(!closed.opensAtAll());
    QVERIFY(!closed.isWorkingAt(utc(11, 16, 10, 0)));
    QVERIFY(!closed.nextWorkingInstant(utc(11, 16, 10, 0)).isValid());
    QVERIFY(!closed.addBusinessMinutes(utc(11, 16, 10, 0), 1).isValid());
    QCOMPARE(closed.businessMinutesBetween(utc(11, 16, 10, 0), utc(12, 16, 10, 0)), 0);
}

void SlaTest::checkWorkingDay_data()
{
    QTest::addColumn<WorkingDay>("day");
    QTest::addColumn<QString>("expected");
    QTest::addRow("closed") << WorkingDay{} << QString();
    QTest::addRow("split day") << WorkingDay{hours(9, 0, 12, 30), hours(13, 30, 17, 30)} << QString();
    QTest::addRow("to midnight") << WorkingDay{hours(18, 0, 24, 0)} << QString();
    QTest::addRow("past midnight") << WorkingDay{hours(18, 0, 24, 1)} << u"out_of_range"_s;
    QTest::addRow("empty interval") << WorkingDay{hours(9, 0, 9, 0)} << u"empty_interval"_s;
    QTest::addRow("overlap") << WorkingDay{hours(9, 0, 13, 0), hours(12, 0, 17, 0)} << u"overlap"_s;
    QTest::addRow("unsorted") << WorkingDay{hours(13, 0, 17, 0), hours(9, 0, 12, 0)} << u"overlap"_s;
}

void SlaTest::checkWorkingDay()
{
    QFETCH(WorkingDay, day);
    QFETCH(QString, expected);
    QCOMPARE(Helpline::checkWorkingDay(day), expected);
}
