// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace Helpline::Test {

class PostgresCluster;

// The database the integration tests run on, chosen by HELPLINE_TEST_DB: "sqlite" (the
// default) or "postgresql". Every call to freshLocation() gives an empty database of its own:
// a new SQLite file, or a new database in one PostgreSQL cluster started on first use and
// shared by the whole test process.
class TestBackend
{
public:
    TestBackend();
    ~TestBackend();
    TestBackend(const TestBackend &) = delete;
    TestBackend &operator=(const TestBackend &) = delete;

    QString name() const { return m_name; } // "sqlite" or "postgresql", for messages

    // An empty database, or nullopt with `error` saying why (never a silent skip).
    std::optional<DatabaseLocation> freshLocation(QString *error);

private:
    std::optional<DatabaseLocation> freshSqlite(QString *error);
    std::optional<DatabaseLocation> freshPostgres(QString *error);

    QString m_name;
    QTemporaryDir m_sqliteDir;
    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_clusterError; // a failed start is not retried: every test reports it
    int m_sqliteFiles = 0;
};

} // namespace Helpline::Test
