// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Ticket.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// Sending a ticket up a tier (L1 → L2 → L3) or across to another group, with a note of what
// was tried so the next analyst does not start again. The ticket leaves its assignee and
// waits, new, in the receiving queue.
struct EscalationRequest
{
    std::optional<SupportTier> toTier; // nullopt: stay in this tier (a functional escalation)
    QString toGroup;                   // empty: stay in this group
    QString note;                      // what was tried; required

    static constexpr qsizetype noteMin = 10;
};

// One step of a ticket's path, as stored and shown.
struct EscalationStep
{
    qint64 id = 0;
    SupportTier fromTier = SupportTier::L1;
    SupportTier toTier = SupportTier::L1;
    QString fromGroup;
    QString toGroup;
    QString note;
    UserRef by;
    QDateTime at;

    QJsonObject toJson() const;
    static std::optional<EscalationStep> fromJson(const QJsonObject &json);
};

class Escalation
{
public:
    // Reads a POST /tickets/{id}/escalate body: {"to_tier": "L2"?, "to_group": "…"?, "note": "…"}.
    // With neither a tier nor a group, the ticket goes to the next tier.
    static std::optional<EscalationRequest> parse(const QJsonObject &json, const Ticket &ticket,
                                                  FieldErrors &errors);
    // The ticket after the escalation, or nullopt with why not: a closed ticket cannot be
    // escalated, a tier can only go up, and an escalation must change something.
    static std::optional<Ticket> apply(const Ticket &ticket, const EscalationRequest &request,
                                       FieldErrors &errors);
    static std::optional<SupportTier> nextTier(SupportTier tier);
};

} // namespace Helpline
