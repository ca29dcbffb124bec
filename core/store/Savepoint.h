// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace Helpline {

// A unit of work inside an open Transaction that can be undone on its own: rolled back to
// where it began unless release() was reached, while the Transaction around it goes on.
// One request that changes many things independently (a bulk change) keeps what succeeded
// and drops only what failed, on SQLite and PostgreSQL alike (where a failed statement would
// otherwise spoil the whole transaction).
class Savepoint
{
public:
    explicit Savepoint(const Database &database); // requires an open Transaction
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    void release();

private:
    const Database &m_database;
    QString m_name;
    bool m_innerAbandonedBefore;
    int m_depthBefore;
    bool m_done = false;
};

} // namespace Helpline
