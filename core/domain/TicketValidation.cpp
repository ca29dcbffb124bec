// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketValidation.h"

#include "JsonFields.h"

#include <QRegularExpression>

namespace Helpline {

using namespace Qt::StringLiterals;


bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text).hasMatch();
}

std::optional<PriorityOverride> readPriorityOverride(const QJsonObject &json, bool overridden,
                                                     std::optional<Priority> current, FieldErrors &errors)
{
    const QJsonValue priority = json.value(u"priority"_s);
    const QJsonValue reasonValue = json.value(u"priority_reason"_s);
    const bool reasonGiven = !reasonValue.isUndefined() && !reasonValue.isNull();
    if (priority.isUndefined() && !reasonGiven)
        return std::nullopt;
    if (priority.isNull() && !priority.isUndefined())
        return PriorityOverride{}; // back to the matrix; a reason for nothing is dropped

    PriorityOverride result;
    result.reason = readTextField(json, u"priority_reason"_s, TicketLimits::reasonMax, false, errors);
    if (priority.isUndefined()) {
        if (!overridden) {
            if (!result.reason.isEmpty())
                errors.insert(u"priority"_s, u"required"_s);
            return std::nullopt; // an empty reason beside no override changes nothing
        }
        result.priority = current;
    } else {
        result.priority = priority.isDouble() && priority.toDouble() == priority.toInt()
                              ? priorityFromNumber(priority.toInt(0))
                              : std::nullopt;
        if (!result.priority)
            errors.insert(u"priority"_s, u"invalid"_s);
    }
    if (result.priority && result.reason.isEmpty() && !errors.contains(u"priority_reason"_s))
        errors.insert(u"priority_reason"_s, u"required"_s);
    return result;
}

std::optional<NewTicket> parseNewTicket(const QJsonObject &json, FieldErrors &errors)
{
    NewTicket ticket;
    const QJsonValue type = json.value(u"type"_s);
    if (type.isUndefined()) {
        ticket.type = TicketType::Incident;
    } else if (const auto parsed = ticketTypeFromName(type.toString())) {
        ticket.type = *parsed;
    } else {
        errors.insert(u"type"_s, u"invalid"_s);
    }
    ticket.title = readTextField(json, u"title"_s, TicketLimits::titleMax, true, errors);
    ticket.description = readTextField(json, u"description"_s, TicketLimits::descriptionMax, false, errors);
    ticket.impact = readLevelField(json, u"impact"_s, 3, errors);
    ticket.urgency = readLevelField(json, u"urgency"_s, 3, errors);

    const QJsonObject requester = json.value(u"requester"_s).toObject();
    if (!json.value(u"requester"_s).isObject()) {
        errors.insert(u"requester"_s, u"required"_s);
    } else {
        FieldErrors requesterErrors;
        const QJsonValue personId = requester.value(u"person_id"_s);
        if (!personId.isUndefined() && !personId.isNull()) {
            if (!personId.isDouble() || personId.toInteger(-1) <= 0)
                requesterErrors.insert(u"person_id"_s, u"invalid"_s);
            else
                ticket.requesterPersonId = personId.toInteger();
        }
        ticket.requesterName = readTextField(requester, u"name"_s, TicketLimits::shortTextMax,
                                             !ticket.requesterPersonId, requesterErrors);
        ticket.requesterEmail = readTextField(requester, u"email"_s, TicketLimits::emailMax, false, requesterErrors);
        if (!requesterErrors.contains(u"email"_s) && !ticket.requesterEmail.isEmpty()
            && !looksLikeEmail(ticket.requesterEmail))
            requesterErrors.insert(u"email"_s, u"invalid"_s);
        for (auto it = requesterErrors.cbegin(); it != requesterErrors.cend(); ++it)
            errors.insert(u"requester."_s + it.key(), it.value());
    }

    const QJsonValue assignee = json.value(u"assignee_id"_s);
    if (!assignee.isUndefined() && !assignee.isNull()) {
        if (!assignee.isDouble() || assignee.toInteger(-1) <= 0)
            errors.insert(u"assignee_id"_s, u"invalid"_s);
        else
            ticket.assigneeId = assignee.toInteger();
    }
    ticket.group = readTextField(json, u"group"_s, TicketLimits::shortTextMax, false, errors);
    ticket.category = readTextField(json, u"category"_s, TicketLimits::shortTextMax, false, errors);
    ticket.subcategory = readTextField(json, u"subcategory"_s, TicketLimits::shortTextMax, false, errors);
    ticket.location = readTextField(json, u"location"_s, TicketLimits::shortTextMax, false, errors);
    if (json.contains(u"tier"_s) && !json.value(u"tier"_s).isNull()) {
        if (const auto tier = supportTierFromName(json.value(u"tier"_s).toString()))
            ticket.tier = *tier;
        else
            errors.insert(u"tier"_s, u"invalid"_s);
    }
    if (json.contains(u"channel"_s) && !json.value(u"channel"_s).isNull()) {
        if (const auto channel = contactChannelFromName(json.value(u"channel"_s).toString()))
            ticket.channel = *channel;
        else
            errors.insert(u"channel"_s, u"invalid"_s);
    }
    if (const auto priority = readPriorityOverride(json, false, std::nullopt, errors)) {
        ticket.priorityOverride = priority->priority;
        ticket.priorityReason = priority->priority ? priority->reason : QString();
    }

    if (!errors.isEmpty())
        return std::nullopt;
    return ticket;
}

} // namespace Helpline
