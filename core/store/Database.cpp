// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrations.h"
#include "PreparedStatements.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace Helpline {

using namespace Qt::StringLiterals;

DatabaseLocation DatabaseLocation::parse(const QString &text, QString *error)
{
    DatabaseLocation location;
    if (text.startsWith(u"sqlite:"_s)) {
        location.dialect = SqlDialect::SQLite;
        location.path = text.mid(7);
        if (location.path.isEmpty() && error)
            *error = u"sqlite: needs a file path, as in sqlite:/var/lib/helpline/helpline.db"_s;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)) {
        if (error)
            *error = u"expected sqlite:PATH or postgresql://user@host/dbname"_s;
        return location;
    }
    location.dialect = SqlDialect::PostgreSQL;
    location.host = url.host();
    location.port = url.port(5432);
    location.name = url.path().mid(1);
    location.user = url.userName();
    location.password = url.password();
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"host"_s))
        location.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (location.name.isEmpty() && error)
        *error = u"postgresql:// needs a database name"_s;
    return location;
}

QString DatabaseLocation::describe() const
{
    if (dialect == SqlDialect::SQLite)
        return u"SQLite %1"_s.arg(path);
    return u"PostgreSQL %1@%2:%3/%4"_s.arg(user, host).arg(port).arg(name);
}

Database::Database(const DatabaseLocation &location)
    : m_location(location)
    , m_connectionName(u"helpline-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    PreparedStatements::forget(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::open()
{
    const bool sqlite = m_location.dialect == SqlDialect::SQLite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, m_connectionName);
    if (sqlite) {
        db.setDatabaseName(m_location.path);
        // Writers wait for each other instead of failing at once.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.name);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
    }
    if (!db.open())
        throw StoreError(u"cannot open %1: %2"_s.arg(m_location.describe(), db.lastError().text()));

    if (sqlite) {
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA synchronous = NORMAL"_s}) {
            SqlQuery query(db, pragma);
            query.exec();
        }
    } else {
        SqlQuery query(db, u"SET TIME ZONE 'UTC'"_s);
        query.exec();
    }
    migrate(db, m_location.dialect);
    PreparedStatements::forget(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace Helpline
