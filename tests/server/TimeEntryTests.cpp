// SPDX-License-Identifier: GPL-3.0-or-later
// Time entries on tickets and the handle time they add up to.
#include "ServerTest.h"

#include "AuditLog.h"
#include "TimeEntryRepository.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QJsonObject ticketBody()
{
    return {{u"title"_s, u"Docking station not detecting monitors"_s},
            {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

QJsonObject fieldsOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject();
}

HttpResponse deleteEntry(HttpClient &http, qint64 id, const QString &token)
{
    return http.send("DELETE", u"/time-entries/%1"_s.arg(id), {}, {}, token);
}

} // namespace

void ServerTest::timeEntries_logged_areListedWithTotal()
{
    const QDateTime now(QDate(2026, 3, 2), QTime(15, 0), QTimeZone::UTC);
    installClock(now);
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1/time-entries"_s.arg(id);
    const HttpResponse first = fx().http().post(
        path, {{u"minutes"_s, 25}, {u"note"_s, u"Remote session"_s}, {u"worked_at"_s, u"2026-03-02T09:00:00Z"_s}},
        token(Role::Analyst));
    QCOMPARE(first.status, 201);
    const qint64 entryId = first.json().value(u"id"_s).toInteger();
    QCOMPARE(first.header("Location"), "/api/v1/time-entries/" + QByteArray::number(entryId));
    QCOMPARE(first.json().value(u"analyst"_s).toObject().value(u"id"_s).toInteger(), fx().user(Role::Analyst).id);
    QCOMPARE(fx().http().post(path, {{u"minutes"_s, 10}}, token(Role::Senior)).status, 201);

    const HttpResponse list = fx().http().get(path, token(Role::Analyst));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(u"total_minutes"_s).toInteger(), 35);
    const QJsonArray items = list.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"note"_s).toString(), u"Remote session"_s); // by when worked
    QCOMPARE(items.at(0).toObject().value(u"worked_at"_s).toString(), u"2026-03-02T09:00:00.000Z"_s);
    QCOMPARE(items.at(1).toObject().value(u"worked_at"_s).toString(), toWireTime(now)); // defaults to now
    QCOMPARE(items.at(1).toObject().value(u"analyst"_s).toObject().value(u"name"_s).toString(),
             fx().user(Role::Senior).displayName);

    // The ticket's history says who logged how much.
    const QList<AuditLog::Entry> audit = AuditLog(fx().database()).entriesFor(u"ticket"_s, id);
    QCOMPARE(audit.at(1).action, u"time_logged"_s);
    QCOMPARE(audit.at(1).actorId, fx().user(Role::Analyst).id);
    QCOMPARE(audit.at(1).changes.value(u"minutes"_s).toInt(), 25);
}

void ServerTest::timeEntries_invalid_returns422WithFields()
{
    installClock(QDateTime(QDate(2026, 3, 2), QTime(15, 0), QTimeZone::UTC));
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1/time-entries"_s.arg(id);
    const HttpResponse bad = fx().http().post(
        path, {{u"minutes"_s, 0}, {u"note"_s, 5}, {u"worked_at"_s, u"2026-03-03T09:00:00Z"_s}, {u"analyst_id"_s, 1}},
        token(Role::Analyst));
    QCOMPARE(bad.status, 422);
    QCOMPARE(fieldsOf(bad).value(u"minutes"_s).toString(), u"must_be_1_to_1440"_s);
    QCOMPARE(fieldsOf(bad).value(u"note"_s).toString(), u"must_be_text"_s);
    QCOMPARE(fieldsOf(bad).value(u"worked_at"_s).toString(), u"in_future"_s);
    QCOMPARE(fieldsOf(bad).value(u"analyst_id"_s).toString(), u"unknown_field"_s);
    QCOMPARE(fieldsOf(fx().http().post(path, {{u"minutes"_s, 1441}}, token(Role::Analyst))).value(u"minutes"_s).toString(),
             u"must_be_1_to_1440"_s);
    QCOMPARE(fieldsOf(fx().http().post(path, {}, token(Role::Analyst))).value(u"minutes"_s).toString(), u"required"_s);
    QCOMPARE(fx().http().send("POST", path, "minutes=5", "application/x-www-form-urlencoded", token(Role::Analyst)).status, 415);
    QCOMPARE(TimeEntryRepository(fx().database()).forTicket(id).size(), 0);
}

void ServerTest::timeEntries_rolesAndUnknownTicket()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1/time-entries"_s.arg(id);
    QCOMPARE(fx().http().get(path, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().post(path, {{u"minutes"_s, 5}}, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().get(path).status, 401);
    QCOMPARE(fx().http().get(u"/tickets/424242/time-entries"_s, token(Role::Analyst)).status, 404);
    QCOMPARE(fx().http().post(u"/tickets/424242/time-entries"_s, {{u"minutes"_s, 5}}, token(Role::Analyst)).status, 404);
    QCOMPARE(deleteEntry(fx().http(), 424242, token(Role::Analyst)).status, 404);
    QCOMPARE(TimeEntryRepository(fx().database()).forTicket(id).size(), 0);
}

void ServerTest::timeEntries_delete_ownOrAdminOnly()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1/time-entries"_s.arg(id);
    const qint64 mine = fx().http().post(path, {{u"minutes"_s, 15}}, token(Role::Analyst)).json().value(u"id"_s).toInteger();
    const qint64 theirs = fx().http().post(path, {{u"minutes"_s, 20}}, token(Role::Senior)).json().value(u"id"_s).toInteger();

    QCOMPARE(deleteEntry(fx().http(), theirs, token(Role::Analyst)).status, 403); // a colleague's time
    QCOMPARE(deleteEntry(fx().http(), mine, token(Role::Senior)).status, 403);
    QCOMPARE(deleteEntry(fx().http(), mine, token(Role::Analyst)).status, 204);
    QCOMPARE(deleteEntry(fx().http(), mine, token(Role::Analyst)).status, 404);
    QCOMPARE(deleteEntry(fx().http(), theirs, token(Role::Admin)).status, 204);
    QCOMPARE(fx().http().get(path, token(Role::Analyst)).json().value(u"total_minutes"_s).toInteger(), 0);

    const QList<AuditLog::Entry> audit = AuditLog(fx().database()).entriesFor(u"ticket"_s, id);
    QCOMPARE(audit.constLast().action, u"time_removed"_s);
    QCOMPARE(audit.constLast().actorId, fx().user(Role::Admin).id);
    QCOMPARE(audit.constLast().changes.value(u"minutes"_s).toInt(), 20);
}

void ServerTest::timeEntries_sameIdempotencyKey_logsOnce()
{
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1/time-entries"_s.arg(id);
    const QJsonObject body{{u"minutes"_s, 30}, {u"note"_s, u"Swapped the dock"_s}};
    const HttpResponse first = fx().http().postIdempotent(path, body, token(Role::Analyst), "time-1");
    const HttpResponse again = fx().http().postIdempotent(path, body, token(Role::Analyst), "time-1");
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(fx().http().postIdempotent(path, {{u"minutes"_s, 31}}, token(Role::Analyst), "time-1").status, 422);
    QCOMPARE(TimeEntryRepository(fx().database()).totalMinutes(id), 30);
}
