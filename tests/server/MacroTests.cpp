// SPDX-License-Identifier: GPL-3.0-or-later
// /macros: canned responses, read by every ticket role, kept by seniors and admins.
#include "ServerTest.h"

#include "AuditLog.h"
#include "DemoSeed.h"
#include "MacroExpansion.h"
#include "MacroRepository.h"
#include "PasswordHasher.h"
#include "TimeEntryRepository.h"
#include "TicketRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QJsonObject macroBody(const QString &name = u"Ask for a screenshot"_s)
{
    return {{u"name"_s, name},
            {u"body"_s, u"Hi {requester.first_name}, please send a screenshot for {ticket.number}."_s},
            {u"visibility"_s, u"public"_s},
            {u"changes"_s, QJsonObject{{u"status"_s, u"pending"_s}, {u"pending_reason"_s, u"awaiting_user"_s}}}};
}

QJsonObject fieldsOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject();
}

HttpResponse patchMacro(HttpClient &http, qint64 id, const QJsonObject &body, const QString &token,
                        const QByteArray &ifMatch)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!ifMatch.isNull())
        headers.append({"If-Match", ifMatch});
    return http.send("PATCH", u"/macros/%1"_s.arg(id), QJsonDocument(body).toJson(QJsonDocument::Compact),
                     "application/json", token, {}, headers);
}

HttpResponse deleteMacro(HttpClient &http, qint64 id, const QString &token)
{
    return http.send("DELETE", u"/macros/%1"_s.arg(id), {}, {}, token);
}

} // namespace

void ServerTest::macros_seniorCreates_everyAnalystLists()
{
    const HttpResponse created = fx().http().post(u"/macros"_s, macroBody(), token(Role::Senior));
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(u"id"_s).toInteger();
    QCOMPARE(created.header("Location"), "/api/v1/macros/%1"_ba.replace("%1", QByteArray::number(id)));
    QCOMPARE(created.header("ETag"), "\"1\"");
    QCOMPARE(created.json().value(u"changes"_s).toObject().value(u"pending_reason"_s).toString(), u"awaiting_user"_s);
    QCOMPARE(fx().http().post(u"/macros"_s, macroBody(u"Another one"_s), token(Role::Admin)).status, 201);

    const HttpResponse list = fx().http().get(u"/macros"_s, token(Role::Analyst));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"name"_s).toString(), u"Another one"_s); // by name
    QCOMPARE(items.at(1).toObject().value(u"body"_s).toString(), macroBody().value(u"body"_s).toString());
    QCOMPARE(fx().http().get(u"/macros/%1"_s.arg(id), token(Role::Analyst)).json().value(u"name"_s).toString(),
             u"Ask for a screenshot"_s);

    const QList<AuditLog::Entry> audit = AuditLog(fx().database()).entriesFor(u"macro"_s, id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).action, u"created"_s);
    QCOMPARE(audit.at(0).actorId, fx().user(Role::Senior).id);
}

void ServerTest::macros_rolesWithoutPermission_get403()
{
    const qint64 id = fx().http().post(u"/macros"_s, macroBody(), token(Role::Admin)).json().value(u"id"_s).toInteger();
    QCOMPARE(fx().http().post(u"/macros"_s, macroBody(u"Mine"_s), token(Role::Analyst)).status, 403);
    QCOMPARE(patchMacro(fx().http(), id, {{u"name"_s, u"Renamed"_s}}, token(Role::Analyst), "\"1\"").status, 403);
    QCOMPARE(deleteMacro(fx().http(), id, token(Role::Analyst)).status, 403);
    QCOMPARE(fx().http().get(u"/macros"_s, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().post(u"/macros"_s, macroBody(u"Rooms"_s), token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().get(u"/macros"_s).status, 401);
    QCOMPARE(MacroRepository(fx().database()).list().size(), 1);
    QCOMPARE(MacroRepository(fx().database()).list().at(0).name, u"Ask for a screenshot"_s);
}

void ServerTest::macros_invalid_returns422WithFields()
{
    const HttpResponse bad = fx().http().post(
        u"/macros"_s,
        {{u"name"_s, u""_s}, {u"body"_s, u"Hi {requester.nickname}"_s}, {u"visibility"_s, u"loud"_s},
         {u"changes"_s, QJsonObject{{u"status"_s, u"paused"_s}, {u"priority"_s, u"1"_s}}}},
        token(Role::Senior));
    QCOMPARE(bad.status, 422);
    const QJsonObject fields = fieldsOf(bad);
    QCOMPARE(fields.value(u"name"_s).toString(), u"required"_s);
    QCOMPARE(fields.value(u"body"_s).toString(), u"unknown_placeholder"_s);
    QCOMPARE(fields.value(u"visibility"_s).toString(), u"invalid"_s);
    QCOMPARE(fields.value(u"changes.status"_s).toString(), u"invalid"_s);
    QCOMPARE(fields.value(u"changes.priority"_s).toString(), u"unknown_field"_s);

    QCOMPARE(fx().http().post(u"/macros"_s, macroBody(), token(Role::Senior)).status, 201);
    const HttpResponse taken = fx().http().post(u"/macros"_s, macroBody(u"ASK FOR A SCREENSHOT"_s), token(Role::Senior));
    QCOMPARE(taken.status, 422);
    QCOMPARE(fieldsOf(taken).value(u"name"_s).toString(), u"taken"_s);
    QCOMPARE(fx().http().send("POST", u"/macros"_s, "{", "application/json", token(Role::Senior)).status, 400);
    QCOMPARE(MacroRepository(fx().database()).list().size(), 1);
}

void ServerTest::macros_patchWithIfMatch_changesAndAudits()
{
    const QJsonObject created = fx().http().post(u"/macros"_s, macroBody(), token(Role::Senior)).json();
    const qint64 id = created.value(u"id"_s).toInteger();
    QCOMPARE(patchMacro(fx().http(), id, {{u"name"_s, u"Screenshot please"_s}}, token(Role::Senior), {}).status, 428);

    const HttpResponse changed = patchMacro(fx().http(), id,
                                            {{u"name"_s, u"Screenshot please"_s}, {u"changes"_s, QJsonObject{{u"group"_s, u"Desktop Support L2"_s}}}},
                                            token(Role::Admin), "\"1\"");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.header("ETag"), "\"2\"");
    QCOMPARE(changed.json().value(u"name"_s).toString(), u"Screenshot please"_s);
    QCOMPARE(changed.json().value(u"body"_s).toString(), created.value(u"body"_s).toString());
    QCOMPARE(changed.json().value(u"changes"_s).toObject(), (QJsonObject{{u"group"_s, u"Desktop Support L2"_s}}));

    const HttpResponse stale = patchMacro(fx().http(), id, {{u"name"_s, u"Old"_s}}, token(Role::Senior), "\"1\"");
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"version"_s).toInt(), 2);
    const HttpResponse invalid = patchMacro(fx().http(), id, {{u"body"_s, u"{analyst.shoe_size}"_s}}, token(Role::Senior), "\"2\"");
    QCOMPARE(invalid.status, 422);
    QCOMPARE(fieldsOf(invalid).value(u"body"_s).toString(), u"unknown_placeholder"_s);
    QCOMPARE(patchMacro(fx().http(), 424242, {{u"name"_s, u"x"_s}}, token(Role::Senior), "\"1\"").status, 404);

    const QList<AuditLog::Entry> audit = AuditLog(fx().database()).entriesFor(u"macro"_s, id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(1).action, u"updated"_s);
    QCOMPARE(audit.at(1).actorId, fx().user(Role::Admin).id);
    QCOMPARE(audit.at(1).changes.value(u"name"_s).toObject().value(u"to"_s).toString(), u"Screenshot please"_s);
    QVERIFY(audit.at(1).changes.contains(u"changes"_s));
    QVERIFY(!audit.at(1).changes.contains(u"body"_s));
}

void ServerTest::macros_delete_removesAndAudits()
{
    const qint64 id = fx().http().post(u"/macros"_s, macroBody(), token(Role::Senior)).json().value(u"id"_s).toInteger();
    QCOMPARE(deleteMacro(fx().http(), id, token(Role::Admin)).status, 204);
    QCOMPARE(fx().http().get(u"/macros/%1"_s.arg(id), token(Role::Analyst)).status, 404);
    QCOMPARE(deleteMacro(fx().http(), id, token(Role::Admin)).status, 404);
    const QList<AuditLog::Entry> audit = AuditLog(fx().database()).entriesFor(u"macro"_s, id);
    QCOMPARE(audit.constLast().action, u"deleted"_s);
    QCOMPARE(audit.constLast().changes.value(u"name"_s).toString(), u"Ask for a screenshot"_s);
}

void ServerTest::demoSeed_macrosUseKnownPlaceholdersAndWorkedTicketsHaveTime()
{
    QString error;
    const auto location = m_backend.freshLocation(&error);
    QVERIFY2(location, qPrintable(error));
    Database empty(*location);
    empty.open();
    QVERIFY(DemoSeed::seed(empty, PasswordHasher(PasswordHasher::Cost::Minimal), 40));
    const QList<Macro> macros = MacroRepository(empty).list();
    QVERIFY(macros.size() >= 4);
    bool setsStatus = false;
    bool setsGroup = false;
    for (const Macro &macro : macros) {
        QVERIFY2(MacroExpansion::unknownPlaceholders(macro.body).isEmpty(), qPrintable(macro.name));
        FieldErrors errors; // what the seed stored, the API would have accepted
        const QJsonObject asSent{{u"name"_s, macro.name}, {u"body"_s, macro.body},
                                 {u"visibility"_s, visibilityName(macro.visibility)}, {u"changes"_s, macro.changes}};
        QVERIFY2(parseMacro(asSent, std::nullopt, errors), qPrintable(macro.name));
        setsStatus |= macro.changes.contains(u"status"_s);
        setsGroup |= macro.changes.contains(u"group"_s);
    }
    QVERIFY(setsStatus && setsGroup);

    qint64 minutes = 0;
    TicketQuery all;
    all.limit = TicketQuery::maxLimit;
    for (const Ticket &ticket : TicketRepository(empty).list(all).items)
        minutes += TimeEntryRepository(empty).totalMinutes(ticket.id);
    QVERIFY(minutes > 0);
}
