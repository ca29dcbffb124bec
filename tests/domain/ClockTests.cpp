// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "Clock.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;

void DomainTest::manualClock_standsStillUntilMoved()
{
    const QDateTime start(QDate(2001, 2, 3), QTime(4, 5, 6), QTimeZone::UTC);
    ManualClock clock(start);
    QCOMPARE(clock.now(), start);
    QTest::qWait(20);
    QCOMPARE(clock.now(), start);

    clock.advance(std::chrono::seconds(90));
    QCOMPARE(clock.now(), start.addSecs(90));
    clock.advance(std::chrono::hours(12));
    QCOMPARE(clock.now(), start.addSecs(90 + 12 * 3600));

    const QDateTime later(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::UTC);
    clock.set(later);
    QCOMPARE(clock.now(), later);
}

void DomainTest::clockInstall_replacesAndRestoresSystemClock()
{
    const QDateTime start(QDate(2001, 2, 3), QTime(4, 5, 6), QTimeZone::UTC);
    ManualClock clock(start);
    Clock::install(&clock);
    const QDateTime seen = Clock::current().now();
    clock.advance(std::chrono::seconds(5));
    const QDateTime moved = Clock::current().now();
    Clock::install(nullptr);

    QCOMPARE(seen, start);
    QCOMPARE(moved, start.addSecs(5));
    const QDateTime system = Clock::current().now();
    QVERIFY(qAbs(system.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(system.timeSpec(), Qt::UTC);
}
