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
        {5,
         {
             // The people directory: employees, most of whom never sign in. search_key is the
             // lower-cased name and email, folded in C++ because SQLite's LOWER() knows only ASCII.
             uR"(CREATE TABLE people (
                 id {pk},
                 name TEXT NOT NULL,
                 email TEXT NOT NULL UNIQUE,
                 department TEXT NOT NULL DEFAULT '',
                 location TEXT NOT NULL DEFAULT '',
                 manager_id BIGINT REFERENCES people(id),
                 active INTEGER NOT NULL DEFAULT 1,
                 search_key TEXT NOT NULL,
                 created_at BIGINT NOT NULL,
                 updated_at BIGINT NOT NULL,
                 version INTEGER NOT NULL DEFAULT 1))"_s,
             u"CREATE INDEX people_name ON people (name, id)"_s,
             u"ALTER TABLE tickets ADD COLUMN requester_person_id BIGINT REFERENCES people(id)"_s,
             u"CREATE INDEX tickets_requester ON tickets (requester_person_id, status)"_s,
         }},
        {6,
         {
             // Routing and the measures taken at the source: tier and escalations, the channel,
             // a priority set over the matrix, first response, resolution, reassignments.
             u"ALTER TABLE tickets ADD COLUMN tier TEXT NOT NULL DEFAULT 'L1'"_s,
             u"ALTER TABLE tickets ADD COLUMN subcategory TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE tickets ADD COLUMN channel TEXT NOT NULL DEFAULT 'phone'"_s,
             u"ALTER TABLE tickets ADD COLUMN priority_reason TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE tickets ADD COLUMN escalation_count INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE tickets ADD COLUMN reassignment_count INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE tickets ADD COLUMN first_assignee_id BIGINT REFERENCES users(id)"_s,
             u"ALTER TABLE tickets ADD COLUMN first_response_at BIGINT"_s,
             u"ALTER TABLE tickets ADD COLUMN resolved_at BIGINT"_s,
             uR"(CREATE TABLE ticket_escalations (
                 id {pk},
                 ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                 from_tier TEXT NOT NULL,
                 to_tier TEXT NOT NULL,
                 from_group TEXT NOT NULL DEFAULT '',
                 to_group TEXT NOT NULL DEFAULT '',
                 note TEXT NOT NULL,
                 actor_id BIGINT NOT NULL REFERENCES users(id),
                 at BIGINT NOT NULL))"_s,
             u"CREATE INDEX ticket_escalations_ticket ON ticket_escalations (ticket_id, id)"_s,
             // One satisfaction survey per resolution. The token is kept as it is (not hashed):
             // it allows nothing but one answer to one survey, and the analyst must be able to
             // send the link again.
             uR"(CREATE TABLE satisfaction_surveys (
                 token TEXT PRIMARY KEY,
                 ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                 created_at BIGINT NOT NULL,
                 expires_at BIGINT NOT NULL,
                 answered_at BIGINT,
                 score INTEGER,
                 comment TEXT NOT NULL DEFAULT ''))"_s,
             u"CREATE INDEX satisfaction_surveys_ticket ON satisfaction_surveys (ticket_id, created_at)"_s,
         }},
        {7,
         {
             // Files attached to a ticket. The bytes live in the server's data directory under
             // storage_name (their SHA-256), never under the name the uploader gave them.
             uR"(CREATE TABLE ticket_attachments (
                 id {pk},
                 ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                 file_name TEXT NOT NULL,
                 content_type TEXT NOT NULL,
                 size_bytes BIGINT NOT NULL,
                 sha256 TEXT NOT NULL,
                 storage_name TEXT NOT NULL,
                 uploaded_by BIGINT NOT NULL REFERENCES users(id),
                 created_at BIGINT NOT NULL))"_s,
             u"CREATE INDEX ticket_attachments_ticket ON ticket_attachments (ticket_id, id)"_s,
         }},
        {8,
         {
             // Canned responses; "changes" holds the ticket fields a macro sets, as JSON.
             uR"(CREATE TABLE macros (
                 id {pk},
                 name TEXT NOT NULL,
                 body TEXT NOT NULL,
                 visibility TEXT NOT NULL,
                 changes TEXT NOT NULL DEFAULT '{}',
                 created_at BIGINT NOT NULL,
                 updated_at BIGINT NOT NULL,
                 version INTEGER NOT NULL DEFAULT 1))"_s,
             u"CREATE UNIQUE INDEX macros_name ON macros (lower(name))"_s,
             // Time analysts spent on a ticket; its handle time is their sum.
             uR"(CREATE TABLE time_entries (
                 id {pk},
                 ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                 analyst_id BIGINT NOT NULL REFERENCES users(id),
                 minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
                 note TEXT NOT NULL DEFAULT '',
                 worked_at BIGINT NOT NULL,
                 created_at BIGINT NOT NULL))"_s,
             u"CREATE INDEX time_entries_ticket ON time_entries (ticket_id, worked_at, id)"_s,
         }},
        {9,
         {
             // Links between tickets, one row per pair (see TicketLink.h for each kind's
             // orientation). The rules live in the domain; the unique indexes only make a
             // race between two writers fail instead of breaking them.
             uR"(CREATE TABLE ticket_links (
                 id {pk},
                 kind TEXT NOT NULL,
                 source_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                 target_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                 created_by BIGINT REFERENCES users(id),
                 created_at BIGINT NOT NULL,
                 CHECK (source_id <> target_id),
                 UNIQUE (source_id, target_id)))"_s,
             u"CREATE INDEX ticket_links_target ON ticket_links (target_id)"_s,
             // At most one parent per ticket, one problem per incident, one merge per duplicate.
             u"CREATE UNIQUE INDEX ticket_links_one_parent ON ticket_links (target_id) WHERE kind = 'parent_child'"_s,
             u"CREATE UNIQUE INDEX ticket_links_one_problem ON ticket_links (target_id) WHERE kind = 'problem_incident'"_s,
             u"CREATE UNIQUE INDEX ticket_links_one_merge ON ticket_links (source_id) WHERE kind = 'duplicate'"_s,
             // A comment moved by a merge remembers the ticket it was written on.
             u"ALTER TABLE ticket_comments ADD COLUMN merged_from_id BIGINT REFERENCES tickets(id)"_s,
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
        {11,
         {
             // The lists an administrator keeps (see Catalog.h). Tickets, memberships and views
             // keep storing the names as text; a rename is carried to them in the same
             // transaction (CatalogRepository), so the names never drift apart.
             uR"(CREATE TABLE assignment_groups (
                 id {pk},
                 name TEXT NOT NULL UNIQUE,
                 description TEXT NOT NULL DEFAULT '',
                 active INTEGER NOT NULL DEFAULT 1,
                 version INTEGER NOT NULL DEFAULT 1))"_s,
             uR"(CREATE TABLE categories (
                 id {pk},
                 name TEXT NOT NULL UNIQUE,
                 active INTEGER NOT NULL DEFAULT 1,
                 position INTEGER NOT NULL DEFAULT 0,
                 version INTEGER NOT NULL DEFAULT 1))"_s,
             uR"(CREATE TABLE subcategories (
                 id {pk},
                 category_id BIGINT NOT NULL REFERENCES categories(id),
                 name TEXT NOT NULL,
                 active INTEGER NOT NULL DEFAULT 1,
                 position INTEGER NOT NULL DEFAULT 0,
                 version INTEGER NOT NULL DEFAULT 1,
                 UNIQUE (category_id, name)))"_s,
             // Existing data stays valid: every name already in use becomes an active entry.
             uR"(INSERT INTO assignment_groups (name)
                 SELECT name FROM (SELECT assignment_group AS name FROM tickets
                                   UNION SELECT group_name FROM user_groups
                                   UNION SELECT to_group FROM ticket_escalations) used
                 WHERE name <> '' ORDER BY name)"_s,
             uR"(INSERT INTO categories (name, position)
                 SELECT name, ROW_NUMBER() OVER (ORDER BY name)
                 FROM (SELECT DISTINCT category AS name FROM tickets WHERE category <> '') used)"_s,
             uR"(INSERT INTO subcategories (category_id, name, position)
                 SELECT c.id, used.name, ROW_NUMBER() OVER (PARTITION BY c.id ORDER BY used.name)
                 FROM (SELECT DISTINCT category, subcategory AS name FROM tickets
                       WHERE category <> '' AND subcategory <> '') used
                 JOIN categories c ON c.name = used.category)"_s,
         }},
        {12,
         {
             // Who follows a ticket. The key serves "who watches this ticket"; the second
             // index "what does this analyst watch" (the Watching view).
             uR"(CREATE TABLE ticket_watchers (
                 ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                 user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                 created_at BIGINT NOT NULL,
                 PRIMARY KEY (ticket_id, user_id)))"_s,
             u"CREATE INDEX ticket_watchers_user ON ticket_watchers (user_id, ticket_id)"_s,
         }},
        {13,
         {
             // Where equipment lives: sites hold buildings, buildings hold rooms. path is the
             // names from the site down, kept so a room's full name needs no recursive query;
             // search_key is its lower-cased form (folded in C++: SQLite's LOWER() is ASCII only).
             uR"(CREATE TABLE locations (
                 id {pk},
                 parent_id BIGINT REFERENCES locations(id),
                 kind TEXT NOT NULL,
                 name TEXT NOT NULL,
                 name_key TEXT NOT NULL,
                 room_profile TEXT NOT NULL DEFAULT '',
                 path TEXT NOT NULL,
                 search_key TEXT NOT NULL,
                 created_at BIGINT NOT NULL,
                 updated_at BIGINT NOT NULL,
                 version INTEGER NOT NULL DEFAULT 1))"_s,
             // No two siblings share a name (sites: parent 0).
             u"CREATE UNIQUE INDEX locations_sibling_name ON locations (COALESCE(parent_id, 0), name_key)"_s,
             u"CREATE INDEX locations_path ON locations (path)"_s,
             // The equipment. tag_key and serial_key are the lower-cased tag and serial the
             // scanner lookup matches exactly; search_key holds the asset's own words for
             // the free-text lookup (people and rooms are matched through their own tables).
             // Loans, reservations, repairs and licences will refer to assets(id).
             uR"(CREATE TABLE assets (
                 id {pk},
                 tag TEXT NOT NULL,
                 tag_key TEXT NOT NULL,
                 serial TEXT NOT NULL DEFAULT '',
                 serial_key TEXT NOT NULL DEFAULT '',
                 model TEXT NOT NULL,
                 manufacturer TEXT NOT NULL DEFAULT '',
                 category TEXT NOT NULL,
                 status TEXT NOT NULL,
                 person_id BIGINT REFERENCES people(id),
                 location_id BIGINT REFERENCES locations(id),
                 purchase_date TEXT,
                 warranty_end TEXT,
                 hostname TEXT NOT NULL DEFAULT '',
                 hostname_key TEXT NOT NULL DEFAULT '',
                 os TEXT NOT NULL DEFAULT '',
                 patch_level TEXT NOT NULL DEFAULT '',
                 notes TEXT NOT NULL DEFAULT '',
                 search_key TEXT NOT NULL,
                 created_at BIGINT NOT NULL,
                 updated_at BIGINT NOT NULL,
                 version INTEGER NOT NULL DEFAULT 1))"_s,
             u"CREATE UNIQUE INDEX assets_tag_key ON assets (tag_key)"_s,
             u"CREATE INDEX assets_serial_key ON assets (serial_key)"_s,
             u"CREATE INDEX assets_hostname_key ON assets (hostname_key)"_s,
             u"CREATE INDEX assets_location ON assets (location_id, tag_key)"_s,
             u"CREATE INDEX assets_person ON assets (person_id, tag_key)"_s,
         }},
        {14,
         {
             // The equipment a ticket is about; one row per pair.
             uR"(CREATE TABLE ticket_assets (
                 ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
                 asset_id BIGINT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                 created_by BIGINT REFERENCES users(id),
                 created_at BIGINT NOT NULL,
                 PRIMARY KEY (ticket_id, asset_id)))"_s,
             u"CREATE INDEX ticket_assets_asset ON ticket_assets (asset_id, ticket_id)"_s,
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

bool isApplied(const QSqlDatabase &db, int version)
{
    SqlQuery query(db, u"SELECT 1 FROM schema_migrations WHERE version = ?"_s);
    query.bind(version);
    query.exec();
    return query.next();
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

QList<int> schemaStepVersions()
{
    QList<int> versions;
    for (const Step &step : steps())
        versions << step.version;
    return versions;
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
            if (!isApplied(db, step.version)) {
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
