// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Location.h"

#include <optional>

namespace Helpline {

// The site → building → room tree.
class LocationRepository
{
public:
    explicit LocationRepository(const Database &database) : m_db(database) {}

    // Every location, by path: a site is followed by its buildings, each by its rooms.
    QList<Location> all() const;
    std::optional<Location> find(qint64 id) const;
    // Whether a sibling under `parentId` (nullopt: the sites) already has this name, any case.
    bool nameTaken(std::optional<qint64> parentId, const QString &name) const;

    // Adds the location under its parent (checked by the caller) and its audit row; call
    // inside a Transaction.
    Location add(const NewLocation &location, const QString &parentPath, std::optional<qint64> actorId);

private:
    const Database &m_db;
};

} // namespace Helpline
