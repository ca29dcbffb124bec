// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaTest.h"

#include "HolidayImport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

// "2:invalid_date,5:duplicate_date": the errors of an import, in line order.
QString errorText(const HolidayImport &import)
{
    QStringList parts;
    for (auto it = import.errors.cbegin(); it != import.errors.cend(); ++it)
        parts.append(u"%1:%2"_s.arg(it.key()).arg(it.value()));
    return parts.join(u',');
}

} // namespace

void SlaTest::holidayCsv_goodFile_isRead()
{
    // A header, CRLF ends, a blank line, a quoted name with the delimiter, a date without a
    // name; out of date order on purpose.
    const HolidayImport import = HolidayImport::fromCsv(
        u"Date,Name\r\n2026-12-28,\"Boxing Day, substitute\"\r\n\r\n2026-12-25,Christmas Day\r\n2027-01-01\r\n"_s);
    QCOMPARE(errorText(import), QString());
    QVERIFY(import.isValid());
    const QList<Holiday> expected{Holiday{QDate(2026, 12, 25), u"Christmas Day"_s, {}},
                                  Holiday{QDate(2026, 12, 28), u"Boxing Day, substitute"_s, {}},
                                  Holiday{QDate(2027, 1, 1), QString(), {}}};
    QCOMPARE(import.holidays, expected);

    // A German spreadsheet writes semicolons; no header.
    const HolidayImport semicolons = HolidayImport::fromCsv(u"2026-05-25;Pfingstmontag\n2026-05-14;Himmelfahrt\n"_s);
    QCOMPARE(errorText(semicolons), QString());
    QCOMPARE(semicolons.holidays.size(), 2);
    QCOMPARE(semicolons.holidays.at(0).date, QDate(2026, 5, 14));
    QCOMPARE(semicolons.holidays.at(1).name, u"Pfingstmontag"_s);
}

void SlaTest::holidayCsv_badLines_areReportedAndNothingIsKept_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("errors");
    QTest::addRow("day first") << u"2026-12-25,Christmas\n25/12/2026,Boxing Day\n"_s << u"2:invalid_date"_s;
    QTest::addRow("no such day") << u"2026-02-30,Nope\n"_s << u"1:invalid_date"_s;
    QTest::addRow("date with time") << u"2026-12-25T00:00,Christmas\n"_s << u"1:invalid_date"_s;
    QTest::addRow("twice") << u"2026-12-25,Christmas\n2026-12-25,Again\n"_s << u"2:duplicate_date"_s;
    QTest::addRow("extra column") << u"date,name\n2026-12-25,Christmas,closed\n"_s << u"2:too_many_fields"_s;
    QTest::addRow("no date") << u"2026-12-25,Christmas\n,Nameless\n"_s << u"2:missing_date"_s;
    // every bad line is reported, not only the first
    QTest::addRow("several") << u"date,name\n2026-13-01,A\n2026-12-25,B\n2026-12-25,C\n"_s
                             << u"2:invalid_date,4:duplicate_date"_s;
    QTest::addRow("open quote") << u"2026-12-25,\"Christmas\n"_s << u"1:unterminated_quote"_s;
    QTest::addRow("empty file") << QString() << u"0:empty"_s;
    QTest::addRow("header only") << u"date,name\n"_s << u"0:empty"_s;
}

void SlaTest::holidayCsv_badLines_areReportedAndNothingIsKept()
{
    QFETCH(QString, csv);
    QFETCH(QString, errors);
    const HolidayImport import = HolidayImport::fromCsv(csv);
    QCOMPARE(errorText(import), errors);
    QVERIFY(!import.isValid());
    QVERIFY(import.holidays.isEmpty());
}

void SlaTest::holidayICalendar_goodFile_isRead()
{
    // As gov.uk and Google publish them: CRLF, a VTIMEZONE, folded SUMMARY lines (the
    // continuation's first space is dropped), escapes, a two-day event with an exclusive
    // DTEND, a DTSTART without VALUE=DATE but with a date value.
    const QString ics = u"BEGIN:VCALENDAR\r\n"
                        "VERSION:2.0\r\n"
                        "PRODID:-//Example//Holidays//EN\r\n"
                        "BEGIN:VTIMEZONE\r\n"
                        "TZID:Europe/London\r\n"
                        "END:VTIMEZONE\r\n"
                        "BEGIN:VEVENT\r\n"
                        "UID:1@example\r\n"
                        "DTSTART;VALUE=DATE:20261225\r\n"
                        "DTEND;VALUE=DATE:20261227\r\n"
                        "SUMMARY:Christmas Day and Boxing\r\n"
                        "  Day\r\n"
                        "END:VEVENT\r\n"
                        "BEGIN:VEVENT\r\n"
                        "DTSTART;VALUE=DATE:20260831\r\n"
                        "SUMMARY:Summer bank holiday\\, England\\; Wales\r\n"
                        "END:VEVENT\r\n"
                        "begin:vevent\r\n"
                        "dtstart:20270101\r\n"
                        "summary:New Year\\nDay\r\n"
                        "end:vevent\r\n"
                        "END:VCALENDAR\r\n"_s;
    const HolidayImport import = HolidayImport::fromICalendar(ics);
    QCOMPARE(errorText(import), QString());
    const QList<Holiday> expected{
        Holiday{QDate(2026, 8, 31), u"Summer bank holiday, England; Wales"_s, {}},
        Holiday{QDate(2026, 12, 25), u"Christmas Day and Boxing Day"_s, {}},
        Holiday{QDate(2026, 12, 26), u"Christmas Day and Boxing Day"_s, {}}, // DTEND 27th is exclusive
        Holiday{QDate(2027, 1, 1), u"New Year Day"_s, {}},
    };
    QCOMPARE(import.holidays, expected);
}

void SlaTest::holidayICalendar_badEvents_areReportedAndNothingIsKept_data()
{
    QTest::addColumn<QString>("ics");
    QTest::addColumn<QString>("errors");
    const QString good = u"BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nSUMMARY:Christmas\nEND:VEVENT\n"_s;
    // errors are reported on the line of the event's BEGIN (good takes lines 1-4)
    QTest::addRow("date-time")
        << good + u"BEGIN:VEVENT\nDTSTART:20261226T090000Z\nSUMMARY:Meeting\nEND:VEVENT\n"_s << u"5:not_all_day"_s;
    QTest::addRow("bad date") << good + u"BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261332\nEND:VEVENT\n"_s
                              << u"5:invalid_date"_s;
    QTest::addRow("no start") << good + u"BEGIN:VEVENT\nSUMMARY:When?\nEND:VEVENT\n"_s << u"5:missing_date"_s;
    QTest::addRow("end before start")
        << good + u"BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261231\nDTEND;VALUE=DATE:20261231\nEND:VEVENT\n"_s
        << u"5:end_before_start"_s;
    QTest::addRow("too long")
        << good + u"BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260701\nDTEND;VALUE=DATE:20260901\nEND:VEVENT\n"_s
        << u"5:too_long"_s;
    QTest::addRow("repeating")
        << good + u"BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY\nEND:VEVENT\n"_s
        << u"5:recurrence_unsupported"_s;
    QTest::addRow("same day twice") << good + good << u"5:duplicate_date"_s;
    // the continuation on line 3 completes line 2's DTSTART: 20261399, no such date
    QTest::addRow("folded bad date") << u"BEGIN:VEVENT\nDTSTART;VALUE=DATE:2026\n 1399\nEND:VEVENT\n"_s
                                     << u"1:invalid_date"_s;
    QTest::addRow("unterminated") << u"BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261224\n"_s + good
                                  << u"1:unterminated_event"_s;
    QTest::addRow("unterminated at the end") << good + u"BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261226\n"_s
                                             << u"5:unterminated_event"_s;
    QTest::addRow("no events") << u"BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"_s << u"0:empty"_s;
}

void SlaTest::holidayICalendar_badEvents_areReportedAndNothingIsKept()
{
    QFETCH(QString, ics);
    QFETCH(QString, errors);
    const HolidayImport import = HolidayImport::fromICalendar(ics);
    QCOMPARE(errorText(import), errors);
    QVERIFY(import.holidays.isEmpty());
}
