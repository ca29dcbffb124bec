// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacroRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString selectMacros = u"SELECT id, name, body, visibility, changes, updated_at, version FROM macros "_s;

Macro readMacro(const SqlQuery &q)
{
    Macro m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.body = q.value(2).toString();
    m.visibility = visibilityFromName(q.value(3).toString()).value_or(Comment::Visibility::Internal);
    m.changes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    m.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::UTC);
    m.version = q.value(6).toInt();
    return m;
}

QString changesText(const Macro &macro)
{
    return QString::fromUtf8(QJsonDocument(macro.changes).toJson(QJsonDocument::Compact));
}

// What differs between two versions of a macro, as {"field": {"from", "to"}}.
QJsonObject difference(const Macro &before, const Macro &after)
{
    QJsonObject changes;
    const auto note = [&](const QString &field, const QJsonValue &from, const QJsonValue &to) {
        if (from != to)
            changes.insert(field, QJsonObject{{u"from"_s, from}, {u"to"_s, to}});
    };
    note(u"name"_s, before.name, after.name);
    note(u"body"_s, before.body, after.body);
    note(u"visibility"_s, visibilityName(before.visibility), visibilityName(after.visibility));
    note(u"changes"_s, before.changes, after.changes);
    return changes;
}
} // namespace

QList<Macro> MacroRepository::list() const
{
    SqlQuery query(m_db.connection(), selectMacros + u"ORDER BY lower(name), id"_s);
    query.exec();
    QList<Macro> macros;
    while (query.next())
        macros.append(readMacro(query));
    return macros;
}

std::optional<Macro> MacroRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), selectMacros + u"WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readMacro(query);
}

Macro MacroRepository::create(const Macro &macro, std::optional<qint64> actorId)
{
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO macros (name, body, visibility, changes, created_at, updated_at, version) "
                    "VALUES (?, ?, ?, ?, ?, ?, 1) RETURNING id"_s);
    insert.bind(macro.name).bind(macro.body).bind(visibilityName(macro.visibility)).bind(changesText(macro))
        .bind(now).bind(now);
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into macros returned no id"_s);
    const auto created = find(insert.value(0).toLongLong());
    if (!created)
        throw StoreError(u"macro not found after insert"_s);
    AuditLog(m_db).record(actorId, u"macro"_s, created->id, u"created"_s, {{u"name"_s, created->name}});
    return *created;
}

std::optional<Macro> MacroRepository::update(const Macro &before, const Macro &after, std::optional<qint64> actorId)
{
    SqlQuery update(m_db.connection(),
                    u"UPDATE macros SET name = ?, body = ?, visibility = ?, changes = ?, updated_at = ?, "
                    "version = version + 1 WHERE id = ? AND version = ?"_s);
    update.bind(after.name).bind(after.body).bind(visibilityName(after.visibility)).bind(changesText(after))
        .bind(Clock::current().now().toMSecsSinceEpoch()).bind(before.id).bind(before.version);
    update.exec();
    if (update.numRowsAffected() != 1)
        return std::nullopt;
    AuditLog(m_db).record(actorId, u"macro"_s, before.id, u"updated"_s, difference(before, after));
    return find(before.id);
}

bool MacroRepository::remove(const Macro &macro, std::optional<qint64> actorId)
{
    SqlQuery remove(m_db.connection(), u"DELETE FROM macros WHERE id = ?"_s);
    remove.bind(macro.id);
    remove.exec();
    if (remove.numRowsAffected() != 1)
        return false;
    AuditLog(m_db).record(actorId, u"macro"_s, macro.id, u"deleted"_s, {{u"name"_s, macro.name}});
    return true;
}

} // namespace Helpline
