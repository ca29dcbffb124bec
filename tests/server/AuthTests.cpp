// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTest.h"

#include "Ticket.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QJsonObject credentials(const QString &username, const QString &password)
{
    return {{u"username"_s, username}, {u"password"_s, password}};
}

QString errorCode(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

const QDateTime clockStart(QDate(2025, 6, 2), QTime(8, 0), QTimeZone::UTC);

} // namespace

void ServerTest::login_validCredentials_returnsTokenAndUser()
{
    installClock(clockStart);
    const HttpResponse response = fx().http().post(
        u"/auth/login"_s, credentials(ServerFixture::username(Role::Senior), ServerFixture::password(Role::Senior)));
    QCOMPARE(response.status, 200);
    const QJsonObject body = response.json();
    const QString token = body.value(u"token"_s).toString();
    QCOMPARE(token.size(), 43); // 256 bits, base64url without padding
    QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(body.value(u"expires_at"_s).toString(),
             toWireTime(clockStart.addSecs(fx().settings().tokenLifetime.count())));
    const QJsonObject user = body.value(u"user"_s).toObject();
    QCOMPARE(user.value(u"id"_s).toInteger(), fx().user(Role::Senior).id);
    QCOMPARE(user.value(u"username"_s).toString(), ServerFixture::username(Role::Senior));
    QCOMPARE(user.value(u"role"_s).toString(), u"senior"_s);
    QVERIFY(!response.body.contains("argon2"));
    QVERIFY(!response.body.contains("password"));

    const HttpResponse again = fx().http().post(
        u"/auth/login"_s, credentials(ServerFixture::username(Role::Senior), ServerFixture::password(Role::Senior)));
    QCOMPARE(again.status, 200);
    QVERIFY(again.json().value(u"token"_s).toString() != token);
}

void ServerTest::login_wrongPassword_returns401InvalidCredentials()
{
    const HttpResponse response = fx().http().post(
        u"/auth/login"_s, credentials(ServerFixture::username(Role::Analyst), u"wrong password"_s));
    QCOMPARE(response.status, 401);
    QCOMPARE(errorCode(response), u"invalid_credentials"_s);
    QVERIFY(!response.json().contains(u"token"_s));
}

void ServerTest::login_unknownUser_returns401LikeWrongPassword()
{
    const HttpResponse unknown = fx().http().post(u"/auth/login"_s, credentials(u"nobody"_s, u"whatever"_s));
    const HttpResponse wrong = fx().http().post(
        u"/auth/login"_s, credentials(ServerFixture::username(Role::Analyst), u"whatever"_s));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(errorCode(unknown), u"invalid_credentials"_s);
    // Nothing tells an unknown user name from a wrong password.
    QCOMPARE(unknown.body, wrong.body);
}

void ServerTest::login_inactiveUser_returns401()
{
    fx().addUser(u"gone"_s, Role::Analyst, false);
    const HttpResponse response = fx().http().post(
        u"/auth/login"_s, credentials(u"gone"_s, ServerFixture::password(Role::Analyst)));
    QCOMPARE(response.status, 401);
    QCOMPARE(errorCode(response), u"invalid_credentials"_s);
}

void ServerTest::login_missingFields_returns422WithFields()
{
    HttpResponse response = fx().http().post(u"/auth/login"_s, {});
    QCOMPARE(response.status, 422);
    QJsonObject error = response.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"validation_failed"_s);
    QCOMPARE(error.value(u"fields"_s).toObject(),
             (QJsonObject{{u"username"_s, u"required"_s}, {u"password"_s, u"required"_s}}));

    response = fx().http().post(u"/auth/login"_s, {{u"username"_s, u"ana"_s}, {u"password"_s, 1234}});
    QCOMPARE(response.status, 422);
    error = response.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"fields"_s).toObject(), (QJsonObject{{u"password"_s, u"required"_s}}));
}

void ServerTest::login_fiveFailures_thenRateLimitedWith429AndRetryAfter()
{
    ManualClock &clock = installClock(clockStart);
    const QString analyst = ServerFixture::username(Role::Analyst);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const HttpResponse failure = fx().http().post(u"/auth/login"_s, credentials(analyst, u"guess %1"_s.arg(attempt)));
        QCOMPARE(failure.status, 401);
        clock.advance(std::chrono::seconds(10));
    }

    // Even the right password is refused while the limit holds.
    const HttpResponse limited = fx().http().post(
        u"/auth/login"_s, credentials(analyst, ServerFixture::password(Role::Analyst)));
    QCOMPARE(limited.status, 429);
    QCOMPARE(errorCode(limited), u"too_many_attempts"_s);
    bool numeric = false;
    const int retryAfter = limited.header("Retry-After").toInt(&numeric);
    QVERIFY(numeric);
    // The oldest failure was 50 s ago and the window is 5 minutes.
    QCOMPARE(retryAfter, 250);
    QVERIFY(!limited.json().contains(u"token"_s));

    // The limit is per user name: another user signs in.
    QCOMPARE(fx().http().post(u"/auth/login"_s, credentials(ServerFixture::username(Role::Senior),
                                                            ServerFixture::password(Role::Senior))).status,
             200);

    // Once the oldest failure ages out, the right password works again.
    clock.advance(std::chrono::seconds(retryAfter));
    QCOMPARE(fx().http().post(u"/auth/login"_s, credentials(analyst, ServerFixture::password(Role::Analyst))).status,
             200);
}

void ServerTest::me_withToken_returnsCaller()
{
    const HttpResponse response = fx().http().get(u"/me"_s, token(Role::RoomStaff));
    QCOMPARE(response.status, 200);
    const QJsonObject user = response.json();
    QCOMPARE(user.value(u"id"_s).toInteger(), fx().user(Role::RoomStaff).id);
    QCOMPARE(user.value(u"role"_s).toString(), u"room_staff"_s);
    QCOMPARE(user.value(u"display_name"_s).toString(), fx().user(Role::RoomStaff).displayName);
}

void ServerTest::me_withoutToken_returns401WithWwwAuthenticate()
{
    const HttpResponse response = fx().http().get(u"/me"_s);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.header("WWW-Authenticate"), "Bearer");
    QCOMPARE(errorCode(response), u"unauthenticated"_s);
}

void ServerTest::me_garbageOrWrongSchemeToken_returns401()
{
    const HttpResponse garbage = fx().http().get(u"/me"_s, u"not-a-real-token"_s);
    QCOMPARE(garbage.status, 401);
    QCOMPARE(garbage.header("WWW-Authenticate"), "Bearer");
    QCOMPARE(errorCode(garbage), u"unauthenticated"_s);

    // A real token counts only as a bearer token, and only unaltered.
    const QString real = token(Role::Analyst);
    QCOMPARE(fx().http().get(u"/me"_s, real).status, 200);
    QCOMPARE(fx().http().getWithAuthorization(u"/me"_s, "Token " + real.toLatin1()).status, 401);
    QCOMPARE(fx().http().getWithAuthorization(u"/me"_s, "Basic dGVzdDp0ZXN0").status, 401);
    QCOMPARE(fx().http().getWithAuthorization(u"/me"_s, "Bearer ").status, 401);
    const QString altered = real.chopped(1) + (real.endsWith(u'A') ? u'B' : u'A');
    QCOMPARE(fx().http().get(u"/me"_s, altered).status, 401);
}

void ServerTest::me_expiredToken_returns401()
{
    ManualClock &clock = installClock(clockStart);
    const QString session = token(Role::Analyst);
    const auto lifetime = fx().settings().tokenLifetime;

    clock.advance(lifetime - std::chrono::seconds(1));
    QCOMPARE(fx().http().get(u"/me"_s, session).status, 200);

    clock.advance(std::chrono::seconds(1));
    const HttpResponse expired = fx().http().get(u"/me"_s, session);
    QCOMPARE(expired.status, 401);
    QCOMPARE(errorCode(expired), u"unauthenticated"_s);
}

void ServerTest::logout_endsOnlyThisSession()
{
    const QString first = fx().login(Role::Analyst);
    const QString second = fx().login(Role::Analyst);

    const HttpResponse logout = fx().http().send("POST", u"/auth/logout"_s, {}, {}, first);
    QCOMPARE(logout.status, 204);
    QVERIFY(logout.body.isEmpty());

    QCOMPARE(fx().http().get(u"/me"_s, first).status, 401);
    QCOMPARE(fx().http().send("POST", u"/auth/logout"_s, {}, {}, first).status, 401);
    QCOMPARE(fx().http().get(u"/me"_s, second).status, 200);
}
