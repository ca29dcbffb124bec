// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Helpline::Test {

// A throw-away PostgreSQL cluster in a temporary directory, reachable only through a Unix
// socket in that directory. Started by start(), stopped (fast) by the destructor.
// PostgreSQL refuses to run as root: as root, initdb and pg_ctl run as $HELPLINE_PG_USER
// (default helpline-test) through runuser.
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Creates and starts the cluster. On failure returns false and `error` says why, with
    // the tool's output.
    bool start(QString *error);
    bool isRunning() const { return m_running; }
    QString socketDirectory() const { return m_dir.path(); }

    // Creates an empty database with a name not used before in this cluster and returns its
    // location, "postgresql://helpline@/NAME?host=DIR". Empty on failure, with `error` set.
    QString createDatabase(QString *error);

    static constexpr QLatin1StringView superuser{"helpline"};

private:
    bool run(const QString &tool, const QStringList &arguments, QString *error) const;
    QString toolPath(const QString &tool) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_runAs; // empty when not running as root
    bool m_running = false;
    int m_databases = 0;
};

} // namespace Helpline::Test
