// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QVariant>

namespace Helpline {

// A prepared statement that throws StoreError instead of failing quietly. Values are only
// ever bound, never spliced into the text. A statement without placeholders is run as it is:
// PostgreSQL cannot PREPARE utility statements (SET, BEGIN, CREATE TABLE, ...).
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QVariant &value);
    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace Helpline
