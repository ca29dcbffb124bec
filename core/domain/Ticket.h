// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Priority.h"
#include "TicketEnums.h"
#include "TicketWorkflow.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Helpline {

struct PersonRef
{
    QString name;
    QString email;
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
    QString category;
    QString location;
    std::optional<PendingReason> pendingReason; // while pending
    std::optional<ResolutionCode> resolutionCode; // once resolved
    QString resolutionNotes;
    int reopenCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    static QString numberFor(TicketType type, qint64 id);

    enum class Detail { Summary, Full }; // a queue row leaves the description out
    QJsonObject toJson(Detail detail = Detail::Full) const;
    // Reads what toJson wrote; returns nullopt when a required field is missing or invalid.
    static std::optional<Ticket> fromJson(const QJsonObject &json);
};

// RFC 3339 UTC with milliseconds, as every time on the wire.
QString toWireTime(const QDateTime &time);
QDateTime fromWireTime(const QString &text);

} // namespace Helpline
