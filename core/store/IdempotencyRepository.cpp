// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdempotencyRepository.h"

#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

bool IdempotencyRepository::claim(qint64 userId, const QString &key, const QString &requestHash,
                                  const QDateTime &claimedAt)
{
    // ON CONFLICT DO NOTHING is spelt the same in SQLite and PostgreSQL, and unlike a failed
    // INSERT it does not abort a PostgreSQL transaction.
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO idempotency_keys (user_id, idem_key, request_hash, state, created_at) "
                    "VALUES (?, ?, ?, 'in_flight', ?) ON CONFLICT DO NOTHING"_s);
    insert.bind(userId).bind(key).bind(requestHash).bind(claimedAt.toMSecsSinceEpoch());
    insert.exec();
    return insert.numRowsAffected() == 1;
}

std::optional<IdempotencyRepository::Entry> IdempotencyRepository::find(qint64 userId, const QString &key) const
{
    SqlQuery query(m_db.connection(),
                   u"SELECT request_hash, state, status, content_type, headers, body, created_at "
                   "FROM idempotency_keys WHERE user_id = ? AND idem_key = ?"_s);
    query.bind(userId).bind(key);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return Entry{query.value(0).toString(),
                 query.value(1).toString() == u"in_flight"_s,
                 query.value(2).toInt(),
                 query.value(3).toString(),
                 QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object(),
                 query.value(5).toString().toUtf8(),
                 QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), QTimeZone::UTC)};
}

bool IdempotencyRepository::complete(qint64 userId, const QString &key, const QDateTime &claimedAt,
                                     const Entry &response)
{
    SqlQuery update(m_db.connection(),
                    u"UPDATE idempotency_keys SET state = 'done', status = ?, content_type = ?, headers = ?, body = ? "
                    "WHERE user_id = ? AND idem_key = ? AND created_at = ? AND state = 'in_flight'"_s);
    update.bind(response.status)
        .bind(response.contentType)
        .bind(QString::fromUtf8(QJsonDocument(response.headers).toJson(QJsonDocument::Compact)))
        .bind(QString::fromUtf8(response.body))
        .bind(userId)
        .bind(key)
        .bind(claimedAt.toMSecsSinceEpoch());
    update.exec();
    return update.numRowsAffected() == 1;
}

void IdempotencyRepository::release(qint64 userId, const QString &key, const QDateTime &claimedAt)
{
    SqlQuery remove(m_db.connection(),
                    u"DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ? AND created_at = ? "
                    "AND state = 'in_flight'"_s);
    remove.bind(userId).bind(key).bind(claimedAt.toMSecsSinceEpoch());
    remove.exec();
}

int IdempotencyRepository::removeOlderThan(const QDateTime &cutoff)
{
    SqlQuery remove(m_db.connection(), u"DELETE FROM idempotency_keys WHERE created_at < ?"_s);
    remove.bind(cutoff.toMSecsSinceEpoch());
    remove.exec();
    return remove.numRowsAffected();
}

} // namespace Helpline
