// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "User.h"

#include <optional>

namespace Helpline {

struct StoredUser
{
    User user;
    QString passwordHash; // Argon2id string, as libsodium writes it
};

class UserRepository
{
public:
    explicit UserRepository(const Database &database) : m_db(database) {}

    // Throws StoreConflict when the user name is taken.
    User create(const User &user, const QString &passwordHash, std::optional<qint64> actorId);
    std::optional<StoredUser> findByUsername(const QString &username) const;
    std::optional<User> find(qint64 id) const;
    qint64 count() const;
    // Everyone who can sign in, by display name: the pickers for assignees and watchers.
    QList<User> listActive() const;

private:
    const Database &m_db;
};

} // namespace Helpline
