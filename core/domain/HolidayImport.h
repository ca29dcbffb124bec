// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BusinessCalendar.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Helpline {

// A holiday list read from a file, all or nothing: with any error there are no holidays, so
// a calendar never takes half a file. Errors are keyed by the 1-based line they start on
// (line 0: the file as a whole) with a code as in FieldErrors: "invalid_date",
// "duplicate_date", "missing_date", "too_many_fields", "not_all_day", "end_before_start",
// "too_long", "recurrence_unsupported", "unterminated_event", "empty".
struct HolidayImport
{
    static constexpr int maxDaysPerEvent = 31; // a longer "holiday" is a mistake in the file

    QList<Holiday> holidays; // sorted by date; empty when there are errors
    QMap<int, QString> errors;

    bool isValid() const { return errors.isEmpty(); }

    // CSV (comma, semicolon or tab): date[,name] per line, the date as YYYY-MM-DD; an optional
    // header line whose first field is "date". Blank lines are skipped.
    static HolidayImport fromCsv(QStringView text);
    // iCalendar (RFC 5545), as published holiday feeds write it: each VEVENT with
    // DTSTART;VALUE=DATE (a date, not a date-time), SUMMARY as the name and an optional
    // exclusive DTEND;VALUE=DATE for several days. Folded lines are unfolded; SUMMARY escapes
    // (\, \; \n) are read. A repeating event (RRULE) is refused rather than half-read.
    static HolidayImport fromICalendar(QStringView text);
};

} // namespace Helpline
