// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGroupRepository.h"

#include "AuditLog.h"
#include "SqlQuery.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QStringList UserGroupRepository::groupsOf(qint64 userId) const
{
    SqlQuery query(m_db.connection(), u"SELECT group_name FROM user_groups WHERE user_id = ? ORDER BY group_name"_s);
    query.bind(userId);
    query.exec();
    QStringList groups;
    while (query.next())
        groups << query.value(0).toString();
    return groups;
}

QHash<qint64, QStringList> UserGroupRepository::allMemberships() const
{
    SqlQuery query(m_db.connection(), u"SELECT user_id, group_name FROM user_groups ORDER BY user_id, group_name"_s);
    query.exec();
    QHash<qint64, QStringList> groups;
    while (query.next())
        groups[query.value(0).toLongLong()] << query.value(1).toString();
    return groups;
}

void UserGroupRepository::add(qint64 userId, const QString &group, std::optional<qint64> actorId)
{
    SqlQuery insert(m_db.connection(), u"INSERT INTO user_groups (user_id, group_name) VALUES (?, ?)"_s);
    insert.bind(userId).bind(group);
    insert.exec();
    AuditLog(m_db).record(actorId, u"user"_s, userId, u"joined_group"_s, {{u"group"_s, group}});
}

} // namespace Helpline
