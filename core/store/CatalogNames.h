// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace Helpline {

// Carries a renamed group, category or subcategory to everything that stores the name as
// text: tickets, the analysts' group memberships, saved queue views' filters and the
// macros that set a group. Tickets keep their version: a rename is not an edit of the ticket,
// and an analyst's open edit must not turn stale because of it. Call inside the rename's
// Transaction; each returns how many tickets now carry the new name.
class CatalogNames
{
public:
    explicit CatalogNames(const Database &database) : m_db(database) {}

    qsizetype renameGroup(const QString &from, const QString &to);
    qsizetype renameCategory(const QString &from, const QString &to);
    qsizetype renameSubcategory(const QString &category, const QString &from, const QString &to);

private:
    // Rewrites `key` from `from` to `to` in each JSON object stored in table.column.
    void renameInJson(const QString &table, const QString &column, const QString &key, const QString &from,
                      const QString &to);

    const Database &m_db;
};

} // namespace Helpline
