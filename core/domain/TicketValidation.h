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
    std::optional<qint64> assigneeId;
    QString group;
    QString category;
    QString location;
};

struct TicketLimits
{
    static constexpr qsizetype titleMax = 200;
    static constexpr qsizetype descriptionMax = 64 * 1024;
    static constexpr qsizetype shortTextMax = 120; // names, group, category, location
    static constexpr qsizetype emailMax = 254;
};

// Reads and checks a create request. Every problem is reported, not just the first, so a form
// can mark all of its fields at once.
std::optional<NewTicket> parseNewTicket(const QJsonObject &json, FieldErrors &errors);

bool looksLikeEmail(const QString &text);

} // namespace Helpline
