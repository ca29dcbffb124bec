// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "Database.h"

#include <optional>

namespace Helpline {

// The assignment groups and who works in each (user_groups). Every write records an audit
// row (entity "assignment_group"); call the writers inside a Transaction.
class AssignmentGroupRepository
{
public:
    explicit AssignmentGroupRepository(const Database &database) : m_db(database) {}

    QList<AssignmentGroup> list() const; // by name, retired ones too
    std::optional<AssignmentGroup> find(qint64 id) const;
    // Throws StoreConflict when the name is taken.
    AssignmentGroup create(const AssignmentGroup &group, std::optional<qint64> actorId);
    // Stores `after` if the group is still at before.version; a new name is carried to every
    // ticket, membership, view and macro that names the group. nullopt: someone changed it first.
    std::optional<AssignmentGroup> update(const AssignmentGroup &before, const AssignmentGroup &after,
                                          std::optional<qint64> actorId);
    // Replaces who works in the group; the group's version moves on. nullopt: stale version.
    std::optional<AssignmentGroup> setMembers(const AssignmentGroup &before, const QList<qint64> &userIds,
                                              std::optional<qint64> actorId);

private:
    const Database &m_db;
};

} // namespace Helpline
