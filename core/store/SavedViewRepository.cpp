// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedViewRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QString selectViews =
    u"SELECT id, name, filters, sort, columns, created_at, updated_at, version FROM saved_views "_s;

SavedView readView(const SqlQuery &q)
{
    SavedView view;
    view.id = q.value(0).toLongLong();
    view.name = q.value(1).toString();
    view.filters = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    view.sort = q.value(3).toString();
    for (const QJsonValue &column : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        view.columns << column.toString();
    view.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::UTC);
    view.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::UTC);
    view.version = q.value(7).toInt();
    return view;
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString compact(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QJsonObject definition(const SavedView &view)
{
    return {{u"name"_s, view.name},
            {u"filters"_s, view.filters},
            {u"sort"_s, view.sort},
            {u"columns"_s, QJsonArray::fromStringList(view.columns)}};
}

} // namespace

QList<SavedView> SavedViewRepository::forUser(qint64 userId) const
{
    SqlQuery query(m_db.connection(), selectViews + u"WHERE user_id = ? ORDER BY id"_s);
    query.bind(userId);
    query.exec();
    QList<SavedView> views;
    while (query.next())
        views << readView(query);
    return views;
}

std::optional<SavedView> SavedViewRepository::find(qint64 userId, qint64 id) const
{
    SqlQuery query(m_db.connection(), selectViews + u"WHERE id = ? AND user_id = ?"_s);
    query.bind(id).bind(userId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readView(query);
}

SavedView SavedViewRepository::create(qint64 userId, const SavedView &view)
{
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO saved_views (user_id, name, filters, sort, columns, created_at, updated_at, version) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"_s);
    insert.bind(userId).bind(view.name).bind(compact(view.filters)).bind(view.sort).bind(compact(view.columns))
        .bind(now).bind(now);
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into saved_views returned no id"_s);
    const qint64 id = insert.value(0).toLongLong();
    const auto created = find(userId, id);
    if (!created)
        throw StoreError(u"saved view %1 not found after insert"_s.arg(id));
    AuditLog(m_db).record(userId, u"saved_view"_s, id, u"created"_s, definition(*created));
    return *created;
}

std::optional<SavedView> SavedViewRepository::update(qint64 userId, const SavedView &before, const SavedView &after)
{
    SqlQuery update(m_db.connection(),
                    u"UPDATE saved_views SET name = ?, filters = ?, sort = ?, columns = ?, updated_at = ?, "
                    "version = version + 1 WHERE id = ? AND user_id = ? AND version = ?"_s);
    update.bind(after.name).bind(compact(after.filters)).bind(after.sort).bind(compact(after.columns))
        .bind(Clock::current().now().toMSecsSinceEpoch())
        .bind(before.id).bind(userId).bind(before.version);
    update.exec();
    if (update.numRowsAffected() != 1)
        return std::nullopt;
    const auto stored = find(userId, before.id);
    if (!stored)
        throw StoreError(u"saved view %1 not found after update"_s.arg(before.id));
    AuditLog(m_db).record(userId, u"saved_view"_s, before.id, u"updated"_s,
                          {{u"from"_s, definition(before)}, {u"to"_s, definition(*stored)}});
    return stored;
}

bool SavedViewRepository::remove(qint64 userId, qint64 id)
{
    const auto existing = find(userId, id);
    if (!existing)
        return false;
    SqlQuery remove(m_db.connection(), u"DELETE FROM saved_views WHERE id = ? AND user_id = ?"_s);
    remove.bind(id).bind(userId);
    remove.exec();
    AuditLog(m_db).record(userId, u"saved_view"_s, id, u"deleted"_s, definition(*existing));
    return remove.numRowsAffected() == 1;
}

} // namespace Helpline
