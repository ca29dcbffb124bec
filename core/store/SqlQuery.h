// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace Helpline {

// A prepared statement that throws StoreError instead of failing quietly. Values are only
// ever bound, never spliced into the text. A statement without placeholders is run as it is:
// PostgreSQL cannot PREPARE utility statements (SET, BEGIN, CREATE TABLE, ...). One with
// placeholders is borrowed from the connection's PreparedStatements and given back when done.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    void exec();
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    QVariant value(const QString &name) const { return m_query->value(name); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    QSqlDatabase m_db;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_query;
    bool m_prepared = false;
    bool m_failed = false;
    int m_boundCount = 0;
};

} // namespace Helpline
