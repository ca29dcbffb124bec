// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's views and bulk changes: multi-column sort over text and number keys, counts
// per view, saved views per user, and POST /tickets/bulk with per-ticket results.
#include "ServerTest.h"

#include "ExpectedOrder.h"

#include "AuditLog.h"
#include "CommentRepository.h"
#include "SavedView.h"
#include "Savepoint.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "Ticket.h"
#include "TicketQuery.h"
#include "TicketRepository.h"
#include "Transaction.h"
#include "UserGroupRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

// Every id GET /tickets lists for these parameters, page after page.
QList<qint64> walk(HttpClient &http, const QString &token, QUrlQuery query, int limit)
{
    QList<qint64> ids;
    QString cursor;
    int pages = 0;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    do {
        QUrlQuery page = query;
        if (!cursor.isEmpty())
            page.addQueryItem(u"cursor"_s, cursor);
        const HttpResponse response = http.get(u"/tickets"_s, token, page);
        QVERIFY2(response.status == 200, qPrintable(u"%1: HTTP %2 %3"_s.arg(page.toString()).arg(response.status)
                                                        .arg(QString::fromUtf8(response.body))));
        for (const QJsonValue &item : response.json().value(u"items"_s).toArray())
            ids << item.toObject().value(u"id"_s).toInteger();
        cursor = response.json().value(u"next_cursor"_s).toString();
    } while (!cursor.isEmpty() && ++pages < 100);
    return ids;
}

QString describe(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QJsonObject fieldsOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject();
}

HttpResponse sendJson(HttpClient &http, const QByteArray &verb, const QString &path, const QJsonObject &body,
                      const QString &token, const QByteArray &ifMatch = {})
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!ifMatch.isNull())
        headers.append({"If-Match", ifMatch});
    return http.send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token, {},
                     headers);
}

QJsonObject ticketBody(const QString &title)
{
    return {{u"title"_s, title}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

} // namespace

void ServerTest::listTickets_multiColumnTextSort_walksEveryRowOnceInOrder()
{
    const QDateTime start(QDate(2025, 3, 3), QTime(8, 0), QTimeZone::UTC);
    ManualClock &clock = installClock(start);
    // Few distinct values per key, so each key ties often and the next one decides. Lower-case
    // letters and digits only: both databases' collations order them alike.
    const QString groups[] = {u"bravo"_s, u"alpha"_s, u"charlie"_s};
    const QString locations[] = {u"room2"_s, u"room1"_s};
    QList<ListedTicket> rows;
    for (int i = 0; i < 24; ++i) {
        clock.set(start.addSecs(60 * ((i * 5) % 7)));
        const QJsonObject ticket = createTicket(
            {{u"title"_s, u"title%1"_s.arg((i * 7) % 4)},
             {u"impact"_s, 1 + i % 3},
             {u"urgency"_s, 1 + (i / 3) % 2},
             {u"group"_s, groups[i % 3]},
             {u"location"_s, locations[(i / 2) % 2]},
             {u"requester"_s, QJsonObject{{u"name"_s, u"requester%1"_s.arg((i * 5) % 6)}}}});
        rows.append(ListedTicket::fromJson(ticket));
    }
    const QString analyst = token(Role::Analyst);
    for (const QString &sort : {u"group,-priority"_s, u"-group,location,created_at"_s, u"requester,-title"_s,
                                u"title,group,-created_at"_s, u"location,-requester,priority"_s}) {
        const QList<qint64> expected = expectedOrder(rows, sort);
        for (int limit : {5, 9}) {
            QUrlQuery query;
            query.addQueryItem(u"sort"_s, sort);
            const QList<qint64> walked = walk(fx().http(), analyst, query, limit);
            QVERIFY2(walked == expected, qPrintable(u"sort=%1 limit=%2\n  got      %3\n  expected %4"_s.arg(sort)
                                                        .arg(limit).arg(describe(walked), describe(expected))));
        }
    }
}

void ServerTest::ticketCounts_matchTheListOfEveryView()
{
    const User &me = fx().user(Role::Analyst);
    const User &colleague = fx().user(Role::Senior);
    {
        Transaction transaction(fx().database());
        UserGroupRepository(fx().database()).add(me.id, u"Service Desk"_s, std::nullopt);
        transaction.commit();
    }
    const QString groups[] = {u"Service Desk"_s, u"Network"_s};
    for (int i = 0; i < 14; ++i) {
        QJsonObject body = ticketBody(u"Ticket %1"_s.arg(i));
        body.insert(u"group"_s, groups[i % 2]);
        if (i % 3 == 1)
            body.insert(u"assignee_id"_s, me.id);
        else if (i % 3 == 2)
            body.insert(u"assignee_id"_s, colleague.id);
        const QJsonObject ticket = createTicket(body);
        if (i % 4 == 0 && i % 3 != 0) {
            const HttpResponse pending = sendJson(
                fx().http(), "PATCH", u"/tickets/%1"_s.arg(ticket.value(u"id"_s).toInteger()),
                {{u"status"_s, u"pending"_s}, {u"pending_reason"_s, u"awaiting_user"_s}}, token(Role::Analyst), "1");
            QCOMPARE(pending.status, 200);
        }
    }
    const QString analyst = token(Role::Analyst);
    const HttpResponse custom = fx().http().post(
        u"/views"_s, {{u"name"_s, u"Network, P3 and worse"_s}, {u"filters"_s, QJsonObject{{u"group"_s, u"Network"_s}, {u"priority"_s, u"3,4"_s}}}},
        analyst);
    QCOMPARE(custom.status, 201);
    const QString customId = QString::number(custom.json().value(u"id"_s).toInteger());

    const HttpResponse views = fx().http().get(u"/views"_s, analyst);
    QCOMPARE(views.status, 200);
    const QJsonArray items = views.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 7); // six built in, one custom
    QStringList references;
    for (const QJsonValue &item : items) {
        const QJsonObject view = item.toObject();
        references << (view.value(u"builtin"_s).toBool() ? view.value(u"key"_s).toString()
                                                          : QString::number(view.value(u"id"_s).toInteger()));
    }
    QCOMPARE(references, (QStringList{u"my_open"_s, u"my_group"_s, u"unassigned"_s, u"pending"_s, u"watching"_s, u"all"_s, customId}));

    QUrlQuery ask;
    ask.addQueryItem(u"views"_s, references.join(u','));
    const HttpResponse counts = fx().http().get(u"/tickets/counts"_s, analyst, ask);
    QCOMPARE(counts.status, 200);
    const QJsonObject byView = counts.json().value(u"counts"_s).toObject();
    QCOMPARE(byView.size(), 7);
    int nonEmpty = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QUrlQuery query;
        // What the queue lists first: a view naming no status shows its open tickets.
        const QJsonObject filters = SavedView::fromJson(items.at(i).toObject())->shownFirstFilters();
        for (auto it = filters.begin(); it != filters.end(); ++it)
            query.addQueryItem(it.key(), it.value().toString());
        const QString &reference = references.at(i);
        const qsizetype listed = walk(fx().http(), analyst, query, 4).size();
        QVERIFY2(byView.value(reference).toInteger(-1) == listed,
                 qPrintable(u"%1: counted %2, listed %3"_s.arg(reference).arg(byView.value(reference).toInteger(-1)).arg(listed)));
        nonEmpty += listed > 0 ? 1 : 0;
    }
    QCOMPARE(nonEmpty, 7); // the data gives every view something to count
    // My group is the analyst's group only; a colleague in no group counts nothing there.
    QCOMPARE(byView.value(u"my_group"_s).toInteger(), 7); // every Service Desk ticket is open
    const HttpResponse theirs = fx().http().get(u"/tickets/counts"_s, token(Role::Senior), QUrlQuery(u"views=my_group,my_open"_s));
    QCOMPARE(theirs.json().value(u"counts"_s).toObject().value(u"my_group"_s).toInteger(), 0);

    // Without `views`: every view of the caller. A view of someone else's, or none, is refused.
    QCOMPARE(fx().http().get(u"/tickets/counts"_s, analyst).json().value(u"counts"_s).toObject(), byView);
    const HttpResponse foreign = fx().http().get(u"/tickets/counts"_s, token(Role::Senior), QUrlQuery(u"views="_s + customId));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(fieldsOf(foreign).value(u"views"_s).toString(), u"unknown_view"_s);
    QCOMPARE(fx().http().get(u"/tickets/counts"_s, analyst, QUrlQuery(u"views=my_open&status=new"_s)).status, 400);
    QCOMPARE(fx().http().get(u"/tickets/counts"_s, token(Role::RoomStaff)).status, 403);
}

void ServerTest::views_savedPerUser_validatedVersionedAndAudited()
{
    const QString analyst = token(Role::Analyst);
    const HttpResponse bad = fx().http().post(
        u"/views"_s, {{u"name"_s, u" "_s}, {u"filters"_s, QJsonObject{{u"status"_s, u"sleeping"_s}, {u"colour"_s, u"red"_s}}},
                      {u"sort"_s, u"-mood"_s}, {u"columns"_s, QJsonArray{u"Title; DROP"_s}}},
        analyst);
    QCOMPARE(bad.status, 422);
    QCOMPARE(fieldsOf(bad).value(u"name"_s).toString(), u"required"_s);
    QCOMPARE(fieldsOf(bad).value(u"columns"_s).toString(), u"invalid"_s);
    const HttpResponse badFilters = fx().http().post(
        u"/views"_s, {{u"name"_s, u"Mine"_s}, {u"filters"_s, QJsonObject{{u"status"_s, u"sleeping"_s}, {u"colour"_s, u"red"_s}, {u"limit"_s, u"5"_s}}},
                      {u"sort"_s, u"-mood"_s}},
        analyst);
    QCOMPARE(badFilters.status, 422);
    QCOMPARE(fieldsOf(badFilters),
             (QJsonObject{{u"filters.status"_s, u"invalid"_s}, {u"filters.colour"_s, u"unknown_parameter"_s},
                          {u"filters.limit"_s, u"unknown_parameter"_s}, {u"sort"_s, u"invalid"_s}}));

    const HttpResponse created = fx().http().post(
        u"/views"_s, {{u"name"_s, u"My P1s"_s}, {u"filters"_s, QJsonObject{{u"assignee"_s, u"me"_s}, {u"priority"_s, u"1"_s}}},
                      {u"sort"_s, u"-updated_at,group"_s}, {u"columns"_s, QJsonArray{u"number"_s, u"title"_s}}},
        analyst);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
    const qint64 id = created.json().value(u"id"_s).toInteger();
    const QString path = u"/views/%1"_s.arg(id);

    // Someone else's view is not there for them.
    QCOMPARE(fx().http().get(u"/views"_s, token(Role::Senior)).json().value(u"items"_s).toArray().size(),
             SavedView::builtIn().size());
    QCOMPARE(sendJson(fx().http(), "PATCH", path, {{u"name"_s, u"Taken"_s}}, token(Role::Senior), "1").status, 404);
    QCOMPARE(fx().http().send("DELETE", path, {}, {}, token(Role::Senior)).status, 404);

    QCOMPARE(sendJson(fx().http(), "PATCH", path, {{u"name"_s, u"Renamed"_s}}, analyst).status, 428);
    const HttpResponse renamed = sendJson(fx().http(), "PATCH", path, {{u"name"_s, u"Renamed"_s}, {u"columns"_s, QJsonArray{u"number"_s}}}, analyst, "1");
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(u"version"_s).toInt(), 2);
    QCOMPARE(renamed.json().value(u"sort"_s).toString(), u"-updated_at,group"_s); // untouched
    QCOMPARE(renamed.json().value(u"columns"_s).toArray(), (QJsonArray{u"number"_s}));
    const HttpResponse stale = sendJson(fx().http(), "PATCH", path, {{u"name"_s, u"Again"_s}}, analyst, "1");
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"name"_s).toString(), u"Renamed"_s);
    QCOMPARE(sendJson(fx().http(), "PATCH", path, {{u"filters"_s, QJsonObject{{u"assignee"_s, u"nobody"_s}}}}, analyst, "2").status, 422);

    QCOMPARE(fx().http().send("DELETE", path, {}, {}, analyst).status, 204);
    QCOMPARE(fx().http().send("DELETE", path, {}, {}, analyst).status, 404);
    QStringList actions;
    for (const AuditLog::Entry &entry : AuditLog(fx().database()).entriesFor(u"saved_view"_s, id))
        actions << entry.action;
    QCOMPARE(actions, (QStringList{u"created"_s, u"updated"_s, u"deleted"_s}));

    QCOMPARE(fx().http().get(u"/views"_s, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().post(u"/views"_s, {{u"name"_s, u"x"_s}}, token(Role::RoomStaff)).status, 403);
}

void ServerTest::bulk_partialFailure_appliesTheRestAndReportsEachTicket()
{
    const User &me = fx().user(Role::Analyst);
    const qint64 fresh = createTicket(ticketBody(u"New, nobody on it"_s)).value(u"id"_s).toInteger();
    QJsonObject assignedBody = ticketBody(u"Assigned to me"_s);
    assignedBody.insert(u"assignee_id"_s, me.id);
    const qint64 assigned = createTicket(assignedBody).value(u"id"_s).toInteger();
    const qint64 alsoAssigned = createTicket(assignedBody).value(u"id"_s).toInteger();
    const qint64 missing = alsoAssigned + 1000;

    const QString analyst = token(Role::Analyst);
    const HttpResponse response = fx().http().post(
        u"/tickets/bulk"_s,
        {{u"ids"_s, QJsonArray{assigned, fresh, missing, alsoAssigned}},
         {u"changes"_s, QJsonObject{{u"status"_s, u"in_progress"_s}, {u"urgency"_s, 1}}},
         {u"note"_s, QJsonObject{{u"body"_s, u"Working on these together."_s}, {u"visibility"_s, u"internal"_s}}}},
        analyst);
    QCOMPARE(response.status, 200);
    const QJsonArray results = response.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 4);
    const auto result = [&](int i) { return results.at(i).toObject(); };
    QCOMPARE(result(0).value(u"id"_s).toInteger(), assigned);
    QCOMPARE(result(0).value(u"status"_s).toInt(), 200);
    QCOMPARE(result(0).value(u"ticket"_s).toObject().value(u"status"_s).toString(), u"in_progress"_s);
    QCOMPARE(result(0).value(u"ticket"_s).toObject().value(u"version"_s).toInt(), 2);
    QCOMPARE(result(1).value(u"id"_s).toInteger(), fresh);
    QCOMPARE(result(1).value(u"status"_s).toInt(), 422);
    QCOMPARE(result(1).value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"assignee_id"_s).toString(),
             u"required"_s);
    QCOMPARE(result(2).value(u"status"_s).toInt(), 404);
    QCOMPARE(result(2).value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
    QCOMPARE(result(3).value(u"status"_s).toInt(), 200);

    // Applied where allowed, untouched where refused: no change and no note on a refused one.
    TicketRepository tickets(fx().database());
    QCOMPARE(tickets.find(assigned)->status, TicketStatus::InProgress);
    QCOMPARE(tickets.find(assigned)->urgency, 1);
    QCOMPARE(tickets.find(alsoAssigned)->status, TicketStatus::InProgress);
    QCOMPARE(tickets.find(fresh)->status, TicketStatus::New);
    QCOMPARE(tickets.find(fresh)->version, 1);
    CommentRepository comments(fx().database());
    QCOMPARE(comments.forTicket(assigned).size(), 1);
    QCOMPARE(comments.forTicket(fresh).size(), 0);
    QStringList actions;
    for (const AuditLog::Entry &entry : AuditLog(fx().database()).entriesFor(u"ticket"_s, assigned))
        actions << entry.action;
    QCOMPARE(actions, (QStringList{u"created"_s, u"updated"_s, u"noted"_s}));
    QCOMPARE(AuditLog(fx().database()).entriesFor(u"ticket"_s, fresh).size(), 1);

    // Assigning the refused one to me makes the same change go through for it.
    const HttpResponse retry = fx().http().post(
        u"/tickets/bulk"_s, {{u"ids"_s, QJsonArray{fresh}}, {u"changes"_s, QJsonObject{{u"assignee_id"_s, me.id}, {u"group"_s, u"Network"_s}}}}, analyst);
    QCOMPARE(retry.json().value(u"results"_s).toArray().at(0).toObject().value(u"ticket"_s).toObject().value(u"status"_s).toString(),
             u"assigned"_s);
    QCOMPARE(tickets.find(fresh)->group, u"Network"_s);
}

void ServerTest::bulk_rolesAndBadInput_areRefusedWhole()
{
    const qint64 id = createTicket(ticketBody(u"One"_s)).value(u"id"_s).toInteger();
    const QString analyst = token(Role::Analyst);
    const QJsonObject change{{u"ids"_s, QJsonArray{id}}, {u"changes"_s, QJsonObject{{u"impact"_s, 1}}}};
    QCOMPARE(fx().http().post(u"/tickets/bulk"_s, change, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().post(u"/tickets/bulk"_s, change).status, 401);

    QJsonArray tooMany;
    for (int i = 1; i <= 201; ++i)
        tooMany.append(i);
    const std::pair<QJsonObject, QJsonObject> refused[] = {
        {{{u"changes"_s, QJsonObject{{u"impact"_s, 1}}}}, {{u"ids"_s, u"required"_s}}},
        {{{u"ids"_s, tooMany}, {u"changes"_s, QJsonObject{{u"impact"_s, 1}}}}, {{u"ids"_s, u"too_many"_s}}},
        {{{u"ids"_s, QJsonArray{id, id}}, {u"changes"_s, QJsonObject{{u"impact"_s, 1}}}}, {{u"ids"_s, u"duplicate"_s}}},
        {{{u"ids"_s, QJsonArray{u"7"_s}}, {u"changes"_s, QJsonObject{{u"impact"_s, 1}}}}, {{u"ids"_s, u"invalid"_s}}},
        {{{u"ids"_s, QJsonArray{id}}}, {{u"changes"_s, u"no_changes"_s}}},
        {{{u"ids"_s, QJsonArray{id}}, {u"changes"_s, QJsonObject{{u"title"_s, u"Renamed"_s}}}}, {{u"changes.title"_s, u"unknown_field"_s}}},
        {{{u"ids"_s, QJsonArray{id}}, {u"note"_s, QJsonObject{{u"body"_s, u" "_s}, {u"visibility"_s, u"public"_s}}}}, {{u"note.body"_s, u"required"_s}}},
        {{{u"ids"_s, QJsonArray{id}}, {u"changes"_s, QJsonObject{{u"impact"_s, 1}}}, {u"force"_s, true}}, {{u"force"_s, u"unknown_field"_s}}},
    };
    for (const auto &[body, fields] : refused) {
        const HttpResponse response = fx().http().post(u"/tickets/bulk"_s, body, analyst);
        QVERIFY2(response.status == 422, qPrintable(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
        QCOMPARE(fieldsOf(response), fields);
    }
    QCOMPARE(fx().http().send("POST", u"/tickets/bulk"_s, "{\"ids\":[", "application/json", analyst).status, 400);
    QCOMPARE(TicketRepository(fx().database()).find(id)->version, 1);

    // A change no ticket can take is per ticket, not a refusal of the call.
    const HttpResponse invalidValue = fx().http().post(
        u"/tickets/bulk"_s, {{u"ids"_s, QJsonArray{id}}, {u"changes"_s, QJsonObject{{u"impact"_s, 9}}}}, analyst);
    QCOMPARE(invalidValue.status, 200);
    QCOMPARE(invalidValue.json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toInt(), 422);
}

void ServerTest::bulk_sameIdempotencyKey_appliesOnce()
{
    const qint64 id = createTicket(ticketBody(u"Once"_s)).value(u"id"_s).toInteger();
    const QJsonObject body{{u"ids"_s, QJsonArray{id}},
                           {u"note"_s, QJsonObject{{u"body"_s, u"Only once, please."_s}, {u"visibility"_s, u"internal"_s}}}};
    const HttpResponse first = fx().http().postIdempotent(u"/tickets/bulk"_s, body, token(Role::Analyst), "bulk-1");
    const HttpResponse again = fx().http().postIdempotent(u"/tickets/bulk"_s, body, token(Role::Analyst), "bulk-1");
    QCOMPARE(first.status, 200);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json(), first.json());
    QCOMPARE(CommentRepository(fx().database()).forTicket(id).size(), 1);
}

void ServerTest::savepoint_rolledBack_keepsTheTransactionAndTheRest()
{
    Database &db = fx().database();
    {
        Transaction transaction(db);
        SqlQuery(db.connection(), u"CREATE TABLE sp_probe (n INTEGER PRIMARY KEY)"_s).exec();
        {
            Savepoint kept(db);
            SqlQuery(db.connection(), u"INSERT INTO sp_probe (n) VALUES (1)"_s).exec();
            kept.release();
        }
        {
            Savepoint dropped(db);
            SqlQuery(db.connection(), u"INSERT INTO sp_probe (n) VALUES (2)"_s).exec();
            // A failing statement: on PostgreSQL it would spoil the whole transaction but for the savepoint.
            QVERIFY_THROWS_EXCEPTION(StoreError, SqlQuery(db.connection(), u"INSERT INTO sp_probe (n) VALUES (1)"_s).exec());
            Transaction inner(db); // abandoned inside the savepoint: undone with it
        }
        SqlQuery(db.connection(), u"INSERT INTO sp_probe (n) VALUES (3)"_s).exec();
        transaction.commit();
    }
    SqlQuery rows(db.connection(), u"SELECT n FROM sp_probe ORDER BY n"_s);
    rows.exec();
    QList<int> kept;
    while (rows.next())
        kept << rows.value(0).toInt();
    QCOMPARE(kept, (QList<int>{1, 3}));
    QVERIFY_THROWS_EXCEPTION(StoreError, Savepoint{db});
}
