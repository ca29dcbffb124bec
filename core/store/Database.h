// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Helpline {

enum class SqlDialect { SQLite, PostgreSQL };

// Where the data lives, as given on the command line:
//   sqlite:/path/to/helpline.db
//   postgresql://user[:password]@host[:port]/dbname   (host may be a socket directory:
//   postgresql://user@/dbname?host=/run/postgresql)
struct DatabaseLocation
{
    SqlDialect dialect = SqlDialect::SQLite;
    QString path;     // SQLite file
    QString host;     // PostgreSQL host name or socket directory
    int port = 5432;
    QString name;
    QString user;
    QString password;

    static DatabaseLocation parse(const QString &text, QString *error);
    QString describe() const; // for logs: never includes the password
};

// One open connection with the schema migrated to the newest version.
class Database
{
public:
    explicit Database(const DatabaseLocation &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens, configures and migrates. Throws StoreError with a message for the log.
    void open();

    QSqlDatabase connection() const;
    SqlDialect dialect() const { return m_location.dialect; }
    const DatabaseLocation &location() const { return m_location; }

private:
    friend class Transaction;
    friend class Savepoint;

    DatabaseLocation m_location;
    QString m_connectionName;
    mutable int m_transactionDepth = 0;      // Transactions open on this connection
    mutable bool m_innerAbandoned = false;   // an inner one ended without commit()
    mutable int m_savepointCount = 0;        // names each Savepoint uniquely
};

} // namespace Helpline
