// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketChange.h"

#include "ApiError.h"
#include "TicketPatch.h"
#include "TicketRepository.h"
#include "UserRepository.h"

namespace Helpline {

using namespace Qt::StringLiterals;

Ticket changeTicket(ServerContext &context, const Ticket &current, const QJsonObject &patch, qint64 actorId)
{
    FieldErrors errors;
    const auto changed = applyTicketPatch(current, patch, context.priorityMatrix, errors);
    if (!changed)
        throw ApiError::validation(errors);
    if (changed->assignee && (!current.assignee || current.assignee->id != changed->assignee->id)) {
        const auto assignee = UserRepository(context.database).find(changed->assignee->id);
        if (!assignee || !assignee->active || !roleHas(assignee->role, Permission::WriteTickets))
            throw ApiError::validation({{u"assignee_id"_s, u"not_an_analyst"_s}});
    }
    TicketRepository tickets(context.database);
    const auto stored = tickets.update(current, *changed, actorId);
    if (!stored) {
        const auto now = tickets.find(current.id);
        throw ApiError::staleVersion(now ? now->toJson() : QJsonObject(), now ? now->version : 0);
    }
    return *stored;
}

} // namespace Helpline
