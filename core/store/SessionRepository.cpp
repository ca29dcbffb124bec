// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRepository.h"

#include "Clock.h"
#include "SqlQuery.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
QString hex(const QByteArray &hash) { return QString::fromLatin1(hash.toHex()); }
} // namespace

void SessionRepository::create(const QByteArray &tokenHash, qint64 userId, const QDateTime &expiresAt)
{
    SqlQuery query(m_db.connection(),
                   u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s);
    query.bind(hex(tokenHash))
        .bind(userId)
        .bind(Clock::current().now().toMSecsSinceEpoch())
        .bind(expiresAt.toMSecsSinceEpoch());
    query.exec();
}

std::optional<qint64> SessionRepository::userFor(const QByteArray &tokenHash, const QDateTime &now) const
{
    SqlQuery query(m_db.connection(),
                   u"SELECT s.user_id FROM sessions s JOIN users u ON u.id = s.user_id "
                   "WHERE s.token_hash = ? AND s.expires_at > ? AND u.active = 1"_s);
    query.bind(hex(tokenHash)).bind(now.toMSecsSinceEpoch());
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool SessionRepository::remove(const QByteArray &tokenHash)
{
    SqlQuery query(m_db.connection(), u"DELETE FROM sessions WHERE token_hash = ?"_s);
    query.bind(hex(tokenHash));
    query.exec();
    return query.numRowsAffected() > 0;
}

int SessionRepository::removeExpired(const QDateTime &now)
{
    SqlQuery query(m_db.connection(), u"DELETE FROM sessions WHERE expires_at <= ?"_s);
    query.bind(now.toMSecsSinceEpoch());
    query.exec();
    return query.numRowsAffected();
}

} // namespace Helpline
