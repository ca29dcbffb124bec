// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVersionNumber>

#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <unistd.h>

namespace Helpline::Test {

using namespace Qt::StringLiterals;

namespace {

constexpr int toolTimeoutMs = 120'000;
// sockaddr_un.sun_path holds 108 bytes including the terminating zero.
constexpr qsizetype maxSocketPath = 107;

// The bin directory of the newest PostgreSQL under /usr/lib/postgresql, or empty.
QString findBinDir()
{
    const QDir root(u"/usr/lib/postgresql"_s);
    QVersionNumber best;
    QString bestDir;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        const QString bin = root.filePath(entry + u"/bin"_s);
        if (version.isNull() || !QFileInfo(bin + u"/initdb"_s).isExecutable()
            || !QFileInfo(bin + u"/pg_ctl"_s).isExecutable())
            continue;
        if (bestDir.isEmpty() || version > best) {
            best = version;
            bestDir = bin;
        }
    }
    return bestDir;
}

QString readLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"(no server log at %1)"_s.arg(path);
    return QString::fromLocal8Bit(file.readAll());
}

} // namespace

PostgresCluster::PostgresCluster()
    : m_dir(QDir::tempPath() + u"/helpline-pg-XXXXXX"_s)
{
}

PostgresCluster::~PostgresCluster()
{
    if (!m_running)
        return;
    QString error;
    if (!run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, &error))
        qWarning("PostgreSQL test cluster did not stop: %s", qPrintable(error));
}

QString PostgresCluster::toolPath(const QString &tool) const
{
    return m_binDir + u'/' + tool;
}

bool PostgresCluster::run(const QString &tool, const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The tools must be able to enter their working directory as the unprivileged user.
    process.setWorkingDirectory(m_dir.path());
    QStringList command{toolPath(tool)};
    command << arguments;
    if (!m_runAs.isEmpty())
        command = QStringList{u"runuser"_s, u"-u"_s, m_runAs, u"--"_s} + command;
    process.start(command.constFirst(), command.mid(1));
    const bool finished = process.waitForStarted() && process.waitForFinished(toolTimeoutMs);
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (error) {
        *error = u"`%1` failed (%2, exit code %3):\n%4"_s.arg(command.join(u' '),
                                                              process.errorString())
                     .arg(process.exitCode())
                     .arg(output);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    return false;
}

bool PostgresCluster::start(QString *error)
{
    Q_ASSERT(error);
    if (m_running)
        return true;
    if (!m_dir.isValid()) {
        *error = u"cannot create a temporary directory for PostgreSQL: %1"_s.arg(m_dir.errorString());
        return false;
    }
    const QString socket = m_dir.filePath(u".s.PGSQL.5432"_s);
    if (socket.toLocal8Bit().size() > maxSocketPath) {
        *error = u"the socket path %1 is too long for a Unix socket; set TMPDIR to a shorter directory"_s.arg(socket);
        return false;
    }
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        *error = u"no PostgreSQL server found under /usr/lib/postgresql/*/bin (initdb, pg_ctl)"_s;
        return false;
    }

    if (geteuid() == 0) {
        m_runAs = qEnvironmentVariable("HELPLINE_PG_USER", u"helpline-test"_s);
        const struct passwd *user = getpwnam(m_runAs.toLocal8Bit().constData());
        if (!user) {
            *error = u"running as root, PostgreSQL needs an unprivileged user, but user %1 does not exist "
                     "(set HELPLINE_PG_USER)"_s.arg(m_runAs);
            return false;
        }
        if (chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            *error = u"cannot give %1 to user %2: %3"_s.arg(m_dir.path(), m_runAs,
                                                         QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
    }

    const QString data = m_dir.filePath(u"data"_s);
    const QString log = m_dir.filePath(u"log"_s);
    if (!run(u"initdb"_s, {u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, superuser, u"--no-sync"_s,
                            u"--encoding=UTF8"_s, u"--no-locale"_s}, error))
        return false;
    const QString options = u"-k %1 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                            "-c full_page_writes=off -c client_min_messages=warning"_s.arg(m_dir.path());
    if (!run(u"pg_ctl"_s, {u"-D"_s, data, u"-o"_s, options, u"-w"_s, u"-l"_s, log, u"start"_s}, error)) {
        *error += u"\nserver log:\n"_s + readLog(log);
        return false;
    }
    m_running = true;
    return true;
}

QString PostgresCluster::createDatabase(QString *error)
{
    Q_ASSERT(error);
    if (!m_running) {
        *error = u"the PostgreSQL test cluster is not running"_s;
        return {};
    }
    const QString name = u"helpline_test_%1"_s.arg(++m_databases);
    const QString connection = u"helpline-test-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(m_dir.path());
        db.setDatabaseName(u"postgres"_s);
        db.setUserName(superuser);
        if (!db.open()) {
            *error = u"cannot connect to the PostgreSQL test cluster in %1: %2"_s.arg(m_dir.path(),
                                                                                    db.lastError().text());
        } else {
            QSqlQuery query(db);
            // The name is ours (a counter), not input: it may be spliced.
            created = query.exec(u"CREATE DATABASE "_s + name);
            if (!created)
                *error = u"cannot create database %1: %2"_s.arg(name, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!created)
        return {};
    return u"postgresql://%1@/%2?host=%3"_s.arg(
        superuser, name, QString::fromLatin1(QUrl::toPercentEncoding(m_dir.path(), "/")));
}

} // namespace Helpline::Test
