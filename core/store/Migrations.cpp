// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QStringList>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

struct Step
{
    int version;
    QStringList statements; // {pk} and {bool} are filled in per dialect
};

// Times are stored as milliseconds since the epoch (UTC): they sort and compare the same way
// on both databases and need no time-zone handling in SQL.
const QList<Step> &steps()
{
    static const QList<Step> all{
        {1,
         {
             uR"(CREATE TABLE users (
                 id {pk},
                 username TEXT NOT NULL UNIQUE,
                 display_name TEXT NOT NULL,
                 email TEXT NOT NULL DEFAULT '',
                 role TEXT NOT NULL,
                 password_hash TEXT NOT NULL,
                 active INTEGER NOT NULL DEFAULT 1,
                 created_at BIGINT NOT NULL,
                 version INTEGER NOT NULL DEFAULT 1))"_s,
             uR"(CREATE TABLE sessions (
                 token_hash TEXT PRIMARY KEY,
                 user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                 created_at BIGINT NOT NULL,
                 expires_at BIGINT NOT NULL))"_s,
             u"CREATE INDEX sessions_user ON sessions (user_id)"_s,
             uR"(CREATE TABLE tickets (
                 id {pk},
                 number TEXT UNIQUE,
                 type TEXT NOT NULL,
                 title TEXT NOT NULL,
                 description TEXT NOT NULL DEFAULT '',
                 status TEXT NOT NULL,
                 impact INTEGER NOT NULL,
                 urgency INTEGER NOT NULL,
                 priority INTEGER NOT NULL,
                 requester_name TEXT NOT NULL,
                 requester_email TEXT NOT NULL DEFAULT '',
                 assignee_id BIGINT REFERENCES users(id),
                 assignment_group TEXT NOT NULL DEFAULT '',
                 category TEXT NOT NULL DEFAULT '',
                 location TEXT NOT NULL DEFAULT '',
                 created_at BIGINT NOT NULL,
                 updated_at BIGINT NOT NULL,
                 version INTEGER NOT NULL DEFAULT 1))"_s,
             u"CREATE INDEX tickets_status_priority ON tickets (status, priority, created_at, id)"_s,
             u"CREATE INDEX tickets_group_status ON tickets (assignment_group, status, priority, created_at, id)"_s,
             u"CREATE INDEX tickets_assignee ON tickets (assignee_id, status)"_s,
             u"CREATE INDEX tickets_updated ON tickets (updated_at, id)"_s,
             uR"(CREATE TABLE audit_log (
                 id {pk},
                 at BIGINT NOT NULL,
                 actor_id BIGINT REFERENCES users(id),
                 entity TEXT NOT NULL,
                 entity_id BIGINT NOT NULL,
                 action TEXT NOT NULL,
                 changes TEXT NOT NULL DEFAULT '{}'))"_s,
             u"CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)"_s,
         }},
        {2,
         {
             // A POST's Idempotency-Key, per user: the first response, replayed for a repeat.
             uR"(CREATE TABLE idempotency_keys (
                 user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                 idem_key TEXT NOT NULL,
                 request_hash TEXT NOT NULL,
                 state TEXT NOT NULL,
                 status INTEGER NOT NULL DEFAULT 0,
                 content_type TEXT NOT NULL DEFAULT '',
                 headers TEXT NOT NULL DEFAULT '{}',
                 body TEXT NOT NULL DEFAULT '',
                 created_at BIGINT NOT NULL,
                 PRIMARY KEY (user_id, idem_key)))"_s,
             u"CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)"_s,
         }},
        {3,
         {
             // The workflow's facts: why a ticket waits, how it was resolved, how often reopened.
             u"ALTER TABLE tickets ADD COLUMN pending_reason TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE tickets ADD COLUMN resolution_code TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE tickets ADD COLUMN resolution_notes TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE tickets ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0"_s,
         }},
        {4,
         {
             // The conversation: replies to the requester and internal notes.
             uR"(CREATE TABLE ticket_comments (
                 id {pk},
                 ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                 author_id BIGINT NOT NULL REFERENCES users(id),
                 visibility TEXT NOT NULL,
                 body TEXT NOT NULL,
                 created_at BIGINT NOT NULL))"_s,
             u"CREATE INDEX ticket_comments_ticket ON ticket_comments (ticket_id, id)"_s,
         }},
        {10,
         {
             // The queue's custom views, one owner each (the built-in ones live in the code).
             uR"(CREATE TABLE saved_views (
                 id {pk},
                 user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                 name TEXT NOT NULL,
                 filters TEXT NOT NULL DEFAULT '{}',
                 sort TEXT NOT NULL DEFAULT '',
                 columns TEXT NOT NULL DEFAULT '[]',
                 created_at BIGINT NOT NULL,
                 updated_at BIGINT NOT NULL,
                 version INTEGER NOT NULL DEFAULT 1))"_s,
             u"CREATE INDEX saved_views_user ON saved_views (user_id, id)"_s,
             // The assignment groups an analyst works in: the queue's "My group".
             uR"(CREATE TABLE user_groups (
                 user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                 group_name TEXT NOT NULL,
                 PRIMARY KEY (user_id, group_name)))"_s,
         }},
    };
    return all;
}

QString forDialect(QString sql, SqlDialect dialect)
{
    const bool sqlite = dialect == SqlDialect::SQLite;
    sql.replace(u"{pk}"_s, sqlite ? u"INTEGER PRIMARY KEY"_s
                                  : u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    return sql;
}

int currentVersion(const QSqlDatabase &db)
{
    SqlQuery query(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

void run(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db, sql);
    query.exec();
}

} // namespace

int latestSchemaVersion()
{
    return steps().constLast().version;
}

void migrate(const QSqlDatabase &db, SqlDialect dialect)
{
    const bool sqlite = dialect == SqlDialect::SQLite;
    // Several servers may share one PostgreSQL: only one of them migrates at a time, from the
    // very first statement on.
    if (!sqlite)
        run(db, u"SELECT pg_advisory_lock(72616564)"_s);
    const auto unlock = qScopeGuard([&] {
        if (!sqlite) {
            QSqlQuery release(db);
            release.exec(u"SELECT pg_advisory_unlock(72616564)"_s);
        }
    });
    run(db, u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"_s);
    for (const Step &step : steps()) {
        run(db, sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
        try {
            if (currentVersion(db) < step.version) {
                for (const QString &statement : step.statements)
                    run(db, forDialect(statement, dialect));
                SqlQuery record(db, u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
                record.bind(step.version).bind(Clock::current().now().toMSecsSinceEpoch());
                record.exec();
            }
            run(db, u"COMMIT"_s);
        } catch (...) {
            QSqlQuery rollback(db);
            rollback.exec(u"ROLLBACK"_s);
            throw;
        }
    }
}

} // namespace Helpline
