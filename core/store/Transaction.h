// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace Helpline {

// One unit of work: rolled back unless commit() was reached. On SQLite it starts with
// BEGIN IMMEDIATE, so writers queue at the start rather than fail at their first write.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Helpline
