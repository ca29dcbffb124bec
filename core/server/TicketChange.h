// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"
#include "Ticket.h"

#include <QJsonObject>

namespace Helpline {

// Changes one ticket as PATCH /tickets/{id} does, for PATCH and for each ticket of a bulk
// change alike: the domain's rules (applyTicketPatch), an assignee who is an active analyst,
// a group and category the catalog allows (checkTicketClassification), the store's version check and history row. Throws ApiError 422 for a change the rules
// refuse and 412 when someone else changed the ticket first. Call inside a Transaction.
Ticket changeTicket(ServerContext &context, const Ticket &current, const QJsonObject &patch, qint64 actorId);

} // namespace Helpline
