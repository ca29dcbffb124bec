// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ticket.h"

#include "JsonObjectBuilder.h"
#include "JsonTextWriter.h"

#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

QString Ticket::numberFor(TicketType type, qint64 id)
{
    return u"%1-%2"_s.arg(ticketNumberPrefix(type)).arg(id, 6, 10, QLatin1Char('0'));
}

QString toWireTime(const QDateTime &time)
{
    // Written by hand for the years a desk sees: QDateTime::toString was a large part of
    // serialising a queue page. Qt's own text for anything else (and an invalid time).
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    if (!utc.isValid() || date.year() < 1000 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const QTime clock = utc.time();
    char16_t text[24];
    const auto digits = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    digits(0, date.year(), 4);
    text[4] = u'-';
    digits(5, date.month(), 2);
    text[7] = u'-';
    digits(8, date.day(), 2);
    text[10] = u'T';
    digits(11, clock.hour(), 2);
    text[13] = u':';
    digits(14, clock.minute(), 2);
    text[16] = u':';
    digits(17, clock.second(), 2);
    text[19] = u'.';
    digits(20, clock.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QDateTime fromWireTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

namespace {
QDateTime optionalWireTime(const QJsonValue &value)
{
    return value.isString() ? fromWireTime(value.toString()) : QDateTime();
}

std::optional<qint64> optionalId(const QJsonValue &value)
{
    return value.isDouble() ? std::optional(value.toInteger()) : std::nullopt;
}
} // namespace

std::optional<bool> Ticket::firstContactResolution() const
{
    if (status != TicketStatus::Resolved && status != TicketStatus::Closed)
        return std::nullopt;
    return firstAssigneeId && assignee && assignee->id == *firstAssigneeId && escalationCount == 0
        && reassignmentCount == 0 && reopenCount == 0;
}

template <typename Writer>
void Ticket::writeJson(Writer &out, Detail detail, QStringView key) const
{
    const auto optionalId = [&out](QStringView name, const std::optional<qint64> &value) {
        if (value)
            out.field(name, *value);
        else
            out.nullField(name);
    };
    const auto optionalTime = [&out](QStringView name, const QDateTime &time) {
        if (time.isValid())
            out.field(name, toWireTime(time));
        else
            out.nullField(name);
    };
    const auto optionalText = [&out](QStringView name, const std::optional<QString> &text) {
        if (text)
            out.field(name, *text);
        else
            out.nullField(name);
    };

    out.beginObject(key);
    out.field(u"id", id);
    out.field(u"number", number);
    out.field(u"type", ticketTypeName(type));
    out.field(u"title", title);
    out.field(u"status", ticketStatusName(status));
    out.field(u"impact", impact);
    out.field(u"urgency", urgency);
    out.field(u"priority", static_cast<int>(priority));
    out.beginObject(u"requester");
    out.field(u"name", requester.name);
    out.field(u"email", requester.email);
    optionalId(u"person_id", requester.personId);
    out.endObject();
    if (assignee) {
        out.beginObject(u"assignee");
        out.field(u"id", assignee->id);
        out.field(u"name", assignee->name);
        out.endObject();
    } else {
        out.nullField(u"assignee");
    }
    out.field(u"group", group);
    out.field(u"tier", supportTierName(tier));
    out.field(u"category", category);
    out.field(u"subcategory", subcategory);
    out.field(u"location", location);
    out.field(u"channel", contactChannelName(channel));
    optionalText(u"priority_reason", priorityReason.isEmpty() ? std::nullopt : std::optional(priorityReason));
    optionalText(u"pending_reason", pendingReason ? std::optional(pendingReasonName(*pendingReason)) : std::nullopt);
    out.field(u"reopen_count", reopenCount);
    out.field(u"escalation_count", escalationCount);
    out.field(u"reassignment_count", reassignmentCount);
    optionalId(u"first_assignee_id", firstAssigneeId);
    optionalTime(u"first_response_at", firstResponseAt);
    optionalTime(u"resolved_at", resolvedAt);
    if (const auto fcr = firstContactResolution())
        out.field(u"first_contact_resolution", *fcr);
    else
        out.nullField(u"first_contact_resolution");
    out.field(u"created_at", toWireTime(createdAt));
    out.field(u"updated_at", toWireTime(updatedAt));
    out.field(u"version", version);
    out.field(u"watcher_count", watcherCount);
    out.field(u"watching", watching);
    if (detail == Detail::Full) {
        out.field(u"description", description);
        optionalText(u"resolution_code",
                     resolutionCode ? std::optional(resolutionCodeName(*resolutionCode)) : std::nullopt);
        out.field(u"resolution_notes", resolutionNotes);
    }
    out.endObject();
}

template void Ticket::writeJson(JsonTextWriter &, Detail, QStringView) const;
template void Ticket::writeJson(JsonObjectBuilder &, Detail, QStringView) const;

QJsonObject Ticket::toJson(Detail detail) const
{
    JsonObjectBuilder builder;
    writeJson(builder, detail);
    return builder.object();
}

std::optional<Ticket> Ticket::fromJson(const QJsonObject &json)
{
    Ticket ticket;
    ticket.id = json.value(u"id"_s).toInteger();
    ticket.number = json.value(u"number"_s).toString();
    const auto type = ticketTypeFromName(json.value(u"type"_s).toString());
    const auto status = ticketStatusFromName(json.value(u"status"_s).toString());
    const auto priority = priorityFromNumber(json.value(u"priority"_s).toInt());
    if (ticket.id <= 0 || !type || !status || !priority)
        return std::nullopt;
    ticket.type = *type;
    ticket.status = *status;
    ticket.priority = *priority;
    ticket.title = json.value(u"title"_s).toString();
    ticket.description = json.value(u"description"_s).toString();
    ticket.impact = json.value(u"impact"_s).toInt();
    ticket.urgency = json.value(u"urgency"_s).toInt();
    const QJsonObject requester = json.value(u"requester"_s).toObject();
    ticket.requester = {requester.value(u"name"_s).toString(), requester.value(u"email"_s).toString(),
                        optionalId(requester.value(u"person_id"_s))};
    const QJsonValue assignee = json.value(u"assignee"_s);
    if (assignee.isObject()) {
        const QJsonObject a = assignee.toObject();
        ticket.assignee = UserRef{a.value(u"id"_s).toInteger(), a.value(u"name"_s).toString()};
    }
    ticket.group = json.value(u"group"_s).toString();
    ticket.tier = supportTierFromName(json.value(u"tier"_s).toString()).value_or(SupportTier::L1);
    ticket.category = json.value(u"category"_s).toString();
    ticket.subcategory = json.value(u"subcategory"_s).toString();
    ticket.location = json.value(u"location"_s).toString();
    ticket.channel = contactChannelFromName(json.value(u"channel"_s).toString()).value_or(ContactChannel::Phone);
    ticket.priorityReason = json.value(u"priority_reason"_s).toString();
    ticket.pendingReason = pendingReasonFromName(json.value(u"pending_reason"_s).toString());
    ticket.resolutionCode = resolutionCodeFromName(json.value(u"resolution_code"_s).toString());
    ticket.resolutionNotes = json.value(u"resolution_notes"_s).toString();
    ticket.reopenCount = json.value(u"reopen_count"_s).toInt();
    ticket.escalationCount = json.value(u"escalation_count"_s).toInt();
    ticket.reassignmentCount = json.value(u"reassignment_count"_s).toInt();
    ticket.firstAssigneeId = optionalId(json.value(u"first_assignee_id"_s));
    ticket.firstResponseAt = optionalWireTime(json.value(u"first_response_at"_s));
    ticket.resolvedAt = optionalWireTime(json.value(u"resolved_at"_s));
    ticket.createdAt = fromWireTime(json.value(u"created_at"_s).toString());
    ticket.updatedAt = fromWireTime(json.value(u"updated_at"_s).toString());
    ticket.version = json.value(u"version"_s).toInt(1);
    ticket.watcherCount = json.value(u"watcher_count"_s).toInt();
    ticket.watching = json.value(u"watching"_s).toBool();
    return ticket;
}

} // namespace Helpline
