// SPDX-License-Identifier: GPL-3.0-or-later
// Time entries and the meter that suggests their minutes.
#include "DomainTest.h"

#include "Clock.h"
#include "TimeEntry.h"
#include "WorkedTimeMeter.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace std::chrono_literals;

namespace {
const QDateTime noon(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::UTC);

// Installs a clock for one test and removes it again, even when the test fails.
struct ScopedClock
{
    ManualClock clock{noon};
    ScopedClock() { Clock::install(&clock); }
    ~ScopedClock() { Clock::install(nullptr); }
};
} // namespace

void DomainTest::parseNewTimeEntry_valid_isRead()
{
    FieldErrors errors;
    const auto entry = parseNewTimeEntry({{u"minutes"_s, 25}, {u"note"_s, u" Remote session "_s},
                                          {u"worked_at"_s, u"2026-03-02T09:30:00.000+01:00"_s}},
                                         noon, errors);
    QVERIFY(entry);
    QCOMPARE(entry->minutes, 25);
    QCOMPARE(entry->note, u"Remote session"_s);
    QCOMPARE(entry->workedAt, QDateTime(QDate(2026, 3, 2), QTime(8, 30), QTimeZone::UTC));

    const auto minimal = parseNewTimeEntry({{u"minutes"_s, 1}}, noon, errors);
    QVERIFY(minimal);
    QVERIFY(!minimal->workedAt.isValid());
    QVERIFY(parseNewTimeEntry({{u"minutes"_s, 1440}}, noon, errors));
}

void DomainTest::parseNewTimeEntry_invalid_isReported_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addRow("missing minutes") << QJsonObject{} << u"minutes"_s << u"required"_s;
    QTest::addRow("zero") << QJsonObject{{u"minutes"_s, 0}} << u"minutes"_s << u"must_be_1_to_1440"_s;
    QTest::addRow("over a day") << QJsonObject{{u"minutes"_s, 1441}} << u"minutes"_s << u"must_be_1_to_1440"_s;
    QTest::addRow("fraction") << QJsonObject{{u"minutes"_s, 2.5}} << u"minutes"_s << u"must_be_1_to_1440"_s;
    QTest::addRow("text") << QJsonObject{{u"minutes"_s, u"30"_s}} << u"minutes"_s << u"must_be_1_to_1440"_s;
    QTest::addRow("huge") << QJsonObject{{u"minutes"_s, 1e300}} << u"minutes"_s << u"must_be_1_to_1440"_s;
    QTest::addRow("long note") << QJsonObject{{u"minutes"_s, 5}, {u"note"_s, QString(TimeEntry::noteMax + 1, u'n')}}
                               << u"note"_s << u"too_long"_s;
    QTest::addRow("bad time") << QJsonObject{{u"minutes"_s, 5}, {u"worked_at"_s, u"yesterday"_s}} << u"worked_at"_s
                              << u"invalid"_s;
    QTest::addRow("no offset") << QJsonObject{{u"minutes"_s, 5}, {u"worked_at"_s, u"2026-03-02T09:00:00"_s}}
                               << u"worked_at"_s << u"invalid"_s;
    QTest::addRow("future") << QJsonObject{{u"minutes"_s, 5}, {u"worked_at"_s, u"2026-03-02T13:00:00Z"_s}}
                            << u"worked_at"_s << u"in_future"_s;
    QTest::addRow("unknown") << QJsonObject{{u"minutes"_s, 5}, {u"analyst_id"_s, 2}} << u"analyst_id"_s
                             << u"unknown_field"_s;
}

void DomainTest::parseNewTimeEntry_invalid_isReported()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    FieldErrors errors;
    QVERIFY(!parseNewTimeEntry(body, noon, errors));
    QCOMPARE(errors.value(field), code);
}

void DomainTest::timeEntryJson_roundTrips()
{
    TimeEntry entry{5, 42, {3, u"Alex Morgan"_s}, 35, u"Remote session"_s, noon.addSecs(-3600), noon};
    const auto back = TimeEntry::fromJson(entry.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), entry.toJson());
}

void DomainTest::workedTimeMeter_countsFocusedActiveTimeOnly()
{
    ScopedClock scoped;
    ManualClock &clock = scoped.clock;
    WorkedTimeMeter meter(5min);
    meter.setTicket(7);
    clock.advance(10min); // shown, but the pane never had the focus
    QCOMPARE(meter.workedMinutes(7), 0);

    meter.setFocused(true); // coming into the pane is activity
    clock.advance(3min);
    meter.recordActivity();
    clock.advance(4min);
    meter.recordActivity();
    QCOMPARE(meter.workedMinutes(7), 7);
    clock.advance(20min); // away from the desk: only the idle allowance counts
    QCOMPARE(meter.workedMinutes(7), 12);
    meter.recordActivity(); // back: counting resumes from now, not from the last key
    clock.advance(2min);
    QCOMPARE(meter.workedMinutes(7), 14);

    meter.setFocused(false); // in the queue: nothing counts, however busy
    clock.advance(3min);
    meter.recordActivity();
    clock.advance(3min);
    QCOMPARE(meter.workedMinutes(7), 14);
}

void DomainTest::workedTimeMeter_keepsTicketsApartAndResets()
{
    ScopedClock scoped;
    ManualClock &clock = scoped.clock;
    WorkedTimeMeter meter(5min);
    meter.setFocused(true);
    meter.setTicket(1);
    clock.advance(2min);
    meter.recordActivity();
    meter.setTicket(2);
    clock.advance(1min);
    meter.recordActivity();
    clock.advance(30s);
    QCOMPARE(meter.workedMilliseconds(1), 120'000);
    QCOMPARE(meter.workedMilliseconds(2), 90'000);
    QCOMPARE(meter.workedMinutes(2), 2); // rounded to the nearest minute

    meter.reset(2);
    QCOMPARE(meter.workedMilliseconds(2), 0);
    clock.advance(1min);
    QCOMPARE(meter.workedMinutes(2), 1); // still working on it after logging
    QCOMPARE(meter.workedMinutes(1), 2);
    meter.setTicket(0);
    clock.advance(10min);
    QCOMPARE(meter.workedMinutes(2), 1);
}
