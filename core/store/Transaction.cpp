// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "SqlQuery.h"

namespace Helpline {

using namespace Qt::StringLiterals;

Transaction::Transaction(const Database &database)
    : m_db(database.connection())
{
    SqlQuery begin(m_db, database.dialect() == SqlDialect::SQLite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    begin.exec();
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
    }
}

void Transaction::commit()
{
    SqlQuery commit(m_db, u"COMMIT"_s);
    commit.exec();
    m_open = false;
}

} // namespace Helpline
