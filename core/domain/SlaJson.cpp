// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaJson.h"

#include "JsonFields.h"
#include "Ticket.h"
#include "WireNames.h"

#include <QJsonArray>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Helpline {

namespace {

constexpr qsizetype nameMax = 100;

constexpr std::pair<SlaClockState, const char *> clockStates[] = {
    {SlaClockState::Running, "running"},
    {SlaClockState::Paused, "paused"},
    {SlaClockState::Stopped, "stopped"},
};
constexpr std::pair<SlaStanding, const char *> standings[] = {
    {SlaStanding::OnTrack, "on_track"},
    {SlaStanding::AtRisk, "at_risk"},
    {SlaStanding::Breached, "breached"},
    {SlaStanding::Met, "met"},
};
constexpr std::pair<SlaPauseReason, const char *> pauseReasons[] = {
    {SlaPauseReason::AwaitingUser, "awaiting_user"},
    {SlaPauseReason::AwaitingVendor, "awaiting_vendor"},
};
constexpr std::pair<SlaStatus::Problem, const char *> problems[] = {
    {SlaStatus::Problem::NoRule, "no_rule"},
    {SlaStatus::Problem::UnknownCalendar, "unknown_calendar"},
};
const char *const weekdayNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toWireTime(time)) : QJsonValue(QJsonValue::Null);
}

template<typename T>
QJsonValue optionalOrNull(const std::optional<T> &value, QString (*name)(T))
{
    return value ? QJsonValue(name(*value)) : QJsonValue(QJsonValue::Null);
}

QString minuteText(int minuteOfDay)
{
    return u"%1:%2"_s.arg(minuteOfDay / 60, 2, 10, QChar(u'0')).arg(minuteOfDay % 60, 2, 10, QChar(u'0'));
}

// "HH:mm", 00:00-24:00.
std::optional<int> readMinute(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 5 || text.at(2) != u':')
        return std::nullopt;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = text.first(2).toInt(&hoursOk);
    const int minutes = text.sliced(3).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours < 0 || minutes < 0 || minutes > 59 || hours > 24
        || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

QJsonArray dayToJson(const WorkingDay &day)
{
    QJsonArray intervals;
    for (const WorkingInterval &interval : day) {
        intervals.append(QJsonObject{{u"from"_s, minuteText(interval.startMinute)},
                                     {u"to"_s, minuteText(interval.endMinute)}});
    }
    return intervals;
}

// A day's intervals under `path` ("week.monday", "holidays[2].hours").
WorkingDay readDay(const QJsonValue &value, const QString &path, FieldErrors &errors)
{
    WorkingDay day;
    if (value.isUndefined() || value.isNull())
        return day;
    if (!value.isArray()) {
        errors.insert(path, u"invalid"_s);
        return day;
    }
    const QJsonArray intervals = value.toArray();
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const QJsonObject interval = intervals.at(i).toObject();
        const std::optional<int> from = readMinute(interval.value(u"from"_s));
        const std::optional<int> to = readMinute(interval.value(u"to"_s));
        if (!from || !to) {
            errors.insert(u"%1[%2]"_s.arg(path).arg(i), u"invalid"_s);
            return day;
        }
        day.append(WorkingInterval{*from, *to});
    }
    const QString problem = checkWorkingDay(day);
    if (!problem.isEmpty())
        errors.insert(path, problem);
    return day;
}

// A whole number in [min, max], or nothing (and an error unless it may be absent).
std::optional<qint64> readInteger(const QJsonObject &json, const QString &field, const QString &path, qint64 min,
                                  qint64 max, bool required, FieldErrors &errors)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors.insert(path, u"required"_s);
        return std::nullopt;
    }
    const double number = value.toDouble(-1e300);
    // Range first: casting a huge double to an integer is undefined.
    if (!value.isDouble() || number < double(min) || number > double(max) || number != double(qint64(number))) {
        errors.insert(path, u"invalid"_s);
        return std::nullopt;
    }
    return qint64(number);
}

QString readText(const QJsonObject &json, const QString &field, const QString &path, FieldErrors &errors)
{
    FieldErrors own;
    const QString text = readTextField(json, field, nameMax, false, own);
    if (!own.isEmpty())
        errors.insert(path, own.first());
    return text;
}

QJsonObject measureToJson(const SlaMeasure &measure)
{
    return {
        {u"target_seconds"_s, measure.targetSeconds},
        {u"elapsed_seconds"_s, measure.elapsedSeconds},
        {u"remaining_seconds"_s, measure.remainingSeconds},
        {u"due"_s, timeOrNull(measure.due)},
        {u"state"_s, slaClockStateName(measure.state)},
        {u"state_since"_s, timeOrNull(measure.stateSince)},
        {u"pause_reason"_s, optionalOrNull(measure.pauseReason, &slaPauseReasonName)},
        {u"stopped_by"_s, optionalOrNull(measure.stoppedBy, &ticketStatusName)},
        {u"breached"_s, measure.breached},
        {u"breach_soon"_s, measure.breachSoon},
        {u"standing"_s, slaStandingName(measure.standing())},
    };
}

} // namespace

QString slaClockStateName(SlaClockState state)
{
    return wireName(clockStates, state);
}

QString slaStandingName(SlaStanding standing)
{
    return wireName(standings, standing);
}

QString slaPauseReasonName(SlaPauseReason reason)
{
    return wireName(pauseReasons, reason);
}

QJsonObject calendarToJson(const BusinessCalendar &calendar)
{
    QJsonObject week;
    for (int i = 0; i < 7; ++i)
        week.insert(QString::fromLatin1(weekdayNames[i]), dayToJson(calendar.week()[i]));
    QJsonArray holidays;
    for (const Holiday &holiday : calendar.holidays()) {
        holidays.append(QJsonObject{{u"date"_s, holiday.date.toString(Qt::ISODate)},
                                    {u"name"_s, holiday.name},
                                    {u"hours"_s, dayToJson(holiday.hours)}});
    }
    return {
        {u"id"_s, calendar.id()},
        {u"name"_s, calendar.name()},
        {u"time_zone"_s, QString::fromUtf8(calendar.timeZone().id())},
        {u"twenty_four_seven"_s, calendar.isTwentyFourSeven()},
        {u"week"_s, week},
        {u"holidays"_s, holidays},
    };
}

std::optional<BusinessCalendar> readCalendar(const QJsonObject &json, FieldErrors &errors)
{
    const qint64 id = readInteger(json, u"id"_s, u"id"_s, 0, std::numeric_limits<qint32>::max(), false, errors)
                          .value_or(0);
    const QString name = readTextField(json, u"name"_s, nameMax, true, errors);
    const QJsonValue allHours = json.value(u"twenty_four_seven"_s);
    if (!allHours.isUndefined() && !allHours.isBool())
        errors.insert(u"twenty_four_seven"_s, u"invalid"_s);
    if (allHours.toBool()) {
        if (!errors.isEmpty())
            return std::nullopt;
        return BusinessCalendar::twentyFourSeven(id, name);
    }

    const QJsonValue zoneValue = json.value(u"time_zone"_s);
    const QByteArray zoneId = zoneValue.toString().toUtf8();
    if (!zoneValue.isString() || zoneId.isEmpty())
        errors.insert(u"time_zone"_s, u"required"_s);
    else if (!QTimeZone::isTimeZoneIdAvailable(zoneId))
        errors.insert(u"time_zone"_s, u"unknown_time_zone"_s);

    std::array<WorkingDay, 7> week;
    const QJsonValue weekValue = json.value(u"week"_s);
    if (!weekValue.isObject()) {
        errors.insert(u"week"_s, u"required"_s);
    } else {
        const QJsonObject weekObject = weekValue.toObject();
        for (auto it = weekObject.begin(); it != weekObject.end(); ++it) {
            const auto *known = std::find_if(std::begin(weekdayNames), std::end(weekdayNames),
                                             [&](const char *day) { return it.key() == QLatin1StringView(day); });
            if (known == std::end(weekdayNames))
                errors.insert(u"week."_s + it.key(), u"unknown_field"_s);
        }
        int minutes = 0;
        for (int i = 0; i < 7; ++i) {
            const QString day = QString::fromLatin1(weekdayNames[i]);
            week[i] = readDay(weekObject.value(day), u"week."_s + day, errors);
            for (const WorkingInterval &interval : std::as_const(week[i]))
                minutes += interval.minutes();
        }
        if (minutes == 0 && !errors.contains(u"week"_s))
            errors.insert(u"week"_s, u"never_open"_s);
    }

    QList<Holiday> holidays;
    const QJsonValue holidaysValue = json.value(u"holidays"_s);
    if (!holidaysValue.isUndefined() && !holidaysValue.isArray())
        errors.insert(u"holidays"_s, u"invalid"_s);
    const QJsonArray holidayArray = holidaysValue.toArray();
    for (qsizetype i = 0; i < holidayArray.size(); ++i) {
        const QString path = u"holidays[%1]"_s.arg(i);
        const QJsonObject holiday = holidayArray.at(i).toObject();
        const QString dateText = holiday.value(u"date"_s).toString();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid() || dateText.size() != 10) {
            errors.insert(path + u".date"_s, u"invalid"_s);
            continue;
        }
        const bool duplicate = std::any_of(holidays.cbegin(), holidays.cend(),
                                           [&](const Holiday &seen) { return seen.date == date; });
        if (duplicate)
            errors.insert(path + u".date"_s, u"duplicate"_s);
        holidays.append(Holiday{date, readText(holiday, u"name"_s, path + u".name"_s, errors),
                                readDay(holiday.value(u"hours"_s), path + u".hours"_s, errors)});
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return BusinessCalendar(id, name, QTimeZone(zoneId), week, holidays);
}

QJsonObject policyVersionToJson(const SlaPolicyVersion &version)
{
    QJsonArray rules;
    for (const SlaRule &rule : version.rules) {
        rules.append(QJsonObject{
            {u"priority"_s, int(rule.priority)},
            {u"type"_s, optionalOrNull(rule.scope.type, &ticketTypeName)},
            {u"category"_s, rule.scope.category},
            {u"group"_s, rule.scope.group},
            {u"first_response_minutes"_s, rule.targets.firstResponseMinutes},
            {u"resolution_minutes"_s, rule.targets.resolutionMinutes},
            {u"calendar_id"_s, rule.targets.calendarId ? QJsonValue(*rule.targets.calendarId)
                                                       : QJsonValue(QJsonValue::Null)},
        });
    }
    return {
        {u"policy_id"_s, version.policyId},
        {u"version"_s, version.number},
        {u"effective_from"_s, timeOrNull(version.effectiveFrom)},
        {u"breach_soon_percent"_s, version.breachSoonPercent},
        {u"rules"_s, rules},
    };
}

std::optional<SlaPolicyVersion> readPolicyVersion(const QJsonObject &json, FieldErrors &errors)
{
    constexpr qint64 minutesMax = 366LL * 24 * 60;
    SlaPolicyVersion version;
    version.policyId = readInteger(json, u"policy_id"_s, u"policy_id"_s, 0, std::numeric_limits<qint32>::max(), false,
                                   errors)
                           .value_or(0);
    version.number = int(readInteger(json, u"version"_s, u"version"_s, 1, 1000000, false, errors).value_or(1));
    version.breachSoonPercent = int(readInteger(json, u"breach_soon_percent"_s, u"breach_soon_percent"_s, 0, 100,
                                                false, errors)
                                        .value_or(SlaPolicyVersion::defaultBreachSoonPercent));
    const QJsonValue effective = json.value(u"effective_from"_s);
    if (!effective.isUndefined() && !effective.isNull()) {
        version.effectiveFrom = fromWireTime(effective.toString());
        if (!version.effectiveFrom.isValid())
            errors.insert(u"effective_from"_s, u"invalid"_s);
    }
    const QJsonValue rulesValue = json.value(u"rules"_s);
    if (!rulesValue.isArray())
        errors.insert(u"rules"_s, u"required"_s);
    const QJsonArray rules = rulesValue.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString path = u"rules[%1]"_s.arg(i);
        const QJsonObject object = rules.at(i).toObject();
        SlaRule rule;
        rule.priority
            = Priority(readInteger(object, u"priority"_s, path + u".priority"_s, 1, 4, true, errors).value_or(4));
        const QJsonValue type = object.value(u"type"_s);
        if (!type.isUndefined() && !type.isNull()) {
            rule.scope.type = ticketTypeFromName(type.toString());
            if (!rule.scope.type)
                errors.insert(path + u".type"_s, u"invalid"_s);
        }
        rule.scope.category = readText(object, u"category"_s, path + u".category"_s, errors);
        rule.scope.group = readText(object, u"group"_s, path + u".group"_s, errors);
        rule.targets.firstResponseMinutes
            = readInteger(object, u"first_response_minutes"_s, path + u".first_response_minutes"_s, 1, minutesMax,
                          true, errors)
                  .value_or(1);
        rule.targets.resolutionMinutes = readInteger(object, u"resolution_minutes"_s, path + u".resolution_minutes"_s,
                                                     1, minutesMax, true, errors)
                                             .value_or(1);
        rule.targets.calendarId = readInteger(object, u"calendar_id"_s, path + u".calendar_id"_s, 1,
                                              std::numeric_limits<qint32>::max(), false, errors);
        version.rules.append(rule);
    }
    if (errors.isEmpty()) {
        const FieldErrors rulesErrors = version.validate();
        for (auto it = rulesErrors.cbegin(); it != rulesErrors.cend(); ++it)
            errors.insert(it.key(), it.value());
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return version;
}

QJsonObject historyToJson(const SlaTicketHistory &history)
{
    QJsonArray priorities;
    for (const SlaTicketHistory::PriorityChange &change : history.priorityChanges)
        priorities.append(QJsonObject{{u"at"_s, toWireTime(change.at)}, {u"priority"_s, int(change.priority)}});
    QJsonArray statuses;
    for (const SlaTicketHistory::StatusChange &change : history.statusChanges) {
        statuses.append(QJsonObject{{u"at"_s, toWireTime(change.at)},
                                    {u"status"_s, ticketStatusName(change.status)},
                                    {u"pending_reason"_s, optionalOrNull(change.pendingReason, &pendingReasonName)}});
    }
    return {
        {u"start"_s, toWireTime(history.start)},
        {u"priority"_s, int(history.priority)},
        {u"type"_s, ticketTypeName(history.type)},
        {u"category"_s, history.category},
        {u"group"_s, history.group},
        {u"first_response_at"_s, timeOrNull(history.firstResponseAt)},
        {u"priority_changes"_s, priorities},
        {u"status_changes"_s, statuses},
    };
}

std::optional<SlaTicketHistory> historyFromJson(const QJsonObject &json)
{
    SlaTicketHistory history;
    history.start = fromWireTime(json.value(u"start"_s).toString());
    const std::optional<Priority> priority = priorityFromNumber(json.value(u"priority"_s).toInt());
    const std::optional<TicketType> type = ticketTypeFromName(json.value(u"type"_s).toString());
    if (!history.start.isValid() || !priority || !type)
        return std::nullopt;
    history.priority = *priority;
    history.type = *type;
    history.category = json.value(u"category"_s).toString();
    history.group = json.value(u"group"_s).toString();
    history.firstResponseAt = fromWireTime(json.value(u"first_response_at"_s).toString());
    for (const QJsonValue &value : json.value(u"priority_changes"_s).toArray()) {
        const QDateTime at = fromWireTime(value[u"at"_s].toString());
        const std::optional<Priority> changed = priorityFromNumber(value[u"priority"_s].toInt());
        if (!at.isValid() || !changed)
            return std::nullopt;
        history.priorityChanges.append({at, *changed});
    }
    for (const QJsonValue &value : json.value(u"status_changes"_s).toArray()) {
        const QDateTime at = fromWireTime(value[u"at"_s].toString());
        const std::optional<TicketStatus> status = ticketStatusFromName(value[u"status"_s].toString());
        const QJsonValue reasonValue = value[u"pending_reason"_s];
        const std::optional<PendingReason> reason = pendingReasonFromName(reasonValue.toString());
        if (!at.isValid() || !status || (reasonValue.isString() && !reason))
            return std::nullopt;
        history.statusChanges.append({at, *status, reason});
    }
    // The clock reads the changes in time order; a stable sort keeps same-time changes as sent.
    std::stable_sort(history.priorityChanges.begin(), history.priorityChanges.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
    std::stable_sort(history.statusChanges.begin(), history.statusChanges.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
    return history;
}

QJsonObject statusToJson(const SlaStatus &status)
{
    QJsonArray pauses;
    for (const SlaPause &pause : status.pauses) {
        pauses.append(QJsonObject{{u"from"_s, toWireTime(pause.from)},
                                  {u"until"_s, timeOrNull(pause.until)},
                                  {u"reason"_s, slaPauseReasonName(pause.reason)},
                                  {u"business_seconds"_s, pause.businessSeconds}});
    }
    const QString problem = wireName(problems, status.problem);
    return {
        {u"problem"_s, problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem)},
        {u"priority"_s, int(status.priority)},
        {u"paused_seconds"_s, status.pausedSeconds},
        {u"first_response"_s, measureToJson(status.firstResponse)},
        {u"resolution"_s, measureToJson(status.resolution)},
        {u"pauses"_s, pauses},
    };
}

} // namespace Helpline
