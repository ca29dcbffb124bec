// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "SavedView.h"

#include <optional>

namespace Helpline {

// The custom queue views of each user. Every write records an audit row; call writes inside
// a Transaction.
class SavedViewRepository
{
public:
    explicit SavedViewRepository(const Database &database) : m_db(database) {}

    QList<SavedView> forUser(qint64 userId) const; // oldest first
    // Only the owner's: another user's view is as absent as a missing one.
    std::optional<SavedView> find(qint64 userId, qint64 id) const;
    SavedView create(qint64 userId, const SavedView &view);
    // nullopt: the view is no longer at before.version.
    std::optional<SavedView> update(qint64 userId, const SavedView &before, const SavedView &after);
    bool remove(qint64 userId, qint64 id);

private:
    const Database &m_db;
};

} // namespace Helpline
