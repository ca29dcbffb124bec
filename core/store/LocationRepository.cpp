// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocationRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString selectLocations = u"SELECT id, parent_id, kind, name, room_profile, path, version FROM locations "_s;

Location readLocation(const SqlQuery &q)
{
    Location l;
    l.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        l.parentId = q.value(1).toLongLong();
    l.kind = locationKindFromName(q.value(2).toString()).value_or(Location::Kind::Room);
    l.name = q.value(3).toString();
    l.roomProfile = q.value(4).toString();
    l.path = q.value(5).toString();
    l.version = q.value(6).toInt();
    return l;
}
} // namespace

QList<Location> LocationRepository::all() const
{
    SqlQuery query(m_db.connection(), selectLocations + u"ORDER BY path, id"_s);
    query.exec();
    QList<Location> locations;
    while (query.next())
        locations.append(readLocation(query));
    return locations;
}

std::optional<Location> LocationRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), selectLocations + u"WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readLocation(query);
}

bool LocationRepository::nameTaken(std::optional<qint64> parentId, const QString &name) const
{
    SqlQuery query(m_db.connection(), u"SELECT 1 FROM locations WHERE COALESCE(parent_id, 0) = ? AND name_key = ?"_s);
    query.bind(parentId.value_or(0)).bind(name.toLower());
    query.exec();
    return query.next();
}

Location LocationRepository::add(const NewLocation &location, const QString &parentPath, std::optional<qint64> actorId)
{
    const QString path = Location::pathUnder(parentPath, location.name);
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO locations (parent_id, kind, name, name_key, room_profile, path, search_key, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(location.parentId ? QVariant(*location.parentId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(locationKindName(location.kind))
        .bind(location.name)
        .bind(location.name.toLower())
        .bind(location.roomProfile)
        .bind(path)
        .bind(path.toLower())
        .bind(now)
        .bind(now);
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into locations returned no id"_s);
    const auto added = find(insert.value(0).toLongLong());
    if (!added)
        throw StoreError(u"location not found after insert"_s);
    AuditLog(m_db).record(actorId, u"location"_s, added->id, u"created"_s, added->toJson());
    return *added;
}

} // namespace Helpline
