// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssetEnums.h"
#include "Escalation.h"
#include "Location.h"
#include "Person.h"

#include "FieldErrors.h"
#include "Priority.h"
#include "Role.h"
#include "TicketLink.h"
#include "TicketEnums.h"
#include "TicketWorkflow.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Helpline {

// How domain values read on screen, translated: one place for every pane.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString statusText(TicketStatus status);
    static QString typeText(TicketType type);
    static QString priorityText(Priority priority); // "P1 Critical"
    static QColor priorityColor(Priority priority); // invalid for no emphasis
    static QString timeText(const QDateTime &utc);  // local time, short locale format
    static QString sizeText(qint64 bytes);          // "1.4 MB", in the user's locale
    static QString durationText(qint64 minutes);    // "25 min", "1 h 05 min"
    static QString roleText(Role role);
    static QString pendingReasonText(PendingReason reason);
    static QString resolutionCodeText(ResolutionCode code);
    static QString impactText(int level);  // 1 = organisation-wide … 3 = one person
    static QString urgencyText(int level); // 1 = work stopped … 3 = can wait
    // A group of a ticket's links: "Children", "Caused by problem", ...
    static QString linkKindText(LinkKind kind);
    // The same as a choice when linking: what the other ticket will be to this one.
    static QString linkKindChoiceText(LinkKind kind);
    // A server field error code ("required", "too_long", ...) as a person reads it.
    static QString fieldErrorText(const QString &code);
    // A history field name ("assignee", "resolution_code", ...) as a person reads it.
    static QString fieldText(const QString &field);

    // New tickets and the people directory.
    static QString channelText(ContactChannel channel);
    static QString tierText(SupportTier tier);       // "L1 – Service desk"
    static QString impactChoiceText(int level);      // "High – organisation or site"
    static QString urgencyChoiceText(int level);     // "High – work has stopped"
    // Why a people import file as a whole cannot be read ("missing_column:email", ...).
    static QString importFileErrorText(const QString &code);
    // What is wrong with one cell of a people import row.
    static QString importCellErrorText(const QString &column, const QString &code);
    // "Assignee: required; Waiting for: required"
    static QString fieldErrorsText(const FieldErrors &fields);
    // A built-in queue view's name, e.g. "My open tickets" for my_open.
    static QString viewName(const QString &key);

    // The measures taken at the source: first response, resolution time, first contact
    // resolution, reopens, escalations and reassignments.
    static QString measuresText(const Ticket &ticket);
    // "L1 → L2 (Messaging) → L3", or the tier alone when it never moved.
    static QString escalationPathText(const QList<EscalationStep> &steps, SupportTier current);
    static QString escalationNotesText(const QList<EscalationStep> &steps); // who, when, what was tried
    static QString personText(const Person &person); // department, location, manager

    // Assets and locations.
    static QString assetCategoryText(AssetCategory category);
    static QString assetStatusText(AssetStatus status);
    static QString locationKindText(Location::Kind kind);
    static QString dateText(const QDate &date); // short locale format; "—" for none
    // An asset field's label ("Tag", "Warranty ends", "Assigned to" ...), also for the
    // request names (person_id, location_id, asset_id).
    static QString assetFieldText(const QString &field);
    // What a refused asset or location field means, in words ("transition_not_allowed", ...).
    static QString assetFieldErrorText(const QString &code);
    static QString assetFieldErrorsText(const FieldErrors &fields);
    // One entry of an asset's history as lines: "Assigned to: (none) → Ann Smith".
    static QStringList assetHistoryLines(const QString &action, const QJsonObject &changes);
};

} // namespace Helpline
