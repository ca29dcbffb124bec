// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BusinessCalendar.h"
#include "SlaClock.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

// The SLA engine: business calendars, holiday imports, policies and the clock. Its own
// executable (tst_sla) so the tables stay together. Every expected value is worked out by
// hand in a comment next to it; all instants are written in UTC.
class SlaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // BusinessCalendarTests.cpp
    void addBusinessMinutes_data();
    void addBusinessMinutes();
    void businessMinutesBetween_data();
    void businessMinutesBetween();
    void isWorkingAtAndNextWorkingInstant_data();
    void isWorkingAtAndNextWorkingInstant();
    void addThenBetween_roundTripsOverAYear();
    void calendarThatNeverOpens_givesNoInstant();
    void checkWorkingDay_data();
    void checkWorkingDay();

    // HolidayImportTests.cpp
    void holidayCsv_goodFile_isRead();
    void holidayCsv_badLines_areReportedAndNothingIsKept_data();
    void holidayCsv_badLines_areReportedAndNothingIsKept();
    void holidayICalendar_goodFile_isRead();
    void holidayICalendar_badEvents_areReportedAndNothingIsKept_data();
    void holidayICalendar_badEvents_areReportedAndNothingIsKept();

    // SlaPolicyTests.cpp
    void policyRuleFor_mostSpecificWins_data();
    void policyRuleFor_mostSpecificWins();
    void policyValidate_data();
    void policyValidate();
    void policyVersions_ticketKeepsTheVersionItStartedWith();

    // SlaClockTests.cpp
    void resolutionClock_data();
    void resolutionClock();
    void firstResponseClock_data();
    void firstResponseClock();
    void pauses_areListedWithReasonsAndBusinessTime();
    void pause_ongoing_hasNoEndAndNoDue();
    void breachSoon_threshold_data();
    void breachSoon_threshold();
    void priorityChange_preview_isTheSameAsMakingTheChange();
    void clock_withoutRuleOrCalendar_saysWhy();

    // SlaJsonTests.cpp
    void slaJson_calendar_roundTrips();
    void slaJson_readCalendar_reportsEveryProblem_data();
    void slaJson_readCalendar_reportsEveryProblem();
    void slaJson_policyVersion_roundTrips();
    void slaJson_readPolicyVersion_reportsEveryProblem_data();
    void slaJson_readPolicyVersion_reportsEveryProblem();
    void slaJson_history_clientComputesWhatTheServerComputes();
    void slaJson_status_explainsAPause();
};

namespace SlaFixtures {

// 2026 in UTC, to the minute.
inline QDateTime utc(int month, int day, int hour, int minute, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::UTC);
}

inline Helpline::WorkingInterval hours(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return {fromHour * 60 + fromMinute, toHour * 60 + toMinute};
}

enum CalendarId : qint64 { London = 1, NewYork = 2, Pune = 3, LondonAllDay = 4, LondonGapShift = 5, NewYorkAllDay = 6 };

// Mon-Fri 09:00-12:30 and 13:30-17:30 (450 minutes a day). Christmas Eve is a half day
// 09:00-13:00 (240 minutes); Christmas Day and the Boxing Day substitute (Mon 28th) are closed.
Helpline::BusinessCalendar londonDesk();
// Mon-Fri 08:00-18:00 (600 minutes a day); Thanksgiving (Thu 26 Nov 2026) closed.
Helpline::BusinessCalendar newYorkDesk();
// Mon-Fri 09:30-18:30 (540 minutes a day), Asia/Kolkata (no DST).
Helpline::BusinessCalendar puneDesk();
// Every day 00:00-24:00 on London's wall clock: its days are 23 or 25 hours long at DST.
Helpline::BusinessCalendar londonAllDay();
Helpline::BusinessCalendar newYorkAllDay();
// Every day 01:30-02:30 on London's wall clock: inside the spring gap and the autumn overlap.
Helpline::BusinessCalendar londonGapShift();
Helpline::BusinessCalendar calendarById(qint64 id);

// P1 15 / 240 minutes 24×7; P2 30 / 480, P3 60 / 900, P4 240 / 2250 on the London desk;
// group "New York desk": P2 60 / 600 on the New York desk. Breach soon at 20 %.
Helpline::SlaPolicyVersion deskPolicy();
Helpline::SlaClock deskClock();

} // namespace SlaFixtures

Q_DECLARE_METATYPE(Helpline::SlaTicketHistory)
Q_DECLARE_METATYPE(Helpline::WorkingInterval)
Q_DECLARE_METATYPE(Helpline::SlaPolicyVersion)
