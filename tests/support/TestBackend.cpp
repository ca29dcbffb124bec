// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include "PostgresCluster.h"

#include <QDir>

namespace Helpline::Test {

using namespace Qt::StringLiterals;

namespace {
std::optional<DatabaseLocation> parsed(const QString &text, QString *error)
{
    QString parseError;
    const DatabaseLocation location = DatabaseLocation::parse(text, &parseError);
    if (!parseError.isEmpty()) {
        *error = u"test database location %1 does not parse: %2"_s.arg(text, parseError);
        return std::nullopt;
    }
    return location;
}
} // namespace

TestBackend::TestBackend()
    : m_name(qEnvironmentVariable("HELPLINE_TEST_DB", u"sqlite"_s).trimmed().toLower())
    , m_sqliteDir(QDir::tempPath() + u"/helpline-sqlite-XXXXXX"_s)
{
}

TestBackend::~TestBackend() = default;

std::optional<DatabaseLocation> TestBackend::freshLocation(QString *error)
{
    Q_ASSERT(error);
    if (m_name == u"sqlite"_s)
        return freshSqlite(error);
    if (m_name == u"postgresql"_s)
        return freshPostgres(error);
    *error = u"HELPLINE_TEST_DB is \"%1\"; expected \"sqlite\" or \"postgresql\""_s.arg(m_name);
    return std::nullopt;
}

std::optional<DatabaseLocation> TestBackend::freshSqlite(QString *error)
{
    if (!m_sqliteDir.isValid()) {
        *error = u"cannot create a temporary directory for SQLite files: %1"_s.arg(m_sqliteDir.errorString());
        return std::nullopt;
    }
    const QString file = m_sqliteDir.filePath(u"helpline-%1.db"_s.arg(++m_sqliteFiles));
    return parsed(u"sqlite:"_s + file, error);
}

std::optional<DatabaseLocation> TestBackend::freshPostgres(QString *error)
{
    if (!m_clusterError.isEmpty()) {
        *error = m_clusterError;
        return std::nullopt;
    }
    if (!m_cluster) {
        m_cluster = std::make_unique<PostgresCluster>();
        if (!m_cluster->start(&m_clusterError)) {
            m_clusterError = u"cannot start the PostgreSQL test cluster: "_s + m_clusterError;
            *error = m_clusterError;
            return std::nullopt;
        }
    }
    const QString location = m_cluster->createDatabase(error);
    if (location.isEmpty())
        return std::nullopt;
    return parsed(location, error);
}

} // namespace Helpline::Test
