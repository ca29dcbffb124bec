// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString columns = u"id, username, display_name, email, role, active, version"_s;

User readUser(const SqlQuery &query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.email = query.value(3).toString();
    user.role = roleFromName(query.value(4).toString()).value_or(Role::Analyst);
    user.active = query.value(5).toInt() != 0;
    user.version = query.value(6).toInt();
    return user;
}
} // namespace

User UserRepository::create(const User &user, const QString &passwordHash, std::optional<qint64> actorId)
{
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO users (username, display_name, email, role, password_hash, active, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(user.username)
        .bind(user.displayName)
        .bind(user.email)
        .bind(roleName(user.role))
        .bind(passwordHash)
        .bind(user.active ? 1 : 0)
        .bind(Clock::current().now().toMSecsSinceEpoch());
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into users returned no id"_s);
    User created = user;
    created.id = insert.value(0).toLongLong();
    created.version = 1;
    AuditLog(m_db).record(actorId, u"user"_s, created.id, u"created"_s,
                          {{u"username"_s, created.username}, {u"role"_s, roleName(created.role)}});
    return created;
}

std::optional<StoredUser> UserRepository::findByUsername(const QString &username) const
{
    SqlQuery query(m_db.connection(), u"SELECT %1, password_hash FROM users WHERE username = ?"_s.arg(columns));
    query.bind(username);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return StoredUser{readUser(query), query.value(7).toString()};
}

std::optional<User> UserRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), u"SELECT %1 FROM users WHERE id = ?"_s.arg(columns));
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readUser(query);
}

qint64 UserRepository::count() const
{
    SqlQuery query(m_db.connection(), u"SELECT COUNT(*) FROM users"_s);
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<User> UserRepository::listActive() const
{
    SqlQuery query(m_db.connection(),
                   u"SELECT %1 FROM users WHERE active = 1 ORDER BY display_name, username, id"_s.arg(columns));
    query.exec();
    QList<User> users;
    while (query.next())
        users << readUser(query);
    return users;
}

} // namespace Helpline
