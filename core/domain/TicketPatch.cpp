// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketPatch.h"

#include "Clock.h"
#include "JsonFields.h"
#include "TicketValidation.h"

#include <QSet>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> writable{u"title"_s, u"description"_s, u"impact"_s, u"urgency"_s, u"status"_s,
                             u"pending_reason"_s, u"resolution_code"_s, u"resolution_notes"_s,
                             u"assignee_id"_s, u"group"_s, u"category"_s, u"subcategory"_s,
                             u"location"_s, u"channel"_s, u"requester"_s, u"priority"_s,
                             u"priority_reason"_s};
// The tier changes only by an escalation (which asks why); the measures only by what happens.
const QSet<QString> readOnly{u"id"_s, u"number"_s, u"type"_s, u"version"_s, u"created_at"_s,
                             u"updated_at"_s, u"reopen_count"_s, u"assignee"_s, u"tier"_s,
                             u"escalation_count"_s, u"reassignment_count"_s, u"first_assignee_id"_s,
                             u"first_response_at"_s, u"resolved_at"_s, u"first_contact_resolution"_s};

template<typename Enum, typename Parse>
std::optional<Enum> readChoice(const QJsonObject &patch, const QString &field, Parse parse, FieldErrors &errors)
{
    const QJsonValue value = patch.value(field);
    if (value.isNull() || (value.isString() && value.toString().isEmpty()))
        return std::nullopt;
    const auto parsed = parse(value.toString());
    if (!value.isString() || !parsed)
        errors.insert(field, u"invalid"_s);
    return parsed;
}

} // namespace

std::optional<Ticket> applyTicketPatch(const Ticket &current, const QJsonObject &patch,
                                       const PriorityMatrix &matrix, FieldErrors &errors)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (readOnly.contains(it.key()))
            errors.insert(it.key(), u"read_only"_s);
        else if (!writable.contains(it.key()))
            errors.insert(it.key(), u"unknown_field"_s);
    }
    if (!errors.isEmpty())
        return std::nullopt;
    if (patch.isEmpty()) {
        errors.insert(u"body"_s, u"no_changes"_s);
        return std::nullopt;
    }
    if (TicketWorkflow::nextStatuses(current.status).isEmpty()) {
        errors.insert(u"status"_s, u"ticket_is_final"_s);
        return std::nullopt;
    }

    Ticket after = current;
    const auto text = [&](const QString &field, qsizetype max, bool required, QString &target) {
        if (patch.contains(field))
            target = readTextField(patch, field, max, required, errors);
    };
    text(u"title"_s, TicketLimits::titleMax, true, after.title);
    text(u"description"_s, TicketLimits::descriptionMax, false, after.description);
    text(u"group"_s, TicketLimits::shortTextMax, false, after.group);
    text(u"category"_s, TicketLimits::shortTextMax, false, after.category);
    text(u"subcategory"_s, TicketLimits::shortTextMax, false, after.subcategory);
    text(u"location"_s, TicketLimits::shortTextMax, false, after.location);
    text(u"resolution_notes"_s, TicketLimits::descriptionMax, false, after.resolutionNotes);
    after.impact = readLevelField(patch, u"impact"_s, current.impact, errors);
    after.urgency = readLevelField(patch, u"urgency"_s, current.urgency, errors);

    if (patch.contains(u"requester"_s)) {
        const QJsonObject requester = patch.value(u"requester"_s).toObject();
        FieldErrors requesterErrors;
        if (!patch.value(u"requester"_s).isObject())
            requesterErrors.insert(u"name"_s, u"required"_s);
        const QJsonValue personId = requester.value(u"person_id"_s);
        after.requester.personId.reset();
        if (!personId.isUndefined() && !personId.isNull()) {
            if (!personId.isDouble() || personId.toInteger(-1) <= 0)
                requesterErrors.insert(u"person_id"_s, u"invalid"_s);
            else
                after.requester.personId = personId.toInteger();
        }
        after.requester.name = readTextField(requester, u"name"_s, TicketLimits::shortTextMax,
                                             !after.requester.personId, requesterErrors);
        after.requester.email = readTextField(requester, u"email"_s, TicketLimits::emailMax, false, requesterErrors);
        if (!requesterErrors.contains(u"email"_s) && !after.requester.email.isEmpty()
            && !looksLikeEmail(after.requester.email))
            requesterErrors.insert(u"email"_s, u"invalid"_s);
        for (auto it = requesterErrors.cbegin(); it != requesterErrors.cend(); ++it)
            errors.insert(u"requester."_s + it.key(), it.value());
    }

    if (patch.contains(u"assignee_id"_s)) {
        const QJsonValue assignee = patch.value(u"assignee_id"_s);
        if (assignee.isNull())
            after.assignee.reset();
        else if (!assignee.isDouble() || assignee.toInteger(-1) <= 0)
            errors.insert(u"assignee_id"_s, u"invalid"_s);
        else if (!current.assignee || current.assignee->id != assignee.toInteger())
            after.assignee = UserRef{assignee.toInteger(), {}};
    }
    if (patch.contains(u"channel"_s) && !patch.value(u"channel"_s).isNull()) {
        if (const auto channel = contactChannelFromName(patch.value(u"channel"_s).toString()))
            after.channel = *channel;
        else
            errors.insert(u"channel"_s, u"invalid"_s);
    }
    std::optional<Priority> overridden;
    if (current.isPriorityOverridden())
        overridden = current.priority;
    if (const auto priority = readPriorityOverride(
            patch, current.isPriorityOverridden(),
            current.isPriorityOverridden() ? std::optional(current.priority) : std::nullopt, errors)) {
        overridden = priority->priority;
        after.priorityReason = priority->priority ? priority->reason : QString();
    }
    if (patch.contains(u"pending_reason"_s))
        after.pendingReason = readChoice<PendingReason>(patch, u"pending_reason"_s, pendingReasonFromName, errors);
    if (patch.contains(u"resolution_code"_s))
        after.resolutionCode = readChoice<ResolutionCode>(patch, u"resolution_code"_s, resolutionCodeFromName, errors);

    if (patch.contains(u"status"_s)) {
        if (const auto status = ticketStatusFromName(patch.value(u"status"_s).toString()))
            after.status = *status;
        else
            errors.insert(u"status"_s, u"invalid"_s);
    } else if (current.status == TicketStatus::New && after.assignee) {
        after.status = TicketStatus::Assigned;
    } else if (current.status == TicketStatus::Assigned && !after.assignee) {
        after.status = TicketStatus::New;
    }
    if (!errors.isEmpty())
        return std::nullopt;

    if (!TicketWorkflow::canMove(current.status, after.status)) {
        errors.insert(u"status"_s, u"transition_not_allowed"_s);
        return std::nullopt;
    }
    if (after.status != TicketStatus::Pending)
        after.pendingReason.reset();
    if (TicketWorkflow::isReopen(current.status, after.status)) {
        ++after.reopenCount;
        after.resolutionCode.reset();
        after.resolutionNotes.clear();
        after.resolvedAt = {};
    }
    if (after.status == TicketStatus::Resolved && current.status != TicketStatus::Resolved)
        after.resolvedAt = Clock::current().now();
    if (after.assignee && !after.firstAssigneeId)
        after.firstAssigneeId = after.assignee->id;
    // Handing the ticket from one analyst to another; taking an unassigned one is not.
    if (current.assignee && after.assignee && current.assignee->id != after.assignee->id)
        ++after.reassignmentCount;
    errors = TicketWorkflow::requirementsOf(
        after.status, {after.assignee.has_value(), after.pendingReason, after.resolutionCode, after.resolutionNotes});
    if (!errors.isEmpty())
        return std::nullopt;

    after.priority = overridden ? *overridden : matrix.priorityFor(after.impact, after.urgency);
    return after;
}

} // namespace Helpline
