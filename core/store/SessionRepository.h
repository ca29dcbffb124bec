// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDateTime>
#include <optional>

namespace Helpline {

// Login sessions. Only a hash of each bearer token is kept, so a copy of the database does
// not let anyone sign in.
class SessionRepository
{
public:
    explicit SessionRepository(const Database &database) : m_db(database) {}

    void create(const QByteArray &tokenHash, qint64 userId, const QDateTime &expiresAt);
    // The user of a session that has not expired at `now`.
    std::optional<qint64> userFor(const QByteArray &tokenHash, const QDateTime &now) const;
    bool remove(const QByteArray &tokenHash);
    int removeExpired(const QDateTime &now);

private:
    const Database &m_db;
};

} // namespace Helpline
