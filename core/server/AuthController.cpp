// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthController.h"

#include "ApiError.h"
#include "AuditLog.h"
#include "Authenticator.h"
#include "Clock.h"
#include "Guarded.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "SessionRepository.h"
#include "SessionTokens.h"
#include "Ticket.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QHttpServerRequest>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

void AuthController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Post, u"/auth/login"_s, [this](const QHttpServerRequest &r) { return login(r); });
    routes.add(Method::Post, u"/auth/logout"_s, [this](const QHttpServerRequest &r) { return logout(r); });
    routes.add(Method::Get, u"/me"_s, [this](const QHttpServerRequest &r) { return me(r); });
}

QHttpServerResponse AuthController::login(const QHttpServerRequest &request)
{
    return guarded([&] {
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        FieldErrors missing;
        for (const QString &field : {u"username"_s, u"password"_s}) {
            if (!body.value(field).isString() || body.value(field).toString().isEmpty())
                missing.insert(field, u"required"_s);
        }
        if (!missing.isEmpty())
            throw ApiError::validation(missing);
        const QString username = body.value(u"username"_s).toString().trimmed();
        const QString password = body.value(u"password"_s).toString();
        const QString address = request.remoteAddress().toString();

        if (const int wait = m_context.throttle.secondsUntilAllowed(username, address); wait > 0) {
            throw ApiError(ApiError::Kind::RateLimited, u"too_many_attempts"_s,
                           u"Too many failed sign-ins. Try again in %n second(s)."_s.replace(u"%n"_s, QString::number(wait)))
                .retryAfter(wait);
        }

        const auto stored = UserRepository(m_context.database).findByUsername(username);
        bool ok = false;
        if (stored && stored->user.active)
            ok = m_context.hasher.verify(stored->passwordHash, password);
        else
            m_context.hasher.verifyDummy(password);
        if (!ok) {
            m_context.throttle.recordFailure(username, address);
            throw ApiError(ApiError::Kind::Unauthenticated, u"invalid_credentials"_s,
                           u"The user name or password is wrong."_s);
        }
        m_context.throttle.recordSuccess(username, address);

        const QString token = SessionTokens::generate();
        const QDateTime expiresAt = Clock::current().now().addSecs(m_context.settings.tokenLifetime.count());
        Transaction transaction(m_context.database);
        SessionRepository sessions(m_context.database);
        sessions.removeExpired(Clock::current().now());
        sessions.create(SessionTokens::digest(token), stored->user.id, expiresAt);
        AuditLog(m_context.database).record(stored->user.id, u"user"_s, stored->user.id, u"signed_in"_s,
                                            {{u"address"_s, address}});
        transaction.commit();

        return QHttpServerResponse(QJsonObject{
            {u"token"_s, token},
            {u"token_type"_s, u"Bearer"_s},
            {u"expires_at"_s, toWireTime(expiresAt)},
            {u"user"_s, stored->user.toJson()},
        });
    });
}

QHttpServerResponse AuthController::logout(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request);
        Transaction transaction(m_context.database);
        SessionRepository(m_context.database).remove(SessionTokens::digest(Authenticator::bearerToken(request)));
        AuditLog(m_context.database).record(user.id, u"user"_s, user.id, u"signed_out"_s);
        transaction.commit();
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

QHttpServerResponse AuthController::me(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request);
        return QHttpServerResponse(user.toJson());
    });
}

} // namespace Helpline
