// SPDX-License-Identifier: GPL-3.0-or-later
// POST /tickets with an Idempotency-Key: a repeat never creates a second ticket.
#include "ServerTest.h"

#include "IdempotencyRepository.h"
#include "TicketRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QJsonObject ticketBody(const QString &title)
{
    return {{u"title"_s, title}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

QString errorCode(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

// What the server hashes for a POST /tickets carrying this body, to stage a request that
// is still "in flight".
QString requestHash(const QJsonObject &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("/api/v1/tickets\n");
    hash.addData(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

void ServerTest::idempotencyKey_repeat_replaysFirstAnswerAndCreatesOnce()
{
    const QJsonObject body = ticketBody(u"VPN drops"_s);
    const HttpResponse first = fx().http().postIdempotent(u"/tickets"_s, body, token(Role::Analyst), "key-1");
    QCOMPARE(first.status, 201);
    const HttpResponse second = fx().http().postIdempotent(u"/tickets"_s, body, token(Role::Analyst), "key-1");
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("Location"), first.header("Location"));
    QCOMPARE(second.header("ETag"), first.header("ETag"));
    QCOMPARE(second.header("Content-Type"), first.header("Content-Type"));
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(TicketRepository(fx().database()).count(), 1);
}

void ServerTest::idempotencyKey_otherBody_returns422AndCreatesNothing()
{
    QCOMPARE(fx().http().postIdempotent(u"/tickets"_s, ticketBody(u"First"_s), token(Role::Analyst), "key-2").status, 201);
    const HttpResponse other = fx().http().postIdempotent(u"/tickets"_s, ticketBody(u"Second"_s), token(Role::Analyst), "key-2");
    QCOMPARE(other.status, 422);
    QCOMPARE(errorCode(other), u"idempotency_key_reused"_s);
    QCOMPARE(TicketRepository(fx().database()).count(), 1);
}

void ServerTest::idempotencyKey_inFlight_returns409()
{
    const QJsonObject body = ticketBody(u"Printer"_s);
    QVERIFY(IdempotencyRepository(fx().database()).claim(fx().user(Role::Analyst).id, u"key-3"_s, requestHash(body),
                                                          Clock::current().now()));
    const HttpResponse response = fx().http().postIdempotent(u"/tickets"_s, body, token(Role::Analyst), "key-3");
    QCOMPARE(response.status, 409);
    QCOMPARE(errorCode(response), u"request_in_progress"_s);
    QCOMPARE(TicketRepository(fx().database()).count(), 0);
}

void ServerTest::idempotencyKey_abandonedInFlight_runsAgainOnce()
{
    ManualClock &clock = installClock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC));
    const QJsonObject body = ticketBody(u"Printer"_s);
    QVERIFY(IdempotencyRepository(fx().database()).claim(fx().user(Role::Analyst).id, u"key-4"_s, requestHash(body),
                                                          Clock::current().now()));
    clock.advance(std::chrono::seconds(61)); // the first attempt died without an answer
    const HttpResponse retried = fx().http().postIdempotent(u"/tickets"_s, body, token(Role::Analyst), "key-4");
    QCOMPARE(retried.status, 201);
    const HttpResponse again = fx().http().postIdempotent(u"/tickets"_s, body, token(Role::Analyst), "key-4");
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, retried.body);
    QCOMPARE(TicketRepository(fx().database()).count(), 1);
}

void ServerTest::idempotencyKey_isPerUser()
{
    QCOMPARE(fx().http().postIdempotent(u"/tickets"_s, ticketBody(u"A"_s), token(Role::Analyst), "shared").status, 201);
    QCOMPARE(fx().http().postIdempotent(u"/tickets"_s, ticketBody(u"B"_s), token(Role::Senior), "shared").status, 201);
    QCOMPARE(TicketRepository(fx().database()).count(), 2);
}

void ServerTest::idempotencyKey_failedRequest_freesKeyForCorrection()
{
    const HttpResponse invalid = fx().http().postIdempotent(u"/tickets"_s, QJsonObject{{u"title"_s, u"x"_s}},
                                                           token(Role::Analyst), "key-5");
    QCOMPARE(invalid.status, 422);
    QCOMPARE(errorCode(invalid), u"validation_failed"_s);
    const HttpResponse corrected = fx().http().postIdempotent(u"/tickets"_s, ticketBody(u"x"_s), token(Role::Analyst), "key-5");
    QCOMPARE(corrected.status, 201);
    QCOMPARE(TicketRepository(fx().database()).count(), 1);
}

void ServerTest::idempotencyKey_invalid_returns400()
{
    for (const QByteArray &key : {QByteArray(256, 'k'), QByteArray("with space"), QByteArray("caf\xc3\xa9")}) {
        const HttpResponse response = fx().http().postIdempotent(u"/tickets"_s, ticketBody(u"x"_s), token(Role::Analyst), key);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCode(response), u"malformed_request"_s);
    }
    QCOMPARE(TicketRepository(fx().database()).count(), 0);
}

void ServerTest::idempotencyKey_absent_eachPostCreates()
{
    createTicket(ticketBody(u"Same"_s));
    createTicket(ticketBody(u"Same"_s));
    QCOMPARE(TicketRepository(fx().database()).count(), 2);
}

void ServerTest::idempotencyRepository_actsOnlyOnItsOwnClaim()
{
    IdempotencyRepository keys(fx().database());
    const qint64 user = fx().user(Role::Analyst).id;
    const QDateTime first(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC);
    const QDateTime second = first.addSecs(61);
    QVERIFY(keys.claim(user, u"k"_s, u"h"_s, first));
    QVERIFY(!keys.claim(user, u"k"_s, u"h"_s, second)); // taken
    // A retry takes the abandoned key over…
    keys.release(user, u"k"_s, first);
    QVERIFY(keys.claim(user, u"k"_s, u"h"_s, second));
    // …and the slow first request can neither free it nor complete it.
    keys.release(user, u"k"_s, first);
    QVERIFY(keys.find(user, u"k"_s).has_value());
    QVERIFY(!keys.complete(user, u"k"_s, first, {}));
    QVERIFY(keys.find(user, u"k"_s)->inFlight);
    QVERIFY(keys.complete(user, u"k"_s, second, {u"h"_s, false, 201, u"application/json"_s, {}, "{}", {}}));
    QVERIFY(!keys.find(user, u"k"_s)->inFlight);
}
