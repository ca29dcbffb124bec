// SPDX-License-Identifier: GPL-3.0-or-later
#include "User.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QJsonObject User::toJson() const
{
    return {
        {u"id"_s, id},
        {u"username"_s, username},
        {u"display_name"_s, displayName},
        {u"email"_s, email},
        {u"role"_s, roleName(role)},
        {u"active"_s, active},
        {u"version"_s, version},
    };
}

std::optional<User> User::fromJson(const QJsonObject &json)
{
    const auto role = roleFromName(json.value(u"role"_s).toString());
    User user;
    user.id = json.value(u"id"_s).toInteger();
    user.username = json.value(u"username"_s).toString();
    if (!role || user.id <= 0 || user.username.isEmpty())
        return std::nullopt;
    user.role = *role;
    user.displayName = json.value(u"display_name"_s).toString();
    user.email = json.value(u"email"_s).toString();
    user.active = json.value(u"active"_s).toBool(true);
    user.version = json.value(u"version"_s).toInt(1);
    return user;
}

} // namespace Helpline
