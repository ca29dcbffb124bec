// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "PasswordHasher.h"
#include "Role.h"

#include <QList>

namespace Helpline {

// Realistic demo data: one sign-in per role, more analysts to assign work to, and a few
// hundred tickets over the last weeks across categories, sites and priorities. The same
// seed always gives the same data. Does nothing if the database already has users.
class DemoSeed
{
public:
    struct Login
    {
        Role role;
        QString username;
        QString password;
    };
    static QList<Login> logins();

    // Returns false (and changes nothing) when the database was not empty.
    static bool seed(Database &database, const PasswordHasher &hasher, int ticketCount = 300);
};

} // namespace Helpline
