// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryRepository.h"

#include "AuditLog.h"
#include "CatalogNames.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QHash>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QString selectCategories = u"SELECT id, name, active, position, version FROM categories "_s;
const QString selectSubcategories =
    u"SELECT id, category_id, name, active, position, version FROM subcategories "_s;

Category readCategory(const SqlQuery &q)
{
    Category c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.active = q.value(2).toInt() != 0;
    c.position = q.value(3).toInt();
    c.version = q.value(4).toInt();
    return c;
}

Subcategory readSubcategory(const SqlQuery &q)
{
    Subcategory s;
    s.id = q.value(0).toLongLong();
    s.categoryId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.active = q.value(3).toInt() != 0;
    s.position = q.value(4).toInt();
    s.version = q.value(5).toInt();
    return s;
}

QJsonObject difference(const QString &beforeName, const QString &afterName, bool beforeActive, bool afterActive,
                       int beforePosition, int afterPosition)
{
    QJsonObject changes;
    const auto note = [&](const QString &field, const QJsonValue &from, const QJsonValue &to) {
        if (from != to)
            changes.insert(field, QJsonObject{{u"from"_s, from}, {u"to"_s, to}});
    };
    note(u"name"_s, beforeName, afterName);
    note(u"active"_s, beforeActive, afterActive);
    note(u"position"_s, beforePosition, afterPosition);
    return changes;
}

int nextPosition(const Database &db, const QString &sql, std::optional<qint64> parentId)
{
    SqlQuery query(db.connection(), sql);
    if (parentId)
        query.bind(*parentId);
    query.exec();
    return query.next() ? query.value(0).toInt() + 1 : 1;
}

} // namespace

QList<Category> CategoryRepository::list() const
{
    SqlQuery subs(m_db.connection(), selectSubcategories + u"ORDER BY position, name, id"_s);
    subs.exec();
    QHash<qint64, QList<Subcategory>> subsOf;
    while (subs.next()) {
        const Subcategory sub = readSubcategory(subs);
        subsOf[sub.categoryId].append(sub);
    }
    SqlQuery query(m_db.connection(), selectCategories + u"ORDER BY position, name, id"_s);
    query.exec();
    QList<Category> categories;
    while (query.next()) {
        Category category = readCategory(query);
        category.subcategories = subsOf.value(category.id);
        categories.append(category);
    }
    return categories;
}

std::optional<Category> CategoryRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), selectCategories + u"WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    Category category = readCategory(query);
    SqlQuery subs(m_db.connection(), selectSubcategories + u"WHERE category_id = ? ORDER BY position, name, id"_s);
    subs.bind(id);
    subs.exec();
    while (subs.next())
        category.subcategories.append(readSubcategory(subs));
    return category;
}

std::optional<Subcategory> CategoryRepository::findSubcategory(qint64 id) const
{
    SqlQuery query(m_db.connection(), selectSubcategories + u"WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readSubcategory(query);
}

Category CategoryRepository::create(const QString &name, std::optional<int> position, std::optional<qint64> actorId)
{
    const int at = position.value_or(nextPosition(m_db, u"SELECT MAX(position) FROM categories"_s, std::nullopt));
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO categories (name, active, position, version) VALUES (?, 1, ?, 1) RETURNING id"_s);
    insert.bind(name).bind(at);
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into categories returned no id"_s);
    const auto created = find(insert.value(0).toLongLong());
    if (!created)
        throw StoreError(u"category not found after insert"_s);
    AuditLog(m_db).record(actorId, u"category"_s, created->id, u"created"_s,
                          {{u"name"_s, created->name}, {u"position"_s, created->position}});
    return *created;
}

Subcategory CategoryRepository::createSubcategory(const Category &parent, const QString &name,
                                                  std::optional<int> position, std::optional<qint64> actorId)
{
    const int at = position.value_or(
        nextPosition(m_db, u"SELECT MAX(position) FROM subcategories WHERE category_id = ?"_s, parent.id));
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO subcategories (category_id, name, active, position, version) VALUES (?, ?, 1, ?, 1) "
                    "RETURNING id"_s);
    insert.bind(parent.id).bind(name).bind(at);
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into subcategories returned no id"_s);
    const auto created = findSubcategory(insert.value(0).toLongLong());
    if (!created)
        throw StoreError(u"subcategory not found after insert"_s);
    AuditLog(m_db).record(actorId, u"subcategory"_s, created->id, u"created"_s,
                          {{u"category"_s, parent.name}, {u"name"_s, created->name}, {u"position"_s, created->position}});
    return *created;
}

std::optional<Category> CategoryRepository::update(const Category &before, const Category &after,
                                                   std::optional<qint64> actorId)
{
    SqlQuery update(m_db.connection(),
                    u"UPDATE categories SET name = ?, active = ?, position = ?, version = version + 1 "
                    "WHERE id = ? AND version = ?"_s);
    update.bind(after.name).bind(after.active ? 1 : 0).bind(after.position).bind(before.id).bind(before.version);
    update.exec();
    if (update.numRowsAffected() != 1)
        return std::nullopt;
    QJsonObject changes =
        difference(before.name, after.name, before.active, after.active, before.position, after.position);
    if (before.name != after.name)
        changes.insert(u"tickets_renamed"_s, CatalogNames(m_db).renameCategory(before.name, after.name));
    AuditLog(m_db).record(actorId, u"category"_s, before.id, u"updated"_s, changes);
    return find(before.id);
}

std::optional<Subcategory> CategoryRepository::updateSubcategory(const Subcategory &before, const Subcategory &after,
                                                                 std::optional<qint64> actorId)
{
    SqlQuery update(m_db.connection(),
                    u"UPDATE subcategories SET name = ?, active = ?, position = ?, version = version + 1 "
                    "WHERE id = ? AND version = ?"_s);
    update.bind(after.name).bind(after.active ? 1 : 0).bind(after.position).bind(before.id).bind(before.version);
    update.exec();
    if (update.numRowsAffected() != 1)
        return std::nullopt;
    QJsonObject changes =
        difference(before.name, after.name, before.active, after.active, before.position, after.position);
    if (before.name != after.name) {
        const auto parent = find(before.categoryId);
        if (!parent)
            throw StoreError(u"subcategory %1 has no category"_s.arg(before.id));
        changes.insert(u"tickets_renamed"_s,
                       CatalogNames(m_db).renameSubcategory(parent->name, before.name, after.name));
    }
    AuditLog(m_db).record(actorId, u"subcategory"_s, before.id, u"updated"_s, changes);
    return findSubcategory(before.id);
}

} // namespace Helpline
