// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Macro.h"

#include <optional>

namespace Helpline {

// The canned responses, by name. Every write records an audit row (entity "macro"); call
// the writers inside a Transaction.
class MacroRepository
{
public:
    explicit MacroRepository(const Database &database) : m_db(database) {}

    QList<Macro> list() const; // by name
    std::optional<Macro> find(qint64 id) const;
    // Throws StoreConflict when another macro has the name (names are unique, ignoring case).
    Macro create(const Macro &macro, std::optional<qint64> actorId);
    // Stores `after` if the macro is still at before.version; nullopt: someone changed it first.
    std::optional<Macro> update(const Macro &before, const Macro &after, std::optional<qint64> actorId);
    bool remove(const Macro &macro, std::optional<qint64> actorId);

private:
    const Database &m_db;
};

} // namespace Helpline
