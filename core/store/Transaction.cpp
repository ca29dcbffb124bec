// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "SqlQuery.h"
#include "StoreError.h"

namespace Helpline {

using namespace Qt::StringLiterals;

Transaction::Transaction(const Database &database)
    : m_database(database)
    , m_outermost(database.m_transactionDepth == 0)
{
    if (m_outermost) {
        SqlQuery begin(database.connection(),
                       database.dialect() == SqlDialect::SQLite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
        begin.exec();
        database.m_innerAbandoned = false;
    }
    ++database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_database.m_transactionDepth;
    if (!m_outermost) {
        m_database.m_innerAbandoned = true;
        return;
    }
    QSqlQuery rollback(m_database.connection());
    rollback.exec(u"ROLLBACK"_s);
}

void Transaction::commit()
{
    Q_ASSERT(!m_done);
    m_done = true;
    --m_database.m_transactionDepth;
    if (!m_outermost)
        return;
    if (m_database.m_innerAbandoned) {
        QSqlQuery rollback(m_database.connection());
        rollback.exec(u"ROLLBACK"_s);
        throw StoreError(u"an inner unit of work was abandoned; the transaction was rolled back"_s);
    }
    try {
        SqlQuery commit(m_database.connection(), u"COMMIT"_s);
        commit.exec();
    } catch (...) {
        // SQLite stays inside a transaction whose COMMIT failed (disk full, I/O error):
        // end it, or every later BEGIN on this connection fails.
        QSqlQuery rollback(m_database.connection());
        rollback.exec(u"ROLLBACK"_s);
        throw;
    }
}

} // namespace Helpline
