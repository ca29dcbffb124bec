// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Comment.h"
#include "FieldErrors.h"
#include "Ticket.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Helpline {

// One change for many tickets (POST /tickets/bulk): `changes` is a PATCH body limited to the
// fields a queue changes in bulk, applied to each ticket by the same rules as PATCH
// (applyTicketPatch); `note` is an internal note or reply added to each.
struct TicketBulkChange
{
    static constexpr qsizetype maxTickets = 200;

    QList<qint64> ids;   // distinct, in the caller's order
    QJsonObject changes; // status, pending_reason, resolution_code, resolution_notes,
                         // assignee_id, group, impact, urgency
    std::optional<NewComment> note;
    // "take_unassigned": a ticket without an assignee is assigned to the caller in the same
    // change, so "in progress" (which needs an assignee) takes unassigned tickets into work
    // instead of being refused for each.
    bool takeUnassigned = false;

    // What is applied to `ticket` (by applyTicketPatch, the workflow's one rule): the changes,
    // plus the caller as assignee when takeUnassigned and the ticket has none and the
    // change names no assignee of its own.
    QJsonObject changesFor(const Ticket &ticket, qint64 callerId) const;
    // Whether `changes` move tickets to a status that needs an assignee without naming one:
    // unassigned tickets would be refused unless taken (takeUnassigned).
    static bool needsAssignee(const QJsonObject &changes);

    // The body's shape: ids (1 to maxTickets distinct positive numbers), changes with known
    // fields only, a valid note, and at least one of changes and note. Whether a change fits
    // each ticket is decided per ticket.
    static std::optional<TicketBulkChange> parse(const QJsonObject &json, FieldErrors &errors);
    QJsonObject toJson() const;
};

} // namespace Helpline
