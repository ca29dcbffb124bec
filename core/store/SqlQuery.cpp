// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

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
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!sql.contains(u'?'))
        return; // nothing to bind: exec() runs the text directly
    if (!m_query.prepare(sql))
        throw StoreError(u"prepare failed: %1 [%2]"_s.arg(m_query.lastError().text(), sql));
    m_prepared = true;
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // A null QString is an empty text here, not SQL NULL (Qt binds it as NULL, which NOT NULL
    // text columns refuse). A NULL is asked for explicitly, with a typed null QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QStringLiteral(""));
    else
        m_query.addBindValue(value);
    return *this;
}

void SqlQuery::exec()
{
    if (m_prepared ? m_query.exec() : m_query.exec(m_sql))
        return;
    const QSqlError error = m_query.lastError();
    const QString message = u"query failed: %1 [%2]"_s.arg(error.text(), m_sql);
    if (isUniqueViolation(error))
        throw StoreConflict(message);
    throw StoreError(message);
}

} // namespace Helpline
