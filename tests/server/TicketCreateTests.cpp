// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTest.h"

#include "AuditLog.h"
#include "SqlQuery.h"
#include "Ticket.h"
#include "TicketRepository.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QJsonObject minimalTicket(const QString &title = u"Printer jam"_s)
{
    return {{u"title"_s, title}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

QJsonObject errorOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject();
}

} // namespace

void ServerTest::roomStaff_ticketRoutes_return403()
{
    const QString roomStaff = token(Role::RoomStaff);
    const HttpResponse list = fx().http().get(u"/tickets"_s, roomStaff);
    QCOMPARE(list.status, 403);
    QCOMPARE(errorOf(list).value(u"code"_s).toString(), u"forbidden"_s);

    const HttpResponse create = fx().http().post(u"/tickets"_s, minimalTicket(), roomStaff);
    QCOMPARE(create.status, 403);
    QCOMPARE(TicketRepository(fx().database()).count(), 0);

    const QJsonObject ticket = createTicket(minimalTicket());
    const HttpResponse get = fx().http().get(u"/tickets/%1"_s.arg(ticket.value(u"id"_s).toInteger()), roomStaff);
    QCOMPARE(get.status, 403);
    QVERIFY(!get.body.contains("Printer"));
}

void ServerTest::createTicket_valid_returns201WithLocationAndEtag()
{
    const QDateTime now(QDate(2025, 6, 2), QTime(9, 30, 15, 250), QTimeZone::UTC);
    installClock(now);
    QJsonObject body = minimalTicket();
    body.insert(u"impact"_s, 2);
    body.insert(u"urgency"_s, 1);
    body.insert(u"description"_s, u"Paper stuck in **tray 2**."_s);
    body.insert(u"group"_s, u"Service Desk"_s);
    body.insert(u"location"_s, u"Berlin 3.14"_s);

    const HttpResponse response = fx().http().post(u"/tickets"_s, body, token(Role::Analyst));
    QCOMPARE(response.status, 201);
    QCOMPARE(response.header("Location"), "/api/v1/tickets/1");
    QCOMPARE(response.header("ETag"), "\"1\"");
    const QJsonObject ticket = response.json();
    QCOMPARE(ticket.value(u"id"_s).toInteger(), 1);
    QCOMPARE(ticket.value(u"number"_s).toString(), u"INC-000001"_s);
    QCOMPARE(ticket.value(u"type"_s).toString(), u"incident"_s);
    QCOMPARE(ticket.value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(ticket.value(u"priority"_s).toInt(), 2);
    QCOMPARE(ticket.value(u"version"_s).toInt(), 1);
    QCOMPARE(ticket.value(u"title"_s).toString(), u"Printer jam"_s);
    QCOMPARE(ticket.value(u"description"_s).toString(), u"Paper stuck in **tray 2**."_s);
    QCOMPARE(ticket.value(u"group"_s).toString(), u"Service Desk"_s);
    QCOMPARE(ticket.value(u"location"_s).toString(), u"Berlin 3.14"_s);
    QCOMPARE(ticket.value(u"requester"_s).toObject().value(u"name"_s).toString(), u"Ann Smith"_s);
    QVERIFY(ticket.value(u"assignee"_s).isNull());
    QCOMPARE(ticket.value(u"created_at"_s).toString(), u"2025-06-02T09:30:15.250Z"_s);
    QCOMPARE(ticket.value(u"updated_at"_s).toString(), u"2025-06-02T09:30:15.250Z"_s);

    const HttpResponse fetched = fx().http().get(QString::fromLatin1(response.header("Location")).mid(7),
                                                 token(Role::Senior));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.header("ETag"), "\"1\"");
    // `watching` is the caller's: the creator watches it, the senior who fetched it does not.
    QCOMPARE(ticket.value(u"watching"_s).toBool(), true);
    QCOMPARE(fetched.json().value(u"watching"_s).toBool(), false);
    QJsonObject asCreated = ticket;
    asCreated.insert(u"watching"_s, false);
    QCOMPARE(fetched.json(), asCreated);
}

void ServerTest::createTicket_priority_followsImpactUrgencyMatrix()
{
    // The ITIL default, written out: [impact][urgency].
    const int expected[3][3] = {{1, 2, 3}, {2, 3, 4}, {3, 4, 4}};
    for (int impact = 1; impact <= 3; ++impact) {
        for (int urgency = 1; urgency <= 3; ++urgency) {
            QJsonObject body = minimalTicket(u"impact %1 urgency %2"_s.arg(impact).arg(urgency));
            body.insert(u"impact"_s, impact);
            body.insert(u"urgency"_s, urgency);
            const QJsonObject ticket = createTicket(body);
            QCOMPARE(ticket.value(u"impact"_s).toInt(), impact);
            QCOMPARE(ticket.value(u"urgency"_s).toInt(), urgency);
            QCOMPARE(ticket.value(u"priority"_s).toInt(), expected[impact - 1][urgency - 1]);
        }
    }
    // Left out, impact and urgency are 3: the lowest priority.
    QCOMPARE(createTicket(minimalTicket()).value(u"priority"_s).toInt(), 4);
}

void ServerTest::createTicket_numbers_useTypePrefixAndId()
{
    const std::pair<const char16_t *, QString> cases[] = {
        {u"incident", u"INC-000001"_s},
        {u"service_request", u"REQ-000002"_s},
        {u"problem", u"PRB-000003"_s},
        {u"change", u"CHG-000004"_s},
    };
    for (const auto &[type, number] : cases) {
        QJsonObject body = minimalTicket();
        body.insert(u"type"_s, QString::fromUtf16(type));
        const QJsonObject ticket = createTicket(body);
        QCOMPARE(ticket.value(u"type"_s).toString(), QString::fromUtf16(type));
        QCOMPARE(ticket.value(u"number"_s).toString(), number);
    }
}

void ServerTest::createTicket_withAssignee_isAssigned()
{
    const User &senior = fx().user(Role::Senior);
    QJsonObject body = minimalTicket();
    body.insert(u"assignee_id"_s, senior.id);
    const QJsonObject ticket = createTicket(body);
    QCOMPARE(ticket.value(u"status"_s).toString(), u"assigned"_s);
    const QJsonObject assignee = ticket.value(u"assignee"_s).toObject();
    QCOMPARE(assignee.value(u"id"_s).toInteger(), senior.id);
    QCOMPARE(assignee.value(u"name"_s).toString(), senior.displayName);
}

void ServerTest::createTicket_assigneeNotAnAnalyst_returns422()
{
    const User inactive = fx().addUser(u"left-the-company"_s, Role::Analyst, false);
    const qint64 candidates[] = {fx().user(Role::RoomStaff).id, inactive.id, 987654};
    for (qint64 assignee : candidates) {
        QJsonObject body = minimalTicket();
        body.insert(u"assignee_id"_s, assignee);
        const HttpResponse response = fx().http().post(u"/tickets"_s, body, token(Role::Analyst));
        QVERIFY2(response.status == 422, qPrintable(u"assignee %1: HTTP %2"_s.arg(assignee).arg(response.status)));
        const QJsonObject error = errorOf(response);
        QCOMPARE(error.value(u"code"_s).toString(), u"validation_failed"_s);
        QCOMPARE(error.value(u"fields"_s).toObject(), (QJsonObject{{u"assignee_id"_s, u"not_an_analyst"_s}}));
    }
    QCOMPARE(TicketRepository(fx().database()).count(), 0);
}

void ServerTest::createTicket_invalidFields_returns422WithAllFields()
{
    const QJsonObject body{
        {u"title"_s, u"  "_s},
        {u"type"_s, u"bug"_s},
        {u"impact"_s, 4},
        {u"urgency"_s, u"2"_s},
        {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}, {u"email"_s, u"not-an-address"_s}}},
        {u"assignee_id"_s, -1},
    };
    const HttpResponse response = fx().http().post(u"/tickets"_s, body, token(Role::Analyst));
    QCOMPARE(response.status, 422);
    const QJsonObject error = errorOf(response);
    QCOMPARE(error.value(u"code"_s).toString(), u"validation_failed"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    const QJsonObject expected{
        {u"title"_s, u"required"_s},
        {u"type"_s, u"invalid"_s},
        {u"impact"_s, u"must_be_1_to_3"_s},
        {u"urgency"_s, u"must_be_1_to_3"_s},
        {u"requester.email"_s, u"invalid"_s},
        {u"assignee_id"_s, u"invalid"_s},
    };
    QCOMPARE(error.value(u"fields"_s).toObject(), expected);
    QCOMPARE(TicketRepository(fx().database()).count(), 0);
}

void ServerTest::createTicket_malformedJson_returns400()
{
    const QByteArray bodies[] = {"{\"title\": ", "[1, 2, 3]", "\"text\"", "", "{\"title\":\"a\"} trailing"};
    for (const QByteArray &body : bodies) {
        const HttpResponse response =
            fx().http().send("POST", u"/tickets"_s, body, "application/json", token(Role::Analyst));
        QVERIFY2(response.status == 400, qPrintable(u"body <%1>: HTTP %2"_s.arg(QString::fromLatin1(body))
                                                        .arg(response.status)));
        QCOMPARE(errorOf(response).value(u"code"_s).toString(), u"malformed_request"_s);
    }
    QCOMPARE(TicketRepository(fx().database()).count(), 0);
}

void ServerTest::createTicket_bodyOverLimit_returns413()
{
    const qsizetype limit = fx().settings().maxBodyBytes;
    QCOMPARE(limit, 1024 * 1024);
    // A JSON object of exactly `bytes` bytes whose title is far too long.
    const auto bodyOf = [](qsizetype bytes) {
        const QByteArray head = "{\"requester\":{\"name\":\"Ann\"},\"title\":\"";
        const QByteArray tail = "\"}";
        return head + QByteArray(bytes - head.size() - tail.size(), 'x') + tail;
    };

    const HttpResponse atLimit =
        fx().http().send("POST", u"/tickets"_s, bodyOf(limit), "application/json", token(Role::Analyst));
    QCOMPARE(atLimit.status, 422); // read and validated: the title is too long
    QCOMPARE(errorOf(atLimit).value(u"fields"_s).toObject().value(u"title"_s).toString(), u"too_long"_s);

    const HttpResponse over =
        fx().http().send("POST", u"/tickets"_s, bodyOf(limit + 1), "application/json", token(Role::Analyst));
    QCOMPARE(over.status, 413);
    QCOMPARE(errorOf(over).value(u"code"_s).toString(), u"body_too_large"_s);
    QCOMPARE(TicketRepository(fx().database()).count(), 0);
}

void ServerTest::createTicket_wrongContentType_returns415()
{
    const QByteArray json = QJsonDocument(minimalTicket()).toJson(QJsonDocument::Compact);
    const QByteArray refused[] = {"text/plain", "application/x-www-form-urlencoded", "application/jsonx", ""};
    for (const QByteArray &type : refused) {
        const HttpResponse response = fx().http().send("POST", u"/tickets"_s, json, type, token(Role::Analyst));
        QVERIFY2(response.status == 415, qPrintable(u"Content-Type <%1>: HTTP %2"_s.arg(QString::fromLatin1(type))
                                                        .arg(response.status)));
        QCOMPARE(errorOf(response).value(u"code"_s).toString(), u"unsupported_media_type"_s);
    }
    QCOMPARE(TicketRepository(fx().database()).count(), 0);

    const HttpResponse withCharset =
        fx().http().send("POST", u"/tickets"_s, json, "Application/JSON; charset=utf-8", token(Role::Analyst));
    QCOMPARE(withCharset.status, 201);
}

void ServerTest::createTicket_writesAuditRow()
{
    const QDateTime now(QDate(2025, 6, 3), QTime(14, 0), QTimeZone::UTC);
    installClock(now);
    const QJsonObject ticket = createTicket(minimalTicket(u"Audit me"_s));
    const qint64 id = ticket.value(u"id"_s).toInteger();

    const QList<AuditLog::Entry> entries = AuditLog(fx().database()).entriesFor(u"ticket"_s, id);
    QCOMPARE(entries.size(), 1);
    const AuditLog::Entry &entry = entries.constFirst();
    QCOMPARE(entry.action, u"created"_s);
    QCOMPARE(entry.actorId, std::optional<qint64>(fx().user(Role::Analyst).id));
    QCOMPARE(entry.at, now);
    QCOMPARE(entry.changes.value(u"title"_s).toString(), u"Audit me"_s);
    QCOMPARE(entry.changes.value(u"number"_s).toString(), ticket.value(u"number"_s).toString());

    // A refused create leaves no trace.
    const auto auditRows = [this] {
        SqlQuery count(fx().database().connection(), u"SELECT COUNT(*) FROM audit_log"_s);
        count.exec();
        return count.next() ? count.value(0).toLongLong() : -1;
    };
    const qint64 before = auditRows();
    QVERIFY(before > 0);
    QCOMPARE(fx().http().post(u"/tickets"_s, {}, token(Role::Analyst)).status, 422);
    QCOMPARE(auditRows(), before);
}

void ServerTest::getTicket_unknownOrNonNumericId_returns404()
{
    createTicket(minimalTicket());
    const QString analyst = token(Role::Analyst);
    QCOMPARE(fx().http().get(u"/tickets/1"_s, analyst).status, 200);
    for (const QString &id : {u"2"_s, u"999999"_s, u"0"_s, u"-1"_s, u"abc"_s, u"1x"_s, u"1.0"_s,
                              u"99999999999999999999"_s}) {
        const HttpResponse response = fx().http().get(u"/tickets/"_s + id, analyst);
        QVERIFY2(response.status == 404, qPrintable(u"/tickets/%1: HTTP %2 %3"_s.arg(id).arg(response.status)
                                                        .arg(QString::fromUtf8(response.body))));
        QCOMPARE(errorOf(response).value(u"code"_s).toString(), u"not_found"_s);
    }
    QCOMPARE(fx().http().get(u"/tickets/1"_s).status, 401);
}
