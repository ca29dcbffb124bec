// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignmentGroupRepository.h"

#include "AuditLog.h"
#include "CatalogNames.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QHash>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QString selectGroups = u"SELECT id, name, description, active, version FROM assignment_groups "_s;

AssignmentGroup readGroup(const SqlQuery &q)
{
    AssignmentGroup g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.description = q.value(2).toString();
    g.active = q.value(3).toInt() != 0;
    g.version = q.value(4).toInt();
    return g;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

QList<AssignmentGroup> AssignmentGroupRepository::list() const
{
    SqlQuery members(m_db.connection(),
                     u"SELECT g.id, m.user_id FROM user_groups m JOIN assignment_groups g ON g.name = m.group_name "
                     "ORDER BY m.user_id"_s);
    members.exec();
    QHash<qint64, QList<qint64>> membersOf;
    while (members.next())
        membersOf[members.value(0).toLongLong()].append(members.value(1).toLongLong());

    SqlQuery query(m_db.connection(), selectGroups + u"ORDER BY name, id"_s);
    query.exec();
    QList<AssignmentGroup> groups;
    while (query.next()) {
        AssignmentGroup group = readGroup(query);
        group.memberIds = membersOf.value(group.id);
        groups.append(group);
    }
    return groups;
}

std::optional<AssignmentGroup> AssignmentGroupRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), selectGroups + u"WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    AssignmentGroup group = readGroup(query);
    SqlQuery members(m_db.connection(), u"SELECT user_id FROM user_groups WHERE group_name = ? ORDER BY user_id"_s);
    members.bind(group.name);
    members.exec();
    while (members.next())
        group.memberIds.append(members.value(0).toLongLong());
    return group;
}

AssignmentGroup AssignmentGroupRepository::create(const AssignmentGroup &group, std::optional<qint64> actorId)
{
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO assignment_groups (name, description, active, version) VALUES (?, ?, ?, 1) "
                    "RETURNING id"_s);
    insert.bind(group.name).bind(group.description).bind(group.active ? 1 : 0);
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into assignment_groups returned no id"_s);
    const auto created = find(insert.value(0).toLongLong());
    if (!created)
        throw StoreError(u"assignment group not found after insert"_s);
    AuditLog(m_db).record(actorId, u"assignment_group"_s, created->id, u"created"_s,
                          {{u"name"_s, created->name}, {u"description"_s, created->description}});
    return *created;
}

std::optional<AssignmentGroup> AssignmentGroupRepository::update(const AssignmentGroup &before,
                                                                 const AssignmentGroup &after,
                                                                 std::optional<qint64> actorId)
{
    SqlQuery update(m_db.connection(),
                    u"UPDATE assignment_groups SET name = ?, description = ?, active = ?, version = version + 1 "
                    "WHERE id = ? AND version = ?"_s);
    update.bind(after.name).bind(after.description).bind(after.active ? 1 : 0).bind(before.id).bind(before.version);
    update.exec();
    if (update.numRowsAffected() != 1)
        return std::nullopt;
    QJsonObject changes;
    const auto note = [&](const QString &field, const QJsonValue &from, const QJsonValue &to) {
        if (from != to)
            changes.insert(field, QJsonObject{{u"from"_s, from}, {u"to"_s, to}});
    };
    note(u"name"_s, before.name, after.name);
    note(u"description"_s, before.description, after.description);
    note(u"active"_s, before.active, after.active);
    if (before.name != after.name)
        changes.insert(u"tickets_renamed"_s, CatalogNames(m_db).renameGroup(before.name, after.name));
    AuditLog(m_db).record(actorId, u"assignment_group"_s, before.id, u"updated"_s, changes);
    return find(before.id);
}

std::optional<AssignmentGroup> AssignmentGroupRepository::setMembers(const AssignmentGroup &before,
                                                                     const QList<qint64> &userIds,
                                                                     std::optional<qint64> actorId)
{
    SqlQuery bump(m_db.connection(),
                  u"UPDATE assignment_groups SET version = version + 1 WHERE id = ? AND version = ?"_s);
    bump.bind(before.id).bind(before.version);
    bump.exec();
    if (bump.numRowsAffected() != 1)
        return std::nullopt;
    SqlQuery clear(m_db.connection(), u"DELETE FROM user_groups WHERE group_name = ?"_s);
    clear.bind(before.name);
    clear.exec();
    for (const qint64 userId : userIds) {
        SqlQuery insert(m_db.connection(), u"INSERT INTO user_groups (user_id, group_name) VALUES (?, ?)"_s);
        insert.bind(userId).bind(before.name);
        insert.exec();
    }
    const auto stored = find(before.id);
    AuditLog(m_db).record(actorId, u"assignment_group"_s, before.id, u"members_set"_s,
                          {{u"members"_s, QJsonObject{{u"from"_s, idArray(before.memberIds)},
                                                      {u"to"_s, idArray(stored ? stored->memberIds : QList<qint64>())}}}});
    return stored;
}

} // namespace Helpline
