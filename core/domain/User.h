// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Role.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// Someone who signs in to Helpline (an analyst, not a requester).
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString email;
    Role role = Role::Analyst;
    bool active = true;
    int version = 1;

    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject &json);
};

} // namespace Helpline
