// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Clock.h"
#include "SqlQuery.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

void AuditLog::record(std::optional<qint64> actorId, const QString &entity, qint64 entityId,
                      const QString &action, const QJsonObject &changes)
{
    SqlQuery query(m_db.connection(),
                   u"INSERT INTO audit_log (at, actor_id, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.bind(Clock::current().now().toMSecsSinceEpoch())
        .bind(actorId ? QVariant(*actorId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(entity)
        .bind(entityId)
        .bind(action)
        .bind(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    query.exec();
}

QList<AuditLog::Entry> AuditLog::entriesFor(const QString &entity, qint64 entityId) const
{
    SqlQuery query(m_db.connection(),
                   u"SELECT id, at, actor_id, action, changes FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"_s);
    query.bind(entity).bind(entityId);
    query.exec();
    QList<Entry> entries;
    while (query.next()) {
        const QVariant actor = query.value(2);
        entries.append({query.value(0).toLongLong(),
                        QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::UTC),
                        actor.isNull() ? std::nullopt : std::optional<qint64>(actor.toLongLong()),
                        query.value(3).toString(),
                        QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()});
    }
    return entries;
}

} // namespace Helpline
