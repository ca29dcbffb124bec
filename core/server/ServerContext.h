// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "Priority.h"

#include <chrono>

namespace Helpline {

struct ServerSettings
{
    qsizetype maxBodyBytes = 1024 * 1024;
    std::chrono::seconds tokenLifetime = std::chrono::hours(12);
    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive;
};

// What every controller works with; owned by HelplineServer.
struct ServerContext
{
    Database &database;
    ServerSettings settings;
    PasswordHasher hasher;
    LoginThrottle throttle;
    PriorityMatrix priorityMatrix;
};

} // namespace Helpline
