// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaTest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace SlaFixtures {

namespace {

std::array<WorkingDay, 7> weekdays(const WorkingDay &day)
{
    return {day, day, day, day, day, {}, {}};
}

std::array<WorkingDay, 7> everyDay(const WorkingDay &day)
{
    return {day, day, day, day, day, day, day};
}

} // namespace

BusinessCalendar londonDesk()
{
    return BusinessCalendar(London, u"London desk"_s, QTimeZone("Europe/London"),
                            weekdays({hours(9, 0, 12, 30), hours(13, 30, 17, 30)}),
                            {Holiday{QDate(2026, 12, 24), u"Christmas Eve"_s, {hours(9, 0, 13, 0)}},
                             Holiday{QDate(2026, 12, 25), u"Christmas Day"_s, {}},
                             Holiday{QDate(2026, 12, 28), u"Boxing Day (substitute day)"_s, {}}});
}

BusinessCalendar newYorkDesk()
{
    return BusinessCalendar(NewYork, u"New York desk"_s, QTimeZone("America/New_York"),
                            weekdays({hours(8, 0, 18, 0)}),
                            {Holiday{QDate(2026, 11, 26), u"Thanksgiving"_s, {}}});
}

BusinessCalendar puneDesk()
{
    return BusinessCalendar(Pune, u"Pune desk"_s, QTimeZone("Asia/Kolkata"), weekdays({hours(9, 30, 18, 30)}));
}

BusinessCalendar londonAllDay()
{
    return BusinessCalendar(LondonAllDay, u"London, every hour of the wall clock"_s, QTimeZone("Europe/London"),
                            everyDay({hours(0, 0, 24, 0)}));
}

BusinessCalendar newYorkAllDay()
{
    return BusinessCalendar(NewYorkAllDay, u"New York, every hour of the wall clock"_s,
                            QTimeZone("America/New_York"), everyDay({hours(0, 0, 24, 0)}));
}

BusinessCalendar londonGapShift()
{
    return BusinessCalendar(LondonGapShift, u"London night shift"_s, QTimeZone("Europe/London"),
                            everyDay({hours(1, 30, 2, 30)}));
}

BusinessCalendar calendarById(qint64 id)
{
    switch (id) {
    case London:
        return londonDesk();
    case NewYork:
        return newYorkDesk();
    case Pune:
        return puneDesk();
    case LondonAllDay:
        return londonAllDay();
    case LondonGapShift:
        return londonGapShift();
    case NewYorkAllDay:
        return newYorkAllDay();
    }
    return BusinessCalendar::twentyFourSeven();
}

SlaPolicyVersion deskPolicy()
{
    SlaPolicyVersion policy;
    policy.policyId = 1;
    policy.number = 1;
    policy.effectiveFrom = utc(1, 1, 0, 0);
    policy.rules = {
        SlaRule{Priority::P1, {}, SlaTargets{15, 240, std::nullopt}},
        SlaRule{Priority::P2, {}, SlaTargets{30, 480, London}},
        SlaRule{Priority::P3, {}, SlaTargets{60, 900, London}},
        SlaRule{Priority::P4, {}, SlaTargets{240, 2250, London}},
        SlaRule{Priority::P2, SlaScope{std::nullopt, {}, u"New York desk"_s}, SlaTargets{60, 600, NewYork}},
    };
    return policy;
}

SlaClock deskClock()
{
    return SlaClock(deskPolicy(), {{London, londonDesk()}, {NewYork, newYorkDesk()}});
}

} // namespace SlaFixtures

QTEST_GUILESS_MAIN(SlaTest)
