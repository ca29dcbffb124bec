// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// Someone who works here: the requester of a ticket, the holder of a device. People are not
// users; most never sign in to Helpline. They come from HR (a CSV export) or are added by hand.
struct Person
{
    qint64 id = 0;
    QString name;
    QString email; // unique, compared case-insensitively
    QString department;
    QString location; // site / room
    std::optional<qint64> managerId;
    QString managerName;
    bool active = true;
    int version = 1;

    static constexpr qsizetype nameMax = 120;
    static constexpr qsizetype emailMax = 254;

    // The name people are greeted by: the first word of the name.
    QString firstName() const;

    QJsonObject toJson() const;
    static std::optional<Person> fromJson(const QJsonObject &json);
};

// The canonical form an email is stored and matched in.
QString normalizedEmail(const QString &email);

} // namespace Helpline
