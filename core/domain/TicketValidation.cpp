// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketValidation.h"

#include <QRegularExpression>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

// A text field: must be a string if present; trimmed; limited in length.
QString readText(const QJsonObject &json, const QString &field, qsizetype max, bool required,
                 FieldErrors &errors)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors.insert(field, u"required"_s);
        return {};
    }
    if (!value.isString()) {
        errors.insert(field, u"must_be_text"_s);
        return {};
    }
    const QString text = value.toString().trimmed();
    if (required && text.isEmpty())
        errors.insert(field, u"required"_s);
    else if (text.size() > max)
        errors.insert(field, u"too_long"_s);
    return text;
}

int readLevel(const QJsonObject &json, const QString &field, FieldErrors &errors)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined())
        return 3;
    const double number = value.toDouble(-1);
    // Range first: casting a huge double to int is undefined.
    if (!value.isDouble() || number < 1 || number > 3 || number != static_cast<int>(number)) {
        errors.insert(field, u"must_be_1_to_3"_s);
        return 3;
    }
    return static_cast<int>(number);
}

} // namespace

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text).hasMatch();
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
    ticket.title = readText(json, u"title"_s, TicketLimits::titleMax, true, errors);
    ticket.description = readText(json, u"description"_s, TicketLimits::descriptionMax, false, errors);
    ticket.impact = readLevel(json, u"impact"_s, errors);
    ticket.urgency = readLevel(json, u"urgency"_s, errors);

    const QJsonObject requester = json.value(u"requester"_s).toObject();
    if (!json.value(u"requester"_s).isObject()) {
        errors.insert(u"requester"_s, u"required"_s);
    } else {
        FieldErrors requesterErrors;
        ticket.requesterName = readText(requester, u"name"_s, TicketLimits::shortTextMax, true, requesterErrors);
        ticket.requesterEmail = readText(requester, u"email"_s, TicketLimits::emailMax, false, requesterErrors);
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
    ticket.group = readText(json, u"group"_s, TicketLimits::shortTextMax, false, errors);
    ticket.category = readText(json, u"category"_s, TicketLimits::shortTextMax, false, errors);
    ticket.location = readText(json, u"location"_s, TicketLimits::shortTextMax, false, errors);

    if (!errors.isEmpty())
        return std::nullopt;
    return ticket;
}

} // namespace Helpline
