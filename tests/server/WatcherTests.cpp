// SPDX-License-Identifier: GPL-3.0-or-later
// Watchers: who follows a ticket, the automatic watches, the Watching filter and view, the
// counts that match the list, and the bulk changes that resolve with a resolution and take
// unassigned tickets into work.
#include "ServerTest.h"

#include "AuditLog.h"
#include "Ticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QJsonObject body(const QString &title)
{
    return {{u"title"_s, title}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

QJsonObject fieldsOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject();
}

QList<qint64> watcherIds(const HttpResponse &response)
{
    QList<qint64> ids;
    for (const QJsonValue &item : response.json().value(u"items"_s).toArray())
        ids << item.toObject().value(u"user"_s).toObject().value(u"id"_s).toInteger();
    return ids;
}

QList<qint64> listedIds(const HttpResponse &response)
{
    QList<qint64> ids;
    for (const QJsonValue &item : response.json().value(u"items"_s).toArray())
        ids << item.toObject().value(u"id"_s).toInteger();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList actionsOf(const Database &database, const QString &entity, qint64 id)
{
    QStringList actions;
    for (const AuditLog::Entry &entry : AuditLog(database).entriesFor(entity, id))
        actions << entry.action;
    return actions;
}

HttpResponse patchTicket(HttpClient &http, qint64 id, int version, const QJsonObject &changes, const QString &token)
{
    return http.send("PATCH", u"/tickets/%1"_s.arg(id), QJsonDocument(changes).toJson(QJsonDocument::Compact),
                     "application/json", token, {}, {{"If-Match", QByteArray::number(version)}});
}

} // namespace

void ServerTest::watchers_addListRemove_eachInTheHistory()
{
    const User &analyst = fx().user(Role::Analyst);
    const User &senior = fx().user(Role::Senior);
    const QJsonObject created = createTicket(body(u"Printer jams"_s));
    const qint64 id = created.value(u"id"_s).toInteger();
    // The creator follows the ticket from the start.
    QCOMPARE(created.value(u"watching"_s).toBool(), true);
    QCOMPARE(created.value(u"watcher_count"_s).toInt(), 1);
    const QString path = u"/tickets/%1/watchers"_s.arg(id);
    QCOMPARE(watcherIds(fx().http().get(path, token(Role::Senior))), (QList<qint64>{analyst.id}));
    // `watching` is the caller's: the senior does not watch it (yet).
    const QJsonObject seenBySenior = fx().http().get(u"/tickets/%1"_s.arg(id), token(Role::Senior)).json();
    QCOMPARE(seenBySenior.value(u"watching"_s).toBool(), false);
    QCOMPARE(seenBySenior.value(u"watcher_count"_s).toInt(), 1);

    // The analyst adds a colleague; adding them again changes nothing and is no error.
    const HttpResponse added = fx().http().post(path, {{u"user_id"_s, senior.id}}, token(Role::Analyst));
    QCOMPARE(added.status, 201);
    QCOMPARE(watcherIds(added).size(), 2);
    QVERIFY(watcherIds(added).contains(senior.id));
    const QJsonObject watcher = added.json().value(u"items"_s).toArray().at(0).toObject();
    QVERIFY(!watcher.value(u"user"_s).toObject().value(u"name"_s).toString().isEmpty());
    QVERIFY(fromWireTime(watcher.value(u"since"_s).toString()).isValid());
    QCOMPARE(fx().http().post(path, {{u"user_id"_s, senior.id}}, token(Role::Analyst)).status, 200);
    QCOMPARE(fx().http().get(u"/tickets/%1"_s.arg(id), token(Role::Senior)).json().value(u"watching"_s).toBool(), true);
    // Watching is no edit: the version stays, so nobody's open change turns stale.
    QCOMPARE(fx().http().get(u"/tickets/%1"_s.arg(id), token(Role::Senior)).json().value(u"version"_s).toInt(), 1);

    // The senior stops watching.
    const QString seniorPath = path + u"/%1"_s.arg(senior.id);
    QCOMPARE(fx().http().send("DELETE", seniorPath, {}, {}, token(Role::Senior)).status, 204);
    QCOMPARE(fx().http().send("DELETE", seniorPath, {}, {}, token(Role::Senior)).status, 404);
    QCOMPARE(watcherIds(fx().http().get(path, token(Role::Analyst))), (QList<qint64>{analyst.id}));

    // Each chosen add and remove is in the ticket's history, saying who and whom; the automatic
    // watch of the creator is audited apart, not in the history.
    const QJsonArray history = fx().http().get(u"/tickets/%1/history"_s.arg(id), token(Role::Analyst))
                                   .json().value(u"items"_s).toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(1).toObject().value(u"action"_s).toString(), u"watcher_added"_s);
    QCOMPARE(history.at(1).toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger(), analyst.id);
    QCOMPARE(history.at(1).toObject().value(u"changes"_s).toObject().value(u"user_id"_s).toInteger(), senior.id);
    QCOMPARE(history.at(1).toObject().value(u"changes"_s).toObject().value(u"reason"_s).toString(), u"added"_s);
    QCOMPARE(history.at(2).toObject().value(u"action"_s).toString(), u"watcher_removed"_s);
    QCOMPARE(history.at(2).toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger(), senior.id);
    QCOMPARE(actionsOf(fx().database(), u"ticket_watcher"_s, id), (QStringList{u"watcher_added"_s}));
}

void ServerTest::watchers_writers_followTheTicket()
{
    const User &senior = fx().user(Role::Senior);
    const qint64 id = createTicket(body(u"VPN drops"_s)).value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1/watchers"_s.arg(id);
    QCOMPARE(fx().http().post(u"/tickets/%1/comments"_s.arg(id),
                              {{u"body"_s, u"Seen this before: MTU."_s}, {u"visibility"_s, u"internal"_s}},
                              token(Role::Senior)).status,
             201);
    QVERIFY(watcherIds(fx().http().get(path, token(Role::Analyst))).contains(senior.id));
    // Writing again adds nobody twice.
    QCOMPARE(fx().http().post(u"/tickets/%1/comments"_s.arg(id),
                              {{u"body"_s, u"Please try again."_s}, {u"visibility"_s, u"public"_s}},
                              token(Role::Senior)).status,
             201);
    QCOMPARE(watcherIds(fx().http().get(path, token(Role::Analyst))).size(), 2);
    QCOMPARE(actionsOf(fx().database(), u"ticket_watcher"_s, id),
             (QStringList{u"watcher_added"_s, u"watcher_added"_s})); // the creator, then the writer

    // A note added in bulk is a note on each ticket: its writer follows each.
    const qint64 other = createTicket(body(u"Second"_s)).value(u"id"_s).toInteger();
    const HttpResponse bulk = fx().http().post(
        u"/tickets/bulk"_s,
        {{u"ids"_s, QJsonArray{id, other}}, {u"note"_s, QJsonObject{{u"body"_s, u"Linked to the outage."_s}, {u"visibility"_s, u"internal"_s}}}},
        token(Role::Admin));
    QCOMPARE(bulk.status, 200);
    const QJsonObject first = bulk.json().value(u"results"_s).toArray().at(0).toObject().value(u"ticket"_s).toObject();
    QCOMPARE(first.value(u"watching"_s).toBool(), true);
    QCOMPARE(first.value(u"watcher_count"_s).toInt(), 3);
    QVERIFY(watcherIds(fx().http().get(u"/tickets/%1/watchers"_s.arg(other), token(Role::Analyst)))
                .contains(fx().user(Role::Admin).id));
}

void ServerTest::watchers_rolesAndBadInput_refused()
{
    const qint64 id = createTicket(body(u"Laptop fan"_s)).value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1/watchers"_s.arg(id);
    const QString analyst = token(Role::Analyst);
    const qint64 senior = fx().user(Role::Senior).id;

    // Room staff neither see nor change watchers; nobody does without signing in.
    QCOMPARE(fx().http().get(path, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().post(path, {{u"user_id"_s, senior}}, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().send("DELETE", path + u"/%1"_s.arg(fx().user(Role::Analyst).id), {}, {}, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().get(path).status, 401);
    QCOMPARE(fx().http().post(path, {{u"user_id"_s, senior}}).status, 401);

    // Only someone who works tickets can watch one.
    const HttpResponse roomStaff = fx().http().post(path, {{u"user_id"_s, fx().user(Role::RoomStaff).id}}, analyst);
    QCOMPARE(roomStaff.status, 422);
    QCOMPARE(fieldsOf(roomStaff).value(u"user_id"_s).toString(), u"not_a_ticket_worker"_s);
    const User gone = fx().addUser(u"gone"_s, Role::Analyst, false);
    const std::pair<QJsonObject, QJsonObject> refused[] = {
        {{{u"user_id"_s, gone.id}}, {{u"user_id"_s, u"unknown"_s}}},
        {{{u"user_id"_s, 987654}}, {{u"user_id"_s, u"unknown"_s}}},
        {{}, {{u"user_id"_s, u"required"_s}}},
        {{{u"user_id"_s, QJsonValue::Null}}, {{u"user_id"_s, u"required"_s}}},
        {{{u"user_id"_s, u"7"_s}}, {{u"user_id"_s, u"invalid"_s}}},
        {{{u"user_id"_s, -3}}, {{u"user_id"_s, u"invalid"_s}}},
        {{{u"user_id"_s, 2.5}}, {{u"user_id"_s, u"invalid"_s}}},
        {{{u"user_id"_s, senior}, {u"notify"_s, true}}, {{u"notify"_s, u"unknown_field"_s}}},
    };
    for (const auto &[request, fields] : refused) {
        const HttpResponse response = fx().http().post(path, request, analyst);
        QVERIFY2(response.status == 422, qPrintable(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))));
        QCOMPARE(fieldsOf(response), fields);
        QVERIFY(!response.body.contains("SELECT"));
    }
    QCOMPARE(fx().http().send("POST", path, "{\"user_id\":", "application/json", analyst).status, 400);
    QCOMPARE(fx().http().send("POST", path, "user_id=3", "application/x-www-form-urlencoded", analyst).status, 415);
    QCOMPARE(fx().http().post(u"/tickets/424242/watchers"_s, {{u"user_id"_s, senior}}, analyst).status, 404);
    QCOMPARE(fx().http().get(u"/tickets/424242/watchers"_s, analyst).status, 404);
    QCOMPARE(fx().http().send("DELETE", u"/tickets/424242/watchers/%1"_s.arg(senior), {}, {}, analyst).status, 404);
    QCOMPARE(fx().http().send("DELETE", path + u"/abc"_s, {}, {}, analyst).status, 404);
    // Nothing refused was written.
    QCOMPARE(watcherIds(fx().http().get(path, analyst)), (QList<qint64>{fx().user(Role::Analyst).id}));
}

void ServerTest::watchers_watchingFilter_listsAndCountsTheCallersOwn()
{
    const QString analyst = token(Role::Analyst);
    const QString senior = token(Role::Senior);
    const qint64 first = createTicket(body(u"One"_s)).value(u"id"_s).toInteger(); // the analyst watches these
    const qint64 second = createTicket(body(u"Two"_s)).value(u"id"_s).toInteger();
    const qint64 third = createTicket(body(u"Three"_s)).value(u"id"_s).toInteger();
    QCOMPARE(fx().http().post(u"/tickets/%1/watchers"_s.arg(second), {{u"user_id"_s, fx().user(Role::Senior).id}}, analyst).status, 201);
    QCOMPARE(fx().http().send("DELETE", u"/tickets/%1/watchers/%2"_s.arg(third).arg(fx().user(Role::Analyst).id), {}, {}, analyst).status, 204);

    const HttpResponse mine = fx().http().get(u"/tickets"_s, analyst, QUrlQuery(u"watcher=me"_s));
    QCOMPARE(mine.status, 200);
    QCOMPARE(listedIds(mine), (QList<qint64>{first, second}));
    for (const QJsonValue &item : mine.json().value(u"items"_s).toArray())
        QCOMPARE(item.toObject().value(u"watching"_s).toBool(), true);
    QCOMPARE(listedIds(fx().http().get(u"/tickets"_s, senior, QUrlQuery(u"watcher=me"_s))), (QList<qint64>{second}));
    // With other filters, and walked in pages over several statuses.
    QCOMPARE(listedIds(fx().http().get(u"/tickets"_s, analyst, QUrlQuery(u"watcher=me&status=new,assigned&limit=1&q=Two"_s))),
             (QList<qint64>{second}));
    // Only one's own: what a colleague follows is not a filter.
    const HttpResponse foreign = fx().http().get(u"/tickets"_s, analyst, QUrlQuery(u"watcher=%1"_s.arg(fx().user(Role::Senior).id)));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(fieldsOf(foreign).value(u"watcher"_s).toString(), u"invalid"_s);

    // The built-in Watching view counts the same; a view of one's own may use the filter.
    QCOMPARE(fx().http().get(u"/tickets/counts"_s, analyst, QUrlQuery(u"views=watching"_s))
                 .json().value(u"counts"_s).toObject().value(u"watching"_s).toInteger(), 2);
    QCOMPARE(fx().http().get(u"/tickets/counts"_s, senior, QUrlQuery(u"views=watching"_s))
                 .json().value(u"counts"_s).toObject().value(u"watching"_s).toInteger(), 1);
    const HttpResponse view = fx().http().post(
        u"/views"_s, {{u"name"_s, u"Watched and new"_s}, {u"filters"_s, QJsonObject{{u"watcher"_s, u"me"_s}, {u"status"_s, u"new"_s}}}}, analyst);
    QCOMPARE(view.status, 201);
    const QString viewId = QString::number(view.json().value(u"id"_s).toInteger());
    QCOMPARE(fx().http().get(u"/tickets/counts"_s, analyst, QUrlQuery(u"views="_s + viewId))
                 .json().value(u"counts"_s).toObject().value(viewId).toInteger(), 2);
    const HttpResponse badView = fx().http().post(
        u"/views"_s, {{u"name"_s, u"Theirs"_s}, {u"filters"_s, QJsonObject{{u"watcher"_s, u"12"_s}}}}, analyst);
    QCOMPARE(badView.status, 422);
    QCOMPARE(fieldsOf(badView).value(u"filters.watcher"_s).toString(), u"invalid"_s);
}

void ServerTest::ticketCounts_viewsWithoutStatus_countWhatTheQueueShowsFirst()
{
    // The queue shows a view that names no status with its open tickets first, so "All
    // tickets (n)" counts those, not the closed and cancelled ones as well.
    const QString analyst = token(Role::Analyst);
    QList<qint64> open;
    for (int i = 0; i < 4; ++i)
        open << createTicket(body(u"Open %1"_s.arg(i))).value(u"id"_s).toInteger();
    const qint64 cancelled = createTicket(body(u"Cancelled"_s)).value(u"id"_s).toInteger();
    QCOMPARE(patchTicket(fx().http(), cancelled, 1, {{u"status"_s, u"cancelled"_s}}, analyst).status, 200);
    const qint64 resolved = createTicket(body(u"Resolved"_s)).value(u"id"_s).toInteger();
    QCOMPARE(patchTicket(fx().http(), resolved, 1,
                         {{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"fixed"_s}, {u"resolution_notes"_s, u"Done."_s}},
                         analyst).status,
             200);

    const QJsonObject counts = fx().http().get(u"/tickets/counts"_s, analyst, QUrlQuery(u"views=all,watching,pending"_s))
                                   .json().value(u"counts"_s).toObject();
    const HttpResponse shown = fx().http().get(u"/tickets"_s, analyst, QUrlQuery(u"status=new,assigned,in_progress,pending"_s));
    QCOMPARE(listedIds(shown), open);
    QCOMPARE(counts.value(u"all"_s).toInteger(), open.size());
    QCOMPARE(counts.value(u"watching"_s).toInteger(), open.size());
    // A view that names its statuses counts exactly those.
    QCOMPARE(counts.value(u"pending"_s).toInteger(), 0);
    // The list itself still offers every status when asked.
    QCOMPARE(fx().http().get(u"/tickets"_s, analyst).json().value(u"items"_s).toArray().size(), open.size() + 2);
}

void ServerTest::bulk_resolveWithResolutionAndTakeUnassigned()
{
    const User &me = fx().user(Role::Analyst);
    const User &senior = fx().user(Role::Senior);
    const QString analyst = token(Role::Analyst);
    const qint64 unassigned = createTicket(body(u"Nobody on it"_s)).value(u"id"_s).toInteger();
    QJsonObject theirsBody = body(u"The senior's"_s);
    theirsBody.insert(u"assignee_id"_s, senior.id);
    const qint64 theirs = createTicket(theirsBody).value(u"id"_s).toInteger();

    // In progress without taking: the unassigned one is refused, as before.
    // With take_unassigned: it is assigned to the caller in the same change; the senior's stays theirs.
    const HttpResponse taken = fx().http().post(
        u"/tickets/bulk"_s,
        {{u"ids"_s, QJsonArray{unassigned, theirs}}, {u"changes"_s, QJsonObject{{u"status"_s, u"in_progress"_s}}},
         {u"take_unassigned"_s, true}},
        analyst);
    QCOMPARE(taken.status, 200);
    const QJsonArray results = taken.json().value(u"results"_s).toArray();
    QCOMPARE(results.at(0).toObject().value(u"status"_s).toInt(), 200);
    const QJsonObject first = results.at(0).toObject().value(u"ticket"_s).toObject();
    QCOMPARE(first.value(u"status"_s).toString(), u"in_progress"_s);
    QCOMPARE(first.value(u"assignee"_s).toObject().value(u"id"_s).toInteger(), me.id);
    const QJsonObject second = results.at(1).toObject().value(u"ticket"_s).toObject();
    QCOMPARE(second.value(u"status"_s).toString(), u"in_progress"_s);
    QCOMPARE(second.value(u"assignee"_s).toObject().value(u"id"_s).toInteger(), senior.id);
    // One history row with both changes: one change, not two.
    const QJsonArray history = fx().http().get(u"/tickets/%1/history"_s.arg(unassigned), analyst).json().value(u"items"_s).toArray();
    QCOMPARE(history.size(), 2);
    const QJsonObject changed = history.at(1).toObject().value(u"changes"_s).toObject();
    QVERIFY(changed.contains(u"status"_s));
    QVERIFY(changed.contains(u"assignee"_s));

    // Resolving in bulk carries the resolution code and notes to each ticket.
    const HttpResponse resolved = fx().http().post(
        u"/tickets/bulk"_s,
        {{u"ids"_s, QJsonArray{unassigned, theirs}},
         {u"changes"_s, QJsonObject{{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"workaround"_s},
                                    {u"resolution_notes"_s, u"Restarted the print spooler."_s}}}},
        analyst);
    QCOMPARE(resolved.status, 200);
    for (const qint64 id : {unassigned, theirs}) {
        const QJsonObject ticket = fx().http().get(u"/tickets/%1"_s.arg(id), analyst).json();
        QCOMPARE(ticket.value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(ticket.value(u"resolution_code"_s).toString(), u"workaround"_s);
        QCOMPARE(ticket.value(u"resolution_notes"_s).toString(), u"Restarted the print spooler."_s);
    }
    // Without the notes each ticket is refused for them, by the workflow's own rule.
    const qint64 third = createTicket(body(u"Third"_s)).value(u"id"_s).toInteger();
    const HttpResponse noNotes = fx().http().post(
        u"/tickets/bulk"_s,
        {{u"ids"_s, QJsonArray{third}}, {u"changes"_s, QJsonObject{{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"fixed"_s}}}},
        analyst);
    const QJsonObject refusal = noNotes.json().value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(refusal.value(u"status"_s).toInt(), 422);
    QCOMPARE(refusal.value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"resolution_notes"_s).toString(),
             u"required"_s);

    const HttpResponse badFlag = fx().http().post(
        u"/tickets/bulk"_s,
        {{u"ids"_s, QJsonArray{third}}, {u"changes"_s, QJsonObject{{u"status"_s, u"in_progress"_s}}}, {u"take_unassigned"_s, u"yes"_s}},
        analyst);
    QCOMPARE(badFlag.status, 422);
    QCOMPARE(fieldsOf(badFlag).value(u"take_unassigned"_s).toString(), u"invalid"_s);
    QCOMPARE(fx().http().get(u"/tickets/%1"_s.arg(third), analyst).json().value(u"version"_s).toInt(), 1);
}
