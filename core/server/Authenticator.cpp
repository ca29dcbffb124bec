// SPDX-License-Identifier: GPL-3.0-or-later
#include "Authenticator.h"

#include "ApiError.h"
#include "Clock.h"
#include "SessionRepository.h"
#include "SessionTokens.h"
#include "UserRepository.h"

#include <QHttpServerRequest>

namespace Helpline {

using namespace Qt::StringLiterals;

QString Authenticator::bearerToken(const QHttpServerRequest &request)
{
    const QByteArrayView header = request.headers().value(QHttpHeaders::WellKnownHeader::Authorization);
    constexpr QByteArrayView scheme = "Bearer ";
    if (!header.startsWith(scheme))
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

User Authenticator::require(const QHttpServerRequest &request) const
{
    const QString token = bearerToken(request);
    if (token.isEmpty())
        throw ApiError::unauthenticated();
    const auto userId = SessionRepository(m_context.database)
                            .userFor(SessionTokens::digest(token), Clock::current().now());
    if (!userId)
        throw ApiError::unauthenticated(u"The session has expired or was ended. Sign in again."_s);
    const auto user = UserRepository(m_context.database).find(*userId);
    if (!user || !user->active)
        throw ApiError::unauthenticated(u"The session has expired or was ended. Sign in again."_s);
    return *user;
}

User Authenticator::require(const QHttpServerRequest &request, Permission permission) const
{
    User user = require(request);
    if (!roleHas(user.role, permission))
        throw ApiError::forbidden();
    return user;
}

} // namespace Helpline
