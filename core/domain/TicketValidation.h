// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Priority.h"
#include "TicketEnums.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// What a caller supplies to open a ticket; the rest (number, status, priority, times) is derived.
struct NewTicket
{
    TicketType type = TicketType::Incident;
    QString title;
    QString description;
    int impact = 3;
    int urgency = 3;
    QString requesterName;
    QString requesterEmail;
    std::optional<qint64> requesterPersonId; // the server fills name and email from the directory
    std::optional<qint64> assigneeId;
    QString group;
    SupportTier tier = SupportTier::L1;
    QString category;
    QString subcategory;
    QString location;
    ContactChannel channel = ContactChannel::Phone;
    std::optional<Priority> priorityOverride; // with its reason
    QString priorityReason;
};

struct TicketLimits
{
    static constexpr qsizetype titleMax = 200;
    static constexpr qsizetype descriptionMax = 64 * 1024;
    static constexpr qsizetype shortTextMax = 120; // names, group, category, location
    static constexpr qsizetype emailMax = 254;
    static constexpr qsizetype reasonMax = 500;
};

// Reads and checks a create request. Every problem is reported, not just the first, so a form
// can mark all of its fields at once.
std::optional<NewTicket> parseNewTicket(const QJsonObject &json, FieldErrors &errors);

bool looksLikeEmail(const QString &text);

// The priority an analyst sets over the matrix, with the reason the matrix is wrong this
// time: "priority" (1-4, or null to go back to the matrix) and "priority_reason". A priority
// without a reason is refused; a reason alone changes the reason of an override in place
// (`overridden`: the ticket has one) and is refused otherwise, unless it is empty. nullopt
// when the body leaves the override as it is.
struct PriorityOverride
{
    std::optional<Priority> priority; // nullopt: follow the matrix
    QString reason;
};
std::optional<PriorityOverride> readPriorityOverride(const QJsonObject &json, bool overridden,
                                                     std::optional<Priority> current, FieldErrors &errors);

} // namespace Helpline
