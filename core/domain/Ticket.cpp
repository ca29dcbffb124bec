// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ticket.h"

#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

QString Ticket::numberFor(TicketType type, qint64 id)
{
    return u"%1-%2"_s.arg(ticketNumberPrefix(type)).arg(id, 6, 10, QLatin1Char('0'));
}

QString toWireTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromWireTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

namespace {
QJsonValue wireTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toWireTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

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

QJsonObject Ticket::toJson(Detail detail) const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"number"_s, number},
        {u"type"_s, ticketTypeName(type)},
        {u"title"_s, title},
        {u"status"_s, ticketStatusName(status)},
        {u"impact"_s, impact},
        {u"urgency"_s, urgency},
        {u"priority"_s, static_cast<int>(priority)},
        {u"requester"_s, QJsonObject{{u"name"_s, requester.name},
                                     {u"email"_s, requester.email},
                                     {u"person_id"_s, idOrNull(requester.personId)}}},
        {u"assignee"_s, assignee ? QJsonValue(QJsonObject{{u"id"_s, assignee->id}, {u"name"_s, assignee->name}})
                                 : QJsonValue(QJsonValue::Null)},
        {u"group"_s, group},
        {u"tier"_s, supportTierName(tier)},
        {u"category"_s, category},
        {u"subcategory"_s, subcategory},
        {u"location"_s, location},
        {u"channel"_s, contactChannelName(channel)},
        {u"priority_reason"_s, priorityReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(priorityReason)},
        {u"pending_reason"_s, pendingReason ? QJsonValue(pendingReasonName(*pendingReason)) : QJsonValue(QJsonValue::Null)},
        {u"reopen_count"_s, reopenCount},
        {u"escalation_count"_s, escalationCount},
        {u"reassignment_count"_s, reassignmentCount},
        {u"first_assignee_id"_s, idOrNull(firstAssigneeId)},
        {u"first_response_at"_s, wireTimeOrNull(firstResponseAt)},
        {u"resolved_at"_s, wireTimeOrNull(resolvedAt)},
        {u"first_contact_resolution"_s, firstContactResolution() ? QJsonValue(*firstContactResolution())
                                                                  : QJsonValue(QJsonValue::Null)},
        {u"created_at"_s, toWireTime(createdAt)},
        {u"updated_at"_s, toWireTime(updatedAt)},
        {u"version"_s, version},
        {u"watcher_count"_s, watcherCount},
        {u"watching"_s, watching},
    };
    if (detail == Detail::Full) {
        json.insert(u"description"_s, description);
        json.insert(u"resolution_code"_s, resolutionCode ? QJsonValue(resolutionCodeName(*resolutionCode))
                                                         : QJsonValue(QJsonValue::Null));
        json.insert(u"resolution_notes"_s, resolutionNotes);
    }
    return json;
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
