// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Priority.h"
#include "Ticket.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// Applies a PATCH body to a ticket by the workflow's rules and returns the changed copy, or
// nullopt with every problem in `errors`. The body may name only writable fields: id,
// number, type, priority, version and the times are refused, so no caller can assign them.
//
// Besides what the body says: the priority follows impact × urgency unless an analyst
// overrode it with a reason ("priority" + "priority_reason"; "priority": null goes back to
// the matrix); handing the ticket from one assignee to another is counted; resolving stamps
// resolved_at; a new ticket given an
// assignee becomes assigned, and an assigned one losing it becomes new; leaving pending
// drops the pending reason; a reopen (resolved → in progress or assigned) is counted and
// drops the resolution.
std::optional<Ticket> applyTicketPatch(const Ticket &current, const QJsonObject &patch,
                                       const PriorityMatrix &matrix, FieldErrors &errors);

} // namespace Helpline
