// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <array>
#include <memory>
#include <optional>

namespace Helpline {

// A stretch of one day's wall-clock time, in minutes after local midnight: [start, end).
// end may be 1440 (midnight at the end of the day).
struct WorkingInterval
{
    int startMinute = 0;
    int endMinute = 0;

    int minutes() const { return endMinute - startMinute; }
    friend bool operator==(const WorkingInterval &, const WorkingInterval &) = default;
};

// One day's working hours: sorted, non-overlapping intervals; empty = closed.
using WorkingDay = QList<WorkingInterval>;

// A date the desk does not work its usual hours: closed all day (no hours), or a half day
// with hours of its own (e.g. Christmas Eve 09:00-13:00).
struct Holiday
{
    QDate date;
    QString name;
    WorkingDay hours; // empty: closed all day

    friend bool operator==(const Holiday &, const Holiday &) = default;
};

// When a desk works: an IANA time zone, working hours per weekday (several intervals a day if
// it closes for lunch), holidays, or 24×7. Counts business time between instants and adds it
// to an instant, exactly, across DST changes.
//
// Working hours are wall-clock hours: 09:00-17:30 is 09:00-17:30 on the clocks of the desk's
// zone whatever the offset that day. A boundary of an interval is the first instant at which
// the wall clock shows that time or later:
// - in an autumn overlap (a wall time that happens twice) it is the first occurrence, so a
//   shift 00:00-03:00 on the night the clocks go back lasts four real hours;
// - in a spring gap (a wall time that never happens) it is the moment the clocks jump, so a
//   shift 01:30-03:00 in London on the night the clocks go forward lasts one real hour
//   (02:00-03:00 BST); the wall times that do not exist are not worked.
// Business time is real elapsed time inside working intervals, in seconds.
//
// Fast: each local day's intervals are turned into UTC instants once and kept (shared by
// copies of the calendar, thread-safe), and whole days are skipped by their total.
class BusinessCalendar
{
public:
    static constexpr int maxSearchDays = 3 * 366; // a calendar that never opens gives up here

    BusinessCalendar(); // closed, UTC; assign one of the factories below
    // Working hours per weekday: index 0 = Monday … 6 = Sunday.
    BusinessCalendar(qint64 id, QString name, QTimeZone zone, std::array<WorkingDay, 7> week,
                     QList<Holiday> holidays = {});
    // Every second counts: no zone, no hours, no holidays (e.g. P1 incidents).
    static BusinessCalendar twentyFourSeven(qint64 id = 0, QString name = {});

    qint64 id() const { return m_id; }
    QString name() const { return m_name; }
    QTimeZone timeZone() const { return m_zone; }
    bool isTwentyFourSeven() const { return m_allHours; }
    const std::array<WorkingDay, 7> &week() const { return m_week; }
    QList<Holiday> holidays() const { return m_holidays.values(); }
    // Minutes of a usual (non-holiday) weekday, 1 = Monday … 7 = Sunday.
    int weekdayMinutes(int dayOfWeek) const { return m_weekdayMinutes[dayOfWeek - 1]; }
    // True when the week has working hours at all (or the calendar is 24×7).
    bool opensAtAll() const;

    // The hours of one local date: the holiday's if it is one, else its weekday's.
    WorkingDay hoursOn(QDate date) const;

    bool isWorkingAt(const QDateTime &instant) const;
    // `instant` itself when working then, else the start of the next working interval;
    // invalid when the calendar does not open within maxSearchDays.
    QDateTime nextWorkingInstant(const QDateTime &instant) const;

    // The instant at which `seconds` of business time have passed after `from`. From a
    // closed time the count starts when the desk opens. 0 seconds gives `from` itself.
    // Invalid when the calendar does not open within maxSearchDays.
    QDateTime addBusinessSeconds(const QDateTime &from, qint64 seconds) const;
    QDateTime addBusinessMinutes(const QDateTime &from, qint64 minutes) const
    {
        return addBusinessSeconds(from, minutes * 60);
    }
    // Business seconds in [from, to); 0 when to is not after from.
    qint64 businessSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    qint64 businessMinutesBetween(const QDateTime &from, const QDateTime &to) const
    {
        return businessSecondsBetween(from, to) / 60;
    }

    // The same in seconds since the epoch (UTC), for callers that walk many tickets.
    std::optional<qint64> addBusinessSeconds(qint64 fromUtc, qint64 seconds) const; // none: never opens
    qint64 businessSecondsBetween(qint64 fromUtc, qint64 toUtc) const;

private:
    // One local day's working intervals as UTC instants (seconds since the epoch).
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    struct DaySpans
    {
        qint64 dayStart = 0; // local midnight, UTC seconds
        qint64 dayEnd = 0;   // the next local midnight
        qint64 total = 0;    // business seconds in the day
        QList<Span> spans;
    };
    struct DayCache;
    const DaySpans &day(qint64 julianDay) const;
    qint64 julianDayOf(qint64 utc) const;
    qint64 firstInstantShowing(QDate date, int minuteOfDay) const;
    DaySpans computeDay(qint64 julianDay) const;

    qint64 m_id = 0;
    QString m_name;
    QTimeZone m_zone = QTimeZone::UTC;
    bool m_allHours = false;
    std::array<WorkingDay, 7> m_week;
    std::array<int, 7> m_weekdayMinutes{};
    QMap<QDate, Holiday> m_holidays;
    int m_standardOffset = 0; // seconds east of UTC, to guess the local date of an instant
    std::shared_ptr<DayCache> m_cache;
};

// Checks one weekday's or holiday's hours: each interval inside 00:00-24:00, start before
// end, sorted, not overlapping. Returns the first problem ("out_of_range", "empty_interval",
// "overlap") or an empty string.
QString checkWorkingDay(const WorkingDay &day);

} // namespace Helpline
