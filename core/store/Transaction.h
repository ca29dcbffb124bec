// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace Helpline {

// One unit of work: rolled back unless commit() was reached. On SQLite it starts with
// BEGIN IMMEDIATE, so writers queue at the start rather than fail at their first write.
//
// A Transaction opened while another is open on the same Database joins it: only the
// outermost one commits, and an inner one left without commit() makes the outer one fail
// to commit, so a unit of work is never half-kept.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    const Database &m_database;
    bool m_outermost;
    bool m_done = false;
};

} // namespace Helpline
