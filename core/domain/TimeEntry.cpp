// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeEntry.h"

#include "JsonFields.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QJsonObject TimeEntry::toJson() const
{
    return {
        {u"id"_s, id},
        {u"ticket_id"_s, ticketId},
        {u"analyst"_s, QJsonObject{{u"id"_s, analyst.id}, {u"name"_s, analyst.name}}},
        {u"minutes"_s, minutes},
        {u"note"_s, note},
        {u"worked_at"_s, toWireTime(workedAt)},
        {u"created_at"_s, toWireTime(createdAt)},
    };
}

std::optional<TimeEntry> TimeEntry::fromJson(const QJsonObject &json)
{
    TimeEntry entry;
    entry.id = json.value(u"id"_s).toInteger();
    entry.minutes = json.value(u"minutes"_s).toInt();
    if (entry.id <= 0 || entry.minutes < minutesMin || entry.minutes > minutesMax)
        return std::nullopt;
    entry.ticketId = json.value(u"ticket_id"_s).toInteger();
    const QJsonObject analyst = json.value(u"analyst"_s).toObject();
    entry.analyst = {analyst.value(u"id"_s).toInteger(), analyst.value(u"name"_s).toString()};
    entry.note = json.value(u"note"_s).toString();
    entry.workedAt = fromWireTime(json.value(u"worked_at"_s).toString());
    entry.createdAt = fromWireTime(json.value(u"created_at"_s).toString());
    return entry;
}

std::optional<NewTimeEntry> parseNewTimeEntry(const QJsonObject &json, const QDateTime &now, FieldErrors &errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != u"minutes"_s && it.key() != u"note"_s && it.key() != u"worked_at"_s)
            errors.insert(it.key(), u"unknown_field"_s);
    }
    NewTimeEntry entry;
    const QJsonValue minutes = json.value(u"minutes"_s);
    const double number = minutes.toDouble(-1);
    if (minutes.isUndefined() || minutes.isNull())
        errors.insert(u"minutes"_s, u"required"_s);
    // Range first: casting a huge double to int is undefined.
    else if (!minutes.isDouble() || number < TimeEntry::minutesMin || number > TimeEntry::minutesMax
             || number != static_cast<int>(number))
        errors.insert(u"minutes"_s, u"must_be_1_to_1440"_s);
    else
        entry.minutes = static_cast<int>(number);
    entry.note = readTextField(json, u"note"_s, TimeEntry::noteMax, false, errors);
    const QJsonValue workedAt = json.value(u"worked_at"_s);
    if (!workedAt.isUndefined() && !workedAt.isNull()) {
        const QDateTime time = workedAt.isString() ? QDateTime::fromString(workedAt.toString(), Qt::ISODateWithMs)
                                                   : QDateTime();
        // A time without an offset would be read as local time on the server: refuse it.
        const bool hasOffset = workedAt.toString().endsWith(u'Z')
            || workedAt.toString().contains(u'+') || workedAt.toString().lastIndexOf(u'-') > 10;
        if (!time.isValid() || !hasOffset)
            errors.insert(u"worked_at"_s, u"invalid"_s);
        else if (time.toUTC() > now.addSecs(5 * 60)) // a little clock skew is no future
            errors.insert(u"worked_at"_s, u"in_future"_s);
        else
            entry.workedAt = time.toUTC();
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return entry;
}

} // namespace Helpline
