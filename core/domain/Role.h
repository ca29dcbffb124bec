// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace Helpline {

enum class Role {
    Analyst,   // L1/L2: works tickets
    Senior,    // analyst + KB review, dashboards
    RoomStaff, // meeting rooms and events: equipment, not the ticket queue
    Admin,     // users, roles, policies
};

QString roleName(Role role);                        // wire name: "analyst", "room_staff", ...
std::optional<Role> roleFromName(const QString &name);

// What each role may do. The server checks these on every route; the client only uses them
// to hide what a role cannot do.
enum class Permission {
    ReadTickets,
    WriteTickets,
    ReadPeople,   // look up requesters and holders in the directory
    ManagePeople, // import the HR export
    ManageMacros, // create, change and delete the canned responses everyone uses
    ReadAssets,   // look up equipment and locations (room staff too)
    WriteAssets,  // create and edit assets, assign them to people, retire them
    ManageLocations, // add sites, buildings and rooms
    ManageCatalog, // keep the assignment groups (and who works in them) and the categories
};

bool roleHas(Role role, Permission permission);

} // namespace Helpline
