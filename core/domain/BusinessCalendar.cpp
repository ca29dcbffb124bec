// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessCalendar.h"

#include <QTime>
#include <mutex>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Helpline {

namespace {

constexpr qint64 secondsPerDay = 86400;
constexpr qint64 julianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

// Each local day is converted from wall time to UTC once per calendar (the conversions
// through QTimeZone are the slow part); copies of a calendar share what was converted, and
// several threads may read one calendar.
struct BusinessCalendar::DayCache
{
    std::mutex mutex;
    std::unordered_map<qint64, std::unique_ptr<DaySpans>> days; // never erased: references stay valid
};

BusinessCalendar::BusinessCalendar() : m_cache(std::make_shared<DayCache>()) {}

BusinessCalendar::BusinessCalendar(qint64 id, QString name, QTimeZone zone, std::array<WorkingDay, 7> week,
                                   QList<Holiday> holidays)
    : m_id(id),
      m_name(std::move(name)),
      m_zone(std::move(zone)),
      m_week(std::move(week)),
      m_cache(std::make_shared<DayCache>())
{
    for (int i = 0; i < 7; ++i) {
        int minutes = 0;
        for (const WorkingInterval &interval : m_week[i])
            minutes += interval.minutes();
        m_weekdayMinutes[i] = minutes;
    }
    for (const Holiday &holiday : std::as_const(holidays))
        m_holidays.insert(holiday.date, holiday);
    if (m_zone.isValid())
        m_standardOffset = m_zone.standardTimeOffset(QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::UTC));
}

BusinessCalendar BusinessCalendar::twentyFourSeven(qint64 id, QString name)
{
    BusinessCalendar calendar;
    calendar.m_id = id;
    calendar.m_name = std::move(name);
    calendar.m_allHours = true;
    calendar.m_weekdayMinutes.fill(24 * 60);
    return calendar;
}

bool BusinessCalendar::opensAtAll() const
{
    if (m_allHours)
        return true;
    for (int minutes : m_weekdayMinutes) {
        if (minutes > 0)
            return true;
    }
    return false;
}

WorkingDay BusinessCalendar::hoursOn(QDate date) const
{
    if (m_allHours)
        return {WorkingInterval{0, 24 * 60}};
    const auto holiday = m_holidays.constFind(date);
    if (holiday != m_holidays.constEnd())
        return holiday->hours;
    return m_week[date.dayOfWeek() - 1];
}

// The first instant at which the zone's wall clock on `date` shows `minuteOfDay` or later
// (see the class comment for why).
qint64 BusinessCalendar::firstInstantShowing(QDate date, int minuteOfDay) const
{
    if (minuteOfDay >= 24 * 60)
        return firstInstantShowing(date.addDays(1), minuteOfDay - 24 * 60);
    const QTime wall(minuteOfDay / 60, minuteOfDay % 60);
    const QDateTime earliest(date, wall, m_zone, QDateTime::TransitionResolution::PreferBefore);
    if (earliest.isValid() && earliest.date() == date && earliest.time() == wall)
        return earliest.toSecsSinceEpoch();
    // A spring gap: read with the offset after the jump, the wall time lands before the jump;
    // the clocks show a later time from the jump on.
    const QDateTime beforeJump(date, wall, m_zone, QDateTime::TransitionResolution::RelativeToAfter);
    const QTimeZone::OffsetData jump = m_zone.nextTransition(beforeJump);
    return jump.atUtc.isValid() ? jump.atUtc.toSecsSinceEpoch() : beforeJump.toSecsSinceEpoch();
}

BusinessCalendar::DaySpans BusinessCalendar::computeDay(qint64 julianDay) const
{
    const QDate date = QDate::fromJulianDay(julianDay);
    DaySpans result;
    result.dayStart = firstInstantShowing(date, 0);
    result.dayEnd = firstInstantShowing(date.addDays(1), 0);
    for (const WorkingInterval &interval : hoursOn(date)) {
        qint64 start = firstInstantShowing(date, interval.startMinute);
        const qint64 end = interval.endMinute >= 24 * 60 ? result.dayEnd
                                                         : firstInstantShowing(date, interval.endMinute);
        if (!result.spans.isEmpty())
            start = std::max(start, result.spans.constLast().end);
        if (end > start) {
            result.spans.append(Span{start, end});
            result.total += end - start;
        }
    }
    return result;
}

const BusinessCalendar::DaySpans &BusinessCalendar::day(qint64 julianDay) const
{
    std::lock_guard lock(m_cache->mutex);
    auto &slot = m_cache->days[julianDay];
    if (!slot)
        slot = std::make_unique<DaySpans>(computeDay(julianDay));
    return *slot;
}

qint64 BusinessCalendar::julianDayOf(qint64 utc) const
{
    qint64 julianDay = floorDiv(utc + m_standardOffset, secondsPerDay) + julianDayOfEpoch;
    // The standard offset is right most of the time; a DST offset moves the date by one at most.
    for (int step = 0; step < 3; ++step) {
        const DaySpans &candidate = day(julianDay);
        if (utc < candidate.dayStart)
            --julianDay;
        else if (utc >= candidate.dayEnd)
            ++julianDay;
        else
            break;
    }
    return julianDay;
}

bool BusinessCalendar::isWorkingAt(const QDateTime &instant) const
{
    if (m_allHours)
        return true;
    const qint64 utc = instant.toSecsSinceEpoch();
    for (const Span &span : day(julianDayOf(utc)).spans) {
        if (span.start <= utc && utc < span.end)
            return true;
    }
    return false;
}

QDateTime BusinessCalendar::nextWorkingInstant(const QDateTime &instant) const
{
    if (m_allHours)
        return instant;
    const qint64 utc = instant.toSecsSinceEpoch();
    qint64 julianDay = julianDayOf(utc);
    for (int n = 0; n <= maxSearchDays; ++n, ++julianDay) {
        for (const Span &span : day(julianDay).spans) {
            if (span.end > utc)
                return span.start <= utc ? instant : QDateTime::fromSecsSinceEpoch(span.start, QTimeZone::UTC);
        }
    }
    return {};
}

std::optional<qint64> BusinessCalendar::addBusinessSeconds(qint64 fromUtc, qint64 seconds) const
{
    if (seconds <= 0 || m_allHours)
        return fromUtc + std::max<qint64>(seconds, 0);
    qint64 left = seconds;
    qint64 julianDay = julianDayOf(fromUtc);
    for (int n = 0; n <= maxSearchDays; ++n, ++julianDay) {
        const DaySpans &today = day(julianDay);
        const bool wholeDayAhead = today.spans.isEmpty() || fromUtc <= today.spans.constFirst().start;
        if (wholeDayAhead && left > today.total) {
            left -= today.total; // the whole-day jump
            continue;
        }
        for (const Span &span : today.spans) {
            if (span.end <= fromUtc)
                continue;
            const qint64 start = std::max(span.start, fromUtc);
            const qint64 available = span.end - start;
            if (left <= available)
                return start + left;
            left -= available;
        }
    }
    return std::nullopt;
}

QDateTime BusinessCalendar::addBusinessSeconds(const QDateTime &from, qint64 seconds) const
{
    if (seconds <= 0)
        return from;
    const std::optional<qint64> due = addBusinessSeconds(from.toSecsSinceEpoch(), seconds);
    return due ? QDateTime::fromSecsSinceEpoch(*due, QTimeZone::UTC) : QDateTime();
}

qint64 BusinessCalendar::businessSecondsBetween(qint64 fromUtc, qint64 toUtc) const
{
    if (toUtc <= fromUtc)
        return 0;
    if (m_allHours)
        return toUtc - fromUtc;
    qint64 sum = 0;
    const qint64 lastDay = julianDayOf(toUtc);
    for (qint64 julianDay = julianDayOf(fromUtc); julianDay <= lastDay; ++julianDay) {
        const DaySpans &today = day(julianDay);
        if (fromUtc <= today.dayStart && today.dayEnd <= toUtc) {
            sum += today.total;
            continue;
        }
        for (const Span &span : today.spans) {
            const qint64 start = std::max(span.start, fromUtc);
            const qint64 end = std::min(span.end, toUtc);
            if (end > start)
                sum += end - start;
        }
    }
    return sum;
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    return businessSecondsBetween(from.toSecsSinceEpoch(), to.toSecsSinceEpoch());
}

QString checkWorkingDay(const WorkingDay &day)
{
    int previousEnd = 0;
    for (const WorkingInterval &interval : day) {
        if (interval.startMinute < 0 || interval.endMinute > 24 * 60)
            return u"out_of_range"_s;
        if (interval.endMinute <= interval.startMinute)
            return u"empty_interval"_s;
        if (interval.startMinute < previousEnd)
            return u"overlap"_s;
        previousEnd = interval.endMinute;
    }
    return {};
}

} // namespace Helpline
