// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "Database.h"

#include <optional>

namespace Helpline {

// The categories and their subcategories, in the administrator's order. Every write records
// an audit row (entity "category" or "subcategory"); call the writers inside a Transaction.
class CategoryRepository
{
public:
    explicit CategoryRepository(const Database &database) : m_db(database) {}

    QList<Category> list() const; // by position, then name, each with its subcategories; retired ones too
    std::optional<Category> find(qint64 id) const;
    std::optional<Subcategory> findSubcategory(qint64 id) const;

    // Throws StoreConflict when the name is taken. A position left out goes after the last.
    Category create(const QString &name, std::optional<int> position, std::optional<qint64> actorId);
    Subcategory createSubcategory(const Category &parent, const QString &name, std::optional<int> position,
                                  std::optional<qint64> actorId);
    // Store `after` if the entry is still at before.version, carrying a new name to every
    // ticket and view that names it. nullopt: someone changed it first.
    std::optional<Category> update(const Category &before, const Category &after, std::optional<qint64> actorId);
    std::optional<Subcategory> updateSubcategory(const Subcategory &before, const Subcategory &after,
                                                 std::optional<qint64> actorId);

private:
    const Database &m_db;
};

} // namespace Helpline
