// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Ticket.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// Time an analyst spent on a ticket. A ticket's handle time is the sum of its entries.
struct TimeEntry
{
    qint64 id = 0;
    qint64 ticketId = 0;
    UserRef analyst;
    int minutes = 0;
    QString note;
    QDateTime workedAt; // when the work was done (defaults to when it was logged)
    QDateTime createdAt;

    static constexpr int minutesMin = 1;
    static constexpr int minutesMax = 24 * 60; // one entry covers at most a day
    static constexpr qsizetype noteMax = 500;

    QJsonObject toJson() const;
    static std::optional<TimeEntry> fromJson(const QJsonObject &json);
};

struct NewTimeEntry
{
    int minutes = 0;
    QString note;
    QDateTime workedAt; // invalid: now
};

// Reads a POST /tickets/{id}/time-entries body: minutes 1..1440 (whole), an optional note and
// an optional worked_at (RFC 3339, not in the future). Every problem is reported.
std::optional<NewTimeEntry> parseNewTimeEntry(const QJsonObject &json, const QDateTime &now, FieldErrors &errors);

} // namespace Helpline
