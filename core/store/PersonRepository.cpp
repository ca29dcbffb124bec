// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QHash>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString selectPeople =
    u"SELECT p.id, p.name, p.email, p.department, p.location, p.manager_id, m.name, p.active, p.version "
    "FROM people p LEFT JOIN people m ON m.id = p.manager_id "_s;

Person readPerson(const SqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.email = q.value(2).toString();
    p.department = q.value(3).toString();
    p.location = q.value(4).toString();
    if (!q.value(5).isNull()) {
        p.managerId = q.value(5).toLongLong();
        p.managerName = q.value(6).toString();
    }
    p.active = q.value(7).toInt() != 0;
    p.version = q.value(8).toInt();
    return p;
}

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
    return u"%"_s + escaped + u"%"_s;
}
} // namespace

QString PersonRepository::searchKey(const QString &name, const QString &email)
{
    return (name + u' ' + email).toLower();
}

QList<Person> PersonRepository::search(const QString &text, int limit) const
{
    SqlQuery query(m_db.connection(), selectPeople + u"WHERE p.search_key LIKE ? ESCAPE '!' "
                                                     "ORDER BY p.active DESC, p.name, p.id LIMIT ?"_s);
    query.bind(likePattern(text.trimmed())).bind(limit);
    query.exec();
    QList<Person> people;
    while (query.next())
        people.append(readPerson(query));
    return people;
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), selectPeople + u"WHERE p.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readPerson(query);
}

QSet<QString> PersonRepository::emails() const
{
    SqlQuery query(m_db.connection(), u"SELECT email FROM people"_s);
    query.exec();
    QSet<QString> emails;
    while (query.next())
        emails.insert(query.value(0).toString());
    return emails;
}

PersonRepository::ImportResult PersonRepository::import(const PeopleImportPlan &plan, std::optional<qint64> actorId)
{
    if (!plan.isValid())
        throw StoreError(u"an import plan with errors cannot be written"_s);
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    ImportResult result;
    QHash<QString, qint64> idOfEmail;
    {
        SqlQuery all(m_db.connection(), u"SELECT email, id FROM people"_s);
        all.exec();
        while (all.next())
            idOfEmail.insert(all.value(0).toString(), all.value(1).toLongLong());
    }
    AuditLog audit(m_db);
    for (const PersonImportRow &row : plan.rows) {
        const QJsonObject fields{{u"name"_s, row.name}, {u"email"_s, row.email},
                                 {u"department"_s, row.department}, {u"location"_s, row.location},
                                 {u"manager_email"_s, row.managerEmail}};
        if (const auto existing = idOfEmail.constFind(row.email); existing != idOfEmail.constEnd()) {
            SqlQuery update(m_db.connection(),
                            u"UPDATE people SET name = ?, department = ?, location = ?, search_key = ?, active = 1, "
                            "updated_at = ?, version = version + 1 WHERE id = ?"_s);
            update.bind(row.name).bind(row.department).bind(row.location)
                .bind(searchKey(row.name, row.email)).bind(now).bind(existing.value());
            update.exec();
            audit.record(actorId, u"person"_s, existing.value(), u"imported"_s, fields);
            ++result.updated;
        } else {
            SqlQuery insert(m_db.connection(),
                            u"INSERT INTO people (name, email, department, location, search_key, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
            insert.bind(row.name).bind(row.email).bind(row.department).bind(row.location)
                .bind(searchKey(row.name, row.email)).bind(now).bind(now);
            insert.exec();
            if (!insert.next())
                throw StoreError(u"insert into people returned no id"_s);
            idOfEmail.insert(row.email, insert.value(0).toLongLong());
            audit.record(actorId, u"person"_s, insert.value(0).toLongLong(), u"created"_s, fields);
            ++result.created;
        }
    }
    // Managers last: a manager may be a row further down the same file.
    for (const PersonImportRow &row : plan.rows) {
        const auto managerId = row.managerEmail.isEmpty() ? std::optional<qint64>()
                                                          : std::optional(idOfEmail.value(row.managerEmail));
        SqlQuery link(m_db.connection(), u"UPDATE people SET manager_id = ? WHERE id = ?"_s);
        link.bind(managerId ? QVariant(*managerId) : QVariant(QMetaType::fromType<qint64>()))
            .bind(idOfEmail.value(row.email));
        link.exec();
    }
    return result;
}

} // namespace Helpline
