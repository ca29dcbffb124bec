// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

#include "PreparedStatements.h"
#include "StoreError.h"

#include <QSqlError>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
bool isUniqueViolation(const QSqlError &error)
{
    // SQLite: SQLITE_CONSTRAINT_UNIQUE (2067); PostgreSQL: unique_violation (23505).
    const QString code = error.nativeErrorCode();
    return code == u"2067"_s || code == u"1555"_s || code == u"23505"_s;
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    if (!sql.contains(u'?')) {
        // Nothing to bind: exec() runs the text directly.
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
        return;
    }
    m_query = PreparedStatements::take(db, sql);
    m_prepared = true;
}

SqlQuery::~SqlQuery()
{
    // A statement that failed may belong to a connection that broke: it is not reused.
    if (m_prepared && !m_failed)
        PreparedStatements::giveBack(m_db, m_sql, std::move(m_query));
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // A null QString is an empty text here, not SQL NULL (Qt binds it as NULL, which NOT NULL
    // text columns refuse). A NULL is asked for explicitly, with a typed null QVariant.
    // By position, so a reused statement's values from its last use never linger.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(m_boundCount++, QStringLiteral(""));
    else
        m_query->bindValue(m_boundCount++, value);
    return *this;
}

void SqlQuery::exec()
{
    if (m_prepared ? m_query->exec() : m_query->exec(m_sql))
        return;
    m_failed = true;
    const QSqlError error = m_query->lastError();
    const QString message = u"query failed: %1 [%2]"_s.arg(error.text(), m_sql);
    if (isUniqueViolation(error))
        throw StoreConflict(message);
    throw StoreError(message);
}

} // namespace Helpline
