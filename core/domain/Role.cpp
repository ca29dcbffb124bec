// SPDX-License-Identifier: GPL-3.0-or-later
#include "Role.h"

#include "WireNames.h"

namespace Helpline {

namespace {
constexpr std::pair<Role, const char *> roleNames[] = {
    {Role::Analyst, "analyst"},
    {Role::Senior, "senior"},
    {Role::RoomStaff, "room_staff"},
    {Role::Admin, "admin"},
};
} // namespace

QString roleName(Role role)
{
    return wireName(roleNames, role);
}

std::optional<Role> roleFromName(const QString &name)
{
    return fromWireName(roleNames, name);
}

bool roleHas(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ReadTickets:
    case Permission::WriteTickets:
        return role == Role::Analyst || role == Role::Senior || role == Role::Admin;
    case Permission::ReadPeople:
    case Permission::ReadAssets:
        return true; // room staff lend equipment to people too, and find it by room or tag
    case Permission::WriteAssets:
    case Permission::ManageLocations:
        return role == Role::Analyst || role == Role::Senior || role == Role::Admin;
    case Permission::ManagePeople:
    case Permission::ManageMacros:
        return role == Role::Senior || role == Role::Admin;
    case Permission::ManageCatalog:
        return role == Role::Admin;
    }
    return false;
}

} // namespace Helpline
