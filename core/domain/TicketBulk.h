// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Comment.h"
#include "FieldErrors.h"

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
    QJsonObject changes; // status, pending_reason, assignee_id, group, impact, urgency
    std::optional<NewComment> note;

    // The body's shape: ids (1 to maxTickets distinct positive numbers), changes with known
    // fields only, a valid note, and at least one of changes and note. Whether a change fits
    // each ticket is decided per ticket.
    static std::optional<TicketBulkChange> parse(const QJsonObject &json, FieldErrors &errors);
    QJsonObject toJson() const;
};

} // namespace Helpline
