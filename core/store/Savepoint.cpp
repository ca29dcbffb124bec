// SPDX-License-Identifier: GPL-3.0-or-later
#include "Savepoint.h"

#include "SqlQuery.h"
#include "StoreError.h"

namespace Helpline {

using namespace Qt::StringLiterals;

Savepoint::Savepoint(const Database &database)
    : m_database(database)
    , m_name(u"sp_%1"_s.arg(++database.m_savepointCount))
    , m_innerAbandonedBefore(database.m_innerAbandoned)
    , m_depthBefore(database.m_transactionDepth)
{
    if (database.m_transactionDepth == 0)
        throw StoreError(u"a savepoint needs an open transaction"_s);
    SqlQuery(database.connection(), u"SAVEPOINT "_s + m_name).exec();
}

Savepoint::~Savepoint()
{
    if (m_done)
        return;
    QSqlQuery rollback(m_database.connection());
    rollback.exec(u"ROLLBACK TO SAVEPOINT "_s + m_name);
    rollback.exec(u"RELEASE SAVEPOINT "_s + m_name);
    // What was undone cannot spoil the transaction: an inner Transaction abandoned inside
    // this savepoint was rolled back with it.
    m_database.m_innerAbandoned = m_innerAbandonedBefore;
    m_database.m_transactionDepth = m_depthBefore;
}

void Savepoint::release()
{
    m_done = true;
    SqlQuery(m_database.connection(), u"RELEASE SAVEPOINT "_s + m_name).exec();
}

} // namespace Helpline
