// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "TicketEnums.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Helpline {

// Why a ticket waits.
enum class PendingReason { AwaitingUser, AwaitingVendor, AwaitingChange };
QString pendingReasonName(PendingReason reason); // "awaiting_user", ...
std::optional<PendingReason> pendingReasonFromName(QStringView name);
QStringList pendingReasonNames();

// How a ticket was resolved.
enum class ResolutionCode { Fixed, Workaround, UserInstructed, NoFaultFound, Duplicate, NotReproducible };
QString resolutionCodeName(ResolutionCode code); // "fixed", "workaround", ...
std::optional<ResolutionCode> resolutionCodeFromName(QStringView name);
QStringList resolutionCodeNames();

// The ITIL life of a ticket:
//
//   new ⇄ assigned → in_progress ⇄ pending → resolved → closed
//   (any open status) → cancelled;  resolved → in_progress | assigned is a reopen (counted)
//
// closed and cancelled are final. The rules live here once; the server enforces them and
// the client offers only what they allow.
class TicketWorkflow
{
public:
    static bool canMove(TicketStatus from, TicketStatus to);
    static QList<TicketStatus> nextStatuses(TicketStatus from);
    static bool isReopen(TicketStatus from, TicketStatus to);

    // What a ticket must carry to be in `status`, given its resulting fields. Each missing or
    // contradicting field is reported under its wire name.
    struct Facts
    {
        bool hasAssignee = false;
        std::optional<PendingReason> pendingReason;
        std::optional<ResolutionCode> resolutionCode;
        QString resolutionNotes;
    };
    static FieldErrors requirementsOf(TicketStatus status, const Facts &facts);
};

} // namespace Helpline
