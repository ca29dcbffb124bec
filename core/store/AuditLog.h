// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// Who changed what, when: written inside the same transaction as the change itself.
class AuditLog
{
public:
    explicit AuditLog(const Database &database) : m_db(database) {}

    void record(std::optional<qint64> actorId, const QString &entity, qint64 entityId,
                const QString &action, const QJsonObject &changes = {});

    struct Entry
    {
        qint64 id;
        QDateTime at;
        std::optional<qint64> actorId;
        QString action;
        QJsonObject changes;
    };
    QList<Entry> entriesFor(const QString &entity, qint64 entityId) const;

private:
    const Database &m_db;
};

} // namespace Helpline
