// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketChange.h"

#include "ApiError.h"
#include "CatalogHttp.h"
#include "TicketPatch.h"
#include "SurveyRepository.h"
#include "TicketHttp.h"
#include "TicketRepository.h"

namespace Helpline {

using namespace Qt::StringLiterals;

Ticket changeTicket(ServerContext &context, const Ticket &current, const QJsonObject &patch, qint64 actorId)
{
    FieldErrors errors;
    auto changed = applyTicketPatch(current, patch, context.priorityMatrix, errors);
    if (!changed)
        throw ApiError::validation(errors);
    if (changed->assignee && (!current.assignee || current.assignee->id != changed->assignee->id))
        checkAssignee(context, changed->assignee->id);
    checkClassification(context, TicketClassification::of(current), TicketClassification::of(*changed));
    if (patch.contains(u"requester"_s))
        resolveRequester(context, changed->requester);
    TicketRepository tickets(context.database, actorId);
    const auto stored = tickets.update(current, *changed, actorId);
    if (!stored) {
        const auto now = tickets.find(current.id);
        throw ApiError::staleVersion(now ? now->toJson() : QJsonObject(), now ? now->version : 0);
    }
    // Each resolution offers the requester a satisfaction survey (CSAT).
    if (stored->status == TicketStatus::Resolved && current.status != TicketStatus::Resolved)
        SurveyRepository(context.database).issue(stored->id);
    return *stored;
}

} // namespace Helpline
