// SPDX-License-Identifier: GPL-3.0-or-later
#include "Escalation.h"

#include "JsonFields.h"
#include "TicketValidation.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QJsonObject EscalationStep::toJson() const
{
    return {
        {u"id"_s, id},
        {u"from_tier"_s, supportTierName(fromTier)},
        {u"to_tier"_s, supportTierName(toTier)},
        {u"from_group"_s, fromGroup},
        {u"to_group"_s, toGroup},
        {u"note"_s, note},
        {u"by"_s, QJsonObject{{u"id"_s, by.id}, {u"name"_s, by.name}}},
        {u"at"_s, toWireTime(at)},
    };
}

std::optional<EscalationStep> EscalationStep::fromJson(const QJsonObject &json)
{
    const auto from = supportTierFromName(json.value(u"from_tier"_s).toString());
    const auto to = supportTierFromName(json.value(u"to_tier"_s).toString());
    if (!from || !to)
        return std::nullopt;
    EscalationStep step;
    step.id = json.value(u"id"_s).toInteger();
    step.fromTier = *from;
    step.toTier = *to;
    step.fromGroup = json.value(u"from_group"_s).toString();
    step.toGroup = json.value(u"to_group"_s).toString();
    step.note = json.value(u"note"_s).toString();
    const QJsonObject by = json.value(u"by"_s).toObject();
    step.by = {by.value(u"id"_s).toInteger(), by.value(u"name"_s).toString()};
    step.at = fromWireTime(json.value(u"at"_s).toString());
    return step;
}

std::optional<SupportTier> Escalation::nextTier(SupportTier tier)
{
    switch (tier) {
    case SupportTier::L1: return SupportTier::L2;
    case SupportTier::L2: return SupportTier::L3;
    case SupportTier::L3: return std::nullopt;
    }
    return std::nullopt;
}

std::optional<EscalationRequest> Escalation::parse(const QJsonObject &json, const Ticket &ticket,
                                                   FieldErrors &errors)
{
    static const QStringList known{u"to_tier"_s, u"to_group"_s, u"note"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            errors.insert(it.key(), u"unknown_field"_s);
    }
    EscalationRequest request;
    const QJsonValue tier = json.value(u"to_tier"_s);
    if (!tier.isUndefined() && !tier.isNull()) {
        request.toTier = supportTierFromName(tier.toString());
        if (!request.toTier)
            errors.insert(u"to_tier"_s, u"invalid"_s);
    }
    request.toGroup = readTextField(json, u"to_group"_s, TicketLimits::shortTextMax, false, errors);
    request.note = readTextField(json, u"note"_s, TicketLimits::descriptionMax, true, errors);
    if (!errors.contains(u"note"_s) && request.note.size() < EscalationRequest::noteMin)
        errors.insert(u"note"_s, u"too_short"_s);
    if (!request.toTier && request.toGroup.isEmpty() && !errors.contains(u"to_tier"_s)) {
        request.toTier = nextTier(ticket.tier);
        if (!request.toTier)
            errors.insert(u"to_tier"_s, u"no_higher_tier"_s);
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return request;
}

std::optional<Ticket> Escalation::apply(const Ticket &ticket, const EscalationRequest &request, FieldErrors &errors)
{
    if (!isOpenStatus(ticket.status)) {
        errors.insert(u"status"_s, u"ticket_not_open"_s);
        return std::nullopt;
    }
    if (request.toTier && *request.toTier < ticket.tier)
        errors.insert(u"to_tier"_s, u"not_higher"_s);
    const bool tierChanges = request.toTier && *request.toTier != ticket.tier;
    const bool groupChanges = !request.toGroup.isEmpty() && request.toGroup != ticket.group;
    if (errors.isEmpty() && !tierChanges && !groupChanges)
        errors.insert(request.toGroup.isEmpty() ? u"to_tier"_s : u"to_group"_s, u"no_change"_s);
    if (!errors.isEmpty())
        return std::nullopt;

    Ticket after = ticket;
    if (request.toTier)
        after.tier = *request.toTier;
    if (groupChanges)
        after.group = request.toGroup;
    after.assignee.reset();
    after.pendingReason.reset();
    after.status = TicketStatus::New;
    ++after.escalationCount;
    return after;
}

} // namespace Helpline
