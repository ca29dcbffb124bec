// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace Helpline {

// Which assignment groups each analyst works in (the queue's "My group"). An administrator
// sets them per group (PUT /groups/{id}/members, AssignmentGroupRepository::setMembers).
class UserGroupRepository
{
public:
    explicit UserGroupRepository(const Database &database) : m_db(database) {}

    QStringList groupsOf(qint64 userId) const;
    // Every analyst's groups at once, keyed by user id, for listing users without a query each.
    QHash<qint64, QStringList> allMemberships() const;
    // Adds the membership and an audit row; call inside a Transaction.
    void add(qint64 userId, const QString &group, std::optional<qint64> actorId);

private:
    const Database &m_db;
};

} // namespace Helpline
