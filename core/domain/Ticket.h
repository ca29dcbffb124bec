// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Priority.h"
#include "TicketEnums.h"
#include "TicketWorkflow.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Helpline {

// The requester as the ticket names them: a person of the directory (personId), or just a
// name and email typed in for someone not (yet) in it.
struct PersonRef
{
    QString name;
    QString email;
    std::optional<qint64> personId = std::nullopt;
};

struct UserRef
{
    qint64 id = 0;
    QString name;
};

struct Ticket
{
    qint64 id = 0;
    QString number; // "INC-000042": the type's prefix and the id
    TicketType type = TicketType::Incident;
    QString title;
    QString description; // markdown
    TicketStatus status = TicketStatus::New;
    int impact = 3;
    int urgency = 3;
    Priority priority = Priority::P4;
    PersonRef requester;
    std::optional<UserRef> assignee;
    QString group;
    SupportTier tier = SupportTier::L1;
    QString category;
    QString subcategory;
    QString location;
    ContactChannel channel = ContactChannel::Phone;
    // Set when an analyst overrode the matrix's priority; the priority then stays as set
    // until the override is cleared.
    QString priorityReason;
    std::optional<PendingReason> pendingReason; // while pending
    std::optional<ResolutionCode> resolutionCode; // once resolved
    QString resolutionNotes;
    int reopenCount = 0;
    int escalationCount = 0;
    int reassignmentCount = 0; // the assignee handed the ticket to another analyst
    std::optional<qint64> firstAssigneeId;
    QDateTime firstResponseAt; // the first public reply; invalid until then
    QDateTime resolvedAt;      // the last time it was resolved; invalid while open
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;
    // Who follows the ticket, as the caller sees it: how many watch it, and whether the
    // caller does. Not fields of the ticket: changing them is no edit and moves no version.
    int watcherCount = 0;
    bool watching = false;

    bool isPriorityOverridden() const { return !priorityReason.isEmpty(); }

    // First contact resolution: the ticket was resolved by the analyst it was first assigned
    // to, without an escalation, without being handed to another analyst, and was never
    // reopened. nullopt while the ticket is not resolved (or was cancelled).
    std::optional<bool> firstContactResolution() const;

    static QString numberFor(TicketType type, qint64 id);

    enum class Detail { Summary, Full }; // a queue row leaves the description out
    QJsonObject toJson(Detail detail = Detail::Full) const;
    // The one description of the wire form, for a JsonObjectBuilder (toJson) or a
    // JsonTextWriter (the queue's pages, written straight to text); `key` names the object
    // inside an enclosing one.
    template <typename Writer>
    void writeJson(Writer &writer, Detail detail, QStringView key = {}) const;
    // Reads what toJson wrote; returns nullopt when a required field is missing or invalid.
    static std::optional<Ticket> fromJson(const QJsonObject &json);
};

// RFC 3339 UTC with milliseconds, as every time on the wire.
QString toWireTime(const QDateTime &time);
QDateTime fromWireTime(const QString &text);

} // namespace Helpline
