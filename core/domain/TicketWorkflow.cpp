// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketWorkflow.h"

#include "WireNames.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

constexpr std::pair<PendingReason, const char *> pendingNames[] = {
    {PendingReason::AwaitingUser, "awaiting_user"},
    {PendingReason::AwaitingVendor, "awaiting_vendor"},
    {PendingReason::AwaitingChange, "awaiting_change"},
};

constexpr std::pair<ResolutionCode, const char *> resolutionNames[] = {
    {ResolutionCode::Fixed, "fixed"},
    {ResolutionCode::Workaround, "workaround"},
    {ResolutionCode::UserInstructed, "user_instructed"},
    {ResolutionCode::NoFaultFound, "no_fault_found"},
    {ResolutionCode::Duplicate, "duplicate"},
    {ResolutionCode::NotReproducible, "not_reproducible"},
};

using S = TicketStatus;

} // namespace

QString pendingReasonName(PendingReason reason) { return wireName(pendingNames, reason); }
std::optional<PendingReason> pendingReasonFromName(QStringView name) { return fromWireName(pendingNames, name); }
QStringList pendingReasonNames() { return wireNames(pendingNames); }
QString resolutionCodeName(ResolutionCode code) { return wireName(resolutionNames, code); }
std::optional<ResolutionCode> resolutionCodeFromName(QStringView name) { return fromWireName(resolutionNames, name); }
QStringList resolutionCodeNames() { return wireNames(resolutionNames); }

QList<TicketStatus> TicketWorkflow::nextStatuses(TicketStatus from)
{
    switch (from) {
    case S::New: return {S::Assigned, S::InProgress, S::Pending, S::Resolved, S::Cancelled};
    case S::Assigned: return {S::New, S::InProgress, S::Pending, S::Resolved, S::Cancelled};
    case S::InProgress: return {S::Assigned, S::Pending, S::Resolved, S::Cancelled};
    case S::Pending: return {S::Assigned, S::InProgress, S::Resolved, S::Cancelled};
    case S::Resolved: return {S::Closed, S::InProgress, S::Assigned};
    case S::Closed:
    case S::Cancelled: return {};
    }
    return {};
}

bool TicketWorkflow::canMove(TicketStatus from, TicketStatus to)
{
    return from == to || nextStatuses(from).contains(to);
}

bool TicketWorkflow::isReopen(TicketStatus from, TicketStatus to)
{
    return from == S::Resolved && (to == S::InProgress || to == S::Assigned);
}

FieldErrors TicketWorkflow::requirementsOf(TicketStatus status, const Facts &facts)
{
    FieldErrors errors;
    switch (status) {
    case S::New:
        if (facts.hasAssignee)
            errors.insert(u"assignee_id"_s, u"must_be_empty_when_new"_s);
        break;
    case S::Assigned:
    case S::InProgress:
        if (!facts.hasAssignee)
            errors.insert(u"assignee_id"_s, u"required"_s);
        break;
    case S::Pending:
        if (!facts.pendingReason)
            errors.insert(u"pending_reason"_s, u"required"_s);
        break;
    case S::Resolved:
    case S::Closed:
        if (!facts.resolutionCode)
            errors.insert(u"resolution_code"_s, u"required"_s);
        if (facts.resolutionNotes.trimmed().isEmpty())
            errors.insert(u"resolution_notes"_s, u"required"_s);
        break;
    case S::Cancelled:
        break;
    }
    return errors;
}

} // namespace Helpline
