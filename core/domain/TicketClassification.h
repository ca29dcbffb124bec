// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "FieldErrors.h"
#include "Ticket.h"
#include "TicketValidation.h"

#include <optional>

namespace Helpline {

// A ticket's routing names: the assignment group, the category and its subcategory.
struct TicketClassification
{
    QString group;
    QString category;
    QString subcategory;

    static TicketClassification of(const Ticket &ticket) { return {ticket.group, ticket.category, ticket.subcategory}; }
    static TicketClassification of(const NewTicket &ticket) { return {ticket.group, ticket.category, ticket.subcategory}; }
};

// The rule for those names, applied by the server to every create, change and bulk change
// and by the client before it sends: a new value must be an active entry of the catalog
// ("unknown" / "retired"), and a subcategory must belong to the ticket's category
// ("not_in_category"). Empty is allowed for each (not yet routed or classified). A value the
// ticket already had (`before`) stays accepted even after it was retired, so an old ticket can
// still be edited. Returns false with every problem in `errors` under "group", "category",
// "subcategory".
bool checkTicketClassification(const Catalog &catalog, const std::optional<TicketClassification> &before,
                               const TicketClassification &after, FieldErrors &errors);

} // namespace Helpline
