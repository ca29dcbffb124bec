// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"
#include "Database.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "Priority.h"

#include <chrono>

namespace Helpline {

struct ServerSettings
{
    qsizetype maxBodyBytes = 1024 * 1024; // JSON bodies
    qint64 maxAttachmentBytes = Attachment::defaultMaxBytes;
    // Where the server keeps files (attachments under "attachments/"); empty: no uploads.
    QString dataDir;
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
