// SPDX-License-Identifier: GPL-3.0-or-later
// PATCH /tickets/{id} with If-Match, and the history it leaves.
#include "ServerTest.h"

#include "TicketRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QJsonObject ticketBody()
{
    return {{u"title"_s, u"VPN drops"_s}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

QString errorCode(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QJsonObject fieldsOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject();
}

HttpResponse patch(HttpClient &http, qint64 id, const QJsonObject &body, const QString &token,
                   const QByteArray &ifMatch)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!ifMatch.isNull())
        headers.append({"If-Match", ifMatch});
    return http.send("PATCH", u"/tickets/%1"_s.arg(id), QJsonDocument(body).toJson(QJsonDocument::Compact),
                     "application/json", token, {}, headers);
}

} // namespace

void ServerTest::patchTicket_withoutIfMatch_returns428()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const HttpResponse response = patch(fx().http(), id, {{u"title"_s, u"New title"_s}}, token(Role::Analyst), {});
    QCOMPARE(response.status, 428);
    QCOMPARE(errorCode(response), u"precondition_required"_s);
    QCOMPARE(TicketRepository(fx().database()).find(id)->title, u"VPN drops"_s);
}

void ServerTest::patchTicket_staleIfMatch_returns412WithCurrent()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    QCOMPARE(patch(fx().http(), id, {{u"title"_s, u"Mine"_s}}, token(Role::Analyst), "\"1\"").status, 200);
    // A colleague still holding version 1 loses nothing: the answer carries the current ticket.
    const HttpResponse stale = patch(fx().http(), id, {{u"title"_s, u"Theirs"_s}}, token(Role::Senior), "\"1\"");
    QCOMPARE(stale.status, 412);
    QCOMPARE(errorCode(stale), u"stale_version"_s);
    const QJsonObject current = stale.json().value(u"current"_s).toObject();
    QCOMPARE(current.value(u"title"_s).toString(), u"Mine"_s);
    QCOMPARE(current.value(u"version"_s).toInt(), 2);
    QCOMPARE(stale.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(TicketRepository(fx().database()).find(id)->title, u"Mine"_s);
}

void ServerTest::patchTicket_valid_returns200NewVersionAndHistory()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const qint64 analyst = fx().user(Role::Analyst).id;
    const HttpResponse response = patch(fx().http(), id,
                                        {{u"assignee_id"_s, analyst}, {u"impact"_s, 1}, {u"urgency"_s, 1}},
                                        token(Role::Analyst), "W/\"1\"");
    QCOMPARE(response.status, 200);
    const QJsonObject ticket = response.json();
    QCOMPARE(ticket.value(u"version"_s).toInt(), 2);
    QCOMPARE(ticket.value(u"status"_s).toString(), u"assigned"_s);
    QCOMPARE(ticket.value(u"priority"_s).toInt(), 1);
    QCOMPARE(ticket.value(u"assignee"_s).toObject().value(u"id"_s).toInteger(), analyst);
    QCOMPARE(response.header("ETag"), QByteArray("\"2\""));

    const HttpResponse history = fx().http().get(u"/tickets/%1/history"_s.arg(id), token(Role::Senior));
    QCOMPARE(history.status, 200);
    const QJsonArray items = history.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"action"_s).toString(), u"created"_s);
    const QJsonObject update = items.at(1).toObject();
    QCOMPARE(update.value(u"action"_s).toString(), u"updated"_s);
    QCOMPARE(update.value(u"actor"_s).toObject().value(u"id"_s).toInteger(), analyst);
    const QJsonObject changes = update.value(u"changes"_s).toObject();
    QCOMPARE(changes.value(u"status"_s).toObject().value(u"from"_s).toString(), u"new"_s);
    QCOMPARE(changes.value(u"status"_s).toObject().value(u"to"_s).toString(), u"assigned"_s);
    QCOMPARE(changes.value(u"priority"_s).toObject().value(u"from"_s).toInt(), 4);
    QCOMPARE(changes.value(u"priority"_s).toObject().value(u"to"_s).toInt(), 1);
    QVERIFY(!changes.contains(u"title"_s)); // unchanged fields are not history
    QVERIFY(!changes.contains(u"version"_s));
}

void ServerTest::patchTicket_illegalTransition_returns422()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const HttpResponse response = patch(fx().http(), id, {{u"status"_s, u"closed"_s}}, token(Role::Analyst), "\"1\"");
    QCOMPARE(response.status, 422);
    QCOMPARE(fieldsOf(response).value(u"status"_s).toString(), u"transition_not_allowed"_s);
    QCOMPARE(TicketRepository(fx().database()).find(id)->status, TicketStatus::New);
}

void ServerTest::patchTicket_resolveWithoutResolution_returns422WithFields()
{
    QJsonObject body = ticketBody();
    body.insert(u"assignee_id"_s, fx().user(Role::Analyst).id);
    const qint64 id = createTicket(body).value(u"id"_s).toInteger();
    const HttpResponse refused = patch(fx().http(), id, {{u"status"_s, u"resolved"_s}}, token(Role::Analyst), "\"1\"");
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldsOf(refused).value(u"resolution_code"_s).toString(), u"required"_s);
    QCOMPARE(fieldsOf(refused).value(u"resolution_notes"_s).toString(), u"required"_s);

    const HttpResponse resolved = patch(fx().http(), id,
                                        {{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"fixed"_s},
                                         {u"resolution_notes"_s, u"Reset the VPN profile."_s}},
                                        token(Role::Analyst), "\"1\"");
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.json().value(u"resolution_code"_s).toString(), u"fixed"_s);

    // Reopening is counted.
    const HttpResponse reopened = patch(fx().http(), id, {{u"status"_s, u"in_progress"_s}}, token(Role::Analyst), "\"2\"");
    QCOMPARE(reopened.status, 200);
    QCOMPARE(reopened.json().value(u"reopen_count"_s).toInt(), 1);
    QVERIFY(reopened.json().value(u"resolution_code"_s).isNull());
}

void ServerTest::patchTicket_readOnlyField_returns422()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const HttpResponse response = patch(fx().http(), id, {{u"version"_s, 9}, {u"number"_s, u"INC-1"_s}, {u"is_admin"_s, true}},
                                        token(Role::Analyst), "\"1\"");
    QCOMPARE(response.status, 422);
    QCOMPARE(fieldsOf(response).value(u"version"_s).toString(), u"read_only"_s);
    QCOMPARE(fieldsOf(response).value(u"number"_s).toString(), u"read_only"_s);
    QCOMPARE(fieldsOf(response).value(u"is_admin"_s).toString(), u"unknown_field"_s);
    QCOMPARE(TicketRepository(fx().database()).find(id)->version, 1);
}

void ServerTest::patchTicket_assigneeNotAnAnalyst_returns422()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const HttpResponse response = patch(fx().http(), id, {{u"assignee_id"_s, fx().user(Role::RoomStaff).id}},
                                        token(Role::Analyst), "\"1\"");
    QCOMPARE(response.status, 422);
    QCOMPARE(fieldsOf(response).value(u"assignee_id"_s).toString(), u"not_an_analyst"_s);
    QVERIFY(!TicketRepository(fx().database()).find(id)->assignee);
}

void ServerTest::patchTicket_roomStaff_returns403()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    QCOMPARE(patch(fx().http(), id, {{u"title"_s, u"x"_s}}, token(Role::RoomStaff), "\"1\"").status, 403);
    QCOMPARE(fx().http().get(u"/tickets/%1/history"_s.arg(id), token(Role::RoomStaff)).status, 403);
    QCOMPARE(patch(fx().http(), id, {{u"title"_s, u"x"_s}}, {}, "\"1\"").status, 401);
}

void ServerTest::patchTicket_unknownTicketOrBadIfMatch_returns404Or400()
{
    QCOMPARE(patch(fx().http(), 424242, {{u"title"_s, u"x"_s}}, token(Role::Analyst), "\"1\"").status, 404);
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    for (const QByteArray &tag : {QByteArray("\"abc\""), QByteArray("*"), QByteArray("\"0\"")}) {
        const HttpResponse response = patch(fx().http(), id, {{u"title"_s, u"x"_s}}, token(Role::Analyst), tag);
        QCOMPARE(response.status, 400);
    }
}

void ServerTest::ticketHistory_unknownTicket_returns404()
{
    QCOMPARE(fx().http().get(u"/tickets/424242/history"_s, token(Role::Analyst)).status, 404);
}
