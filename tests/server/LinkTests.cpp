// SPDX-License-Identifier: GPL-3.0-or-later
// Links between tickets (parent/child, related, problem ↔ incident) and merging a duplicate.
#include "ServerTest.h"

#include "AuditLog.h"
#include "CommentRepository.h"
#include "TicketRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

qint64 idOf(const QJsonObject &ticket) { return ticket.value(u"id"_s).toInteger(); }

QJsonObject ticketBody(const QString &title, const QString &type = u"incident"_s)
{
    return {{u"title"_s, title}, {u"type"_s, type}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

QJsonObject errorOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject();
}

QString fieldOf(const HttpResponse &response, const QString &field)
{
    return errorOf(response).value(u"fields"_s).toObject().value(field).toString();
}

// kind -> the other tickets' ids, as GET /tickets/{id}/links lists them.
QMultiHash<QString, qint64> kindsIn(const HttpResponse &response)
{
    QMultiHash<QString, qint64> kinds;
    for (const QJsonValue &item : response.json().value(u"items"_s).toArray()) {
        const QJsonObject link = item.toObject();
        kinds.insert(link.value(u"kind"_s).toString(), link.value(u"ticket"_s).toObject().value(u"id"_s).toInteger());
    }
    return kinds;
}

QStringList actionsOf(Database &database, qint64 ticketId)
{
    QStringList actions;
    for (const AuditLog::Entry &entry : AuditLog(database).entriesFor(u"ticket"_s, ticketId))
        actions << entry.action;
    return actions;
}

} // namespace

HttpResponse ServerTest::link(qint64 from, const QString &kind, qint64 to)
{
    return fx().http().post(u"/tickets/%1/links"_s.arg(from), {{u"kind"_s, kind}, {u"ticket_id"_s, to}},
                            token(Role::Analyst));
}

HttpResponse ServerTest::links(qint64 ticketId)
{
    const HttpResponse response = fx().http().get(u"/tickets/%1/links"_s.arg(ticketId), token(Role::Analyst));
    QCOMPARE(response.status, 200);
    return response;
}

void ServerTest::links_parentChild_listedFromBothSidesWithStatus()
{
    const qint64 major = idOf(createTicket(ticketBody(u"Network down on floor 3"_s)));
    const qint64 child1 = idOf(createTicket(ticketBody(u"No network at desk 3.14"_s)));
    const qint64 child2 = idOf(createTicket(ticketBody(u"Phone has no service"_s)));

    const HttpResponse first = link(major, u"child"_s, child1);
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json().value(u"kind"_s).toString(), u"child"_s);
    QCOMPARE(first.json().value(u"ticket"_s).toObject().value(u"number"_s).toString(), Ticket::numberFor(TicketType::Incident, child1));
    QCOMPARE(first.json().value(u"created_by"_s).toObject().value(u"id"_s).toInteger(), fx().user(Role::Analyst).id);
    // The same relation, asked for from the child's side.
    QCOMPARE(link(child2, u"parent"_s, major).status, 201);

    // The parent is resolved; its children are not, and its links show where each stands.
    Ticket parent = *TicketRepository(fx().database()).find(major);
    Ticket resolved = parent;
    resolved.status = TicketStatus::Resolved;
    resolved.assignee = UserRef{fx().user(Role::Analyst).id, {}};
    resolved.resolutionCode = ResolutionCode::Fixed;
    resolved.resolutionNotes = u"Switch replaced."_s;
    QVERIFY(TicketRepository(fx().database()).update(parent, resolved, std::nullopt));

    const HttpResponse list = links(major);
    const QJsonArray items = list.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    for (const QJsonValue &item : items) {
        const QJsonObject other = item.toObject().value(u"ticket"_s).toObject();
        QCOMPARE(item.toObject().value(u"kind"_s).toString(), u"child"_s);
        QCOMPARE(other.value(u"status"_s).toString(), u"new"_s);
        QVERIFY(!other.value(u"title"_s).toString().isEmpty());
    }
    QCOMPARE(kindsIn(links(child1)).values(u"parent"_s), QList<qint64>{major});
    QCOMPARE(kindsIn(links(child2)).values(u"parent"_s), QList<qint64>{major});
    QCOMPARE(TicketRepository(fx().database()).find(child1)->status, TicketStatus::New);
    // History on both sides, naming the other ticket.
    QCOMPARE(actionsOf(fx().database(), major).count(u"linked"_s), 2);
    const AuditLog::Entry childEntry = AuditLog(fx().database()).entriesFor(u"ticket"_s, child1).constLast();
    QCOMPARE(childEntry.action, u"linked"_s);
    QCOMPARE(childEntry.changes.value(u"kind"_s).toString(), u"parent"_s);
    QCOMPARE(childEntry.changes.value(u"ticket"_s).toObject().value(u"number"_s).toString(), parent.number);
}

void ServerTest::links_cycleOrSecondParent_refused422()
{
    const qint64 a = idOf(createTicket(ticketBody(u"A"_s)));
    const qint64 b = idOf(createTicket(ticketBody(u"B"_s)));
    const qint64 c = idOf(createTicket(ticketBody(u"C"_s)));
    const qint64 d = idOf(createTicket(ticketBody(u"D"_s)));
    QCOMPARE(link(a, u"child"_s, b).status, 201);
    QCOMPARE(link(b, u"child"_s, c).status, 201);

    // c is below a: making a a child of c closes the loop a → b → c → a.
    const HttpResponse loop = link(c, u"child"_s, a);
    QCOMPARE(loop.status, 422);
    QCOMPARE(errorOf(loop).value(u"code"_s).toString(), u"link_not_allowed"_s);
    QCOMPARE(fieldOf(loop, u"ticket_id"_s), u"would_create_cycle"_s);
    QVERIFY(errorOf(loop).value(u"message"_s).toString().contains(u"loop"_s));
    QCOMPARE(fieldOf(link(a, u"parent"_s, c), u"ticket_id"_s), u"would_create_cycle"_s);
    // A second parent, from either side.
    QCOMPARE(fieldOf(link(d, u"child"_s, c), u"ticket_id"_s), u"already_has_parent"_s);
    QCOMPARE(fieldOf(link(c, u"parent"_s, d), u"ticket_id"_s), u"already_has_parent"_s);
    // A pair is linked once, whatever the kind.
    QCOMPARE(fieldOf(link(b, u"related"_s, a), u"ticket_id"_s), u"already_linked"_s);
    // Children share their parent's type.
    const qint64 request = idOf(createTicket(ticketBody(u"New laptop"_s, u"service_request"_s)));
    QCOMPARE(fieldOf(link(d, u"child"_s, request), u"ticket_id"_s), u"other_type"_s);
    QCOMPARE(kindsIn(links(a)).size(), 1);
    QCOMPARE(kindsIn(links(c)).size(), 1);
}

void ServerTest::links_problemIncident_needsProblemAndIncident()
{
    const qint64 problem = idOf(createTicket(ticketBody(u"Recurring VPN drops"_s, u"problem"_s)));
    const qint64 otherProblem = idOf(createTicket(ticketBody(u"Firewall update"_s, u"problem"_s)));
    const qint64 incident = idOf(createTicket(ticketBody(u"VPN drops"_s)));
    const qint64 incident2 = idOf(createTicket(ticketBody(u"VPN drops again"_s)));
    const qint64 request = idOf(createTicket(ticketBody(u"VPN for a new starter"_s, u"service_request"_s)));

    QCOMPARE(link(incident, u"caused_by_problem"_s, problem).status, 201);
    QCOMPARE(link(problem, u"incident"_s, incident2).status, 201);
    const QMultiHash<QString, qint64> fromProblem = kindsIn(links(problem));
    QCOMPARE(fromProblem.values(u"incident"_s).size(), 2);
    QVERIFY(fromProblem.values(u"incident"_s).contains(incident));
    QCOMPARE(kindsIn(links(incident2)).values(u"caused_by_problem"_s), QList<qint64>{problem});

    QCOMPARE(fieldOf(link(incident, u"caused_by_problem"_s, otherProblem), u"ticket_id"_s), u"already_has_problem"_s);
    QCOMPARE(fieldOf(link(otherProblem, u"incident"_s, incident2), u"ticket_id"_s), u"already_has_problem"_s);
    QCOMPARE(fieldOf(link(request, u"caused_by_problem"_s, otherProblem), u"kind"_s), u"not_for_this_type"_s);
    QCOMPARE(fieldOf(link(otherProblem, u"incident"_s, request), u"ticket_id"_s), u"must_be_incident"_s);
    QCOMPARE(fieldOf(link(incident, u"incident"_s, incident2), u"kind"_s), u"not_for_this_type"_s);
    const qint64 fresh = idOf(createTicket(ticketBody(u"Printer"_s)));
    QCOMPARE(fieldOf(link(fresh, u"caused_by_problem"_s, incident), u"ticket_id"_s), u"must_be_problem"_s);
}

void ServerTest::links_related_isSymmetricAndOnce()
{
    const qint64 a = idOf(createTicket(ticketBody(u"Outlook asks for password"_s)));
    const qint64 b = idOf(createTicket(ticketBody(u"Teams asks for password"_s)));
    QCOMPARE(link(b, u"related"_s, a).status, 201);
    QCOMPARE(kindsIn(links(a)).values(u"related"_s), QList<qint64>{b});
    QCOMPARE(kindsIn(links(b)).values(u"related"_s), QList<qint64>{a});
    QCOMPARE(fieldOf(link(a, u"related"_s, b), u"ticket_id"_s), u"already_linked"_s);
    QCOMPARE(fieldOf(link(b, u"related"_s, a), u"ticket_id"_s), u"already_linked"_s);
    QCOMPARE(links(a).json().value(u"items"_s).toArray().size(), 1);
}

void ServerTest::links_badInput_returns400Or422()
{
    const qint64 a = idOf(createTicket(ticketBody(u"A"_s)));
    const QString path = u"/tickets/%1/links"_s.arg(a);
    QCOMPARE(fieldOf(link(a, u"related"_s, a), u"ticket_id"_s), u"same_ticket"_s);
    const HttpResponse unknownTicket = link(a, u"related"_s, 987654);
    QCOMPARE(unknownTicket.status, 422);
    QCOMPARE(fieldOf(unknownTicket, u"ticket_id"_s), u"not_found"_s);
    QCOMPARE(fieldOf(link(a, u"duplicate_of"_s, 987654), u"kind"_s), u"set_by_merge"_s);
    const HttpResponse everything = fx().http().post(path, {{u"kind"_s, u"sibling"_s}, {u"ticket_id"_s, u"7"_s}, {u"note"_s, 1}},
                                                     token(Role::Analyst));
    QCOMPARE(everything.status, 422);
    QCOMPARE(fieldOf(everything, u"kind"_s), u"invalid"_s);
    QCOMPARE(fieldOf(everything, u"ticket_id"_s), u"invalid"_s);
    QCOMPARE(fieldOf(everything, u"note"_s), u"unknown_field"_s);
    const HttpResponse empty = fx().http().post(path, QJsonObject(), token(Role::Analyst));
    QCOMPARE(fieldOf(empty, u"kind"_s), u"required"_s);
    QCOMPARE(fieldOf(empty, u"ticket_id"_s), u"required"_s);
    QCOMPARE(fx().http().send("POST", path, "{not json", "application/json", token(Role::Analyst)).status, 400);
    QCOMPARE(fx().http().send("POST", path, "kind=related", "text/plain", token(Role::Analyst)).status, 415);
    QCOMPARE(fx().http().post(u"/tickets/987654/links"_s, {{u"kind"_s, u"related"_s}, {u"ticket_id"_s, a}},
                              token(Role::Analyst)).status, 404);
    QCOMPARE(fx().http().get(u"/tickets/987654/links"_s, token(Role::Analyst)).status, 404);
    QCOMPARE(links(a).json().value(u"items"_s).toArray().size(), 0);
}

void ServerTest::links_remove_deletesFromBothSidesWithHistory()
{
    const qint64 a = idOf(createTicket(ticketBody(u"A"_s)));
    const qint64 b = idOf(createTicket(ticketBody(u"B"_s)));
    const qint64 c = idOf(createTicket(ticketBody(u"C"_s)));
    const qint64 linkId = link(a, u"child"_s, b).json().value(u"id"_s).toInteger();
    QVERIFY(linkId > 0);
    // Only through a ticket it belongs to.
    QCOMPARE(fx().http().send("DELETE", u"/tickets/%1/links/%2"_s.arg(c).arg(linkId), {}, {}, token(Role::Analyst)).status, 404);
    QCOMPARE(fx().http().send("DELETE", u"/tickets/%1/links/%2"_s.arg(b).arg(linkId), {}, {}, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().send("DELETE", u"/tickets/%1/links/%2"_s.arg(b).arg(linkId), {}, {}, token(Role::Analyst)).status, 204);
    QCOMPARE(links(a).json().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(links(b).json().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(fx().http().send("DELETE", u"/tickets/%1/links/%2"_s.arg(b).arg(linkId), {}, {}, token(Role::Analyst)).status, 404);
    QCOMPARE(actionsOf(fx().database(), a).constLast(), u"unlinked"_s);
    QCOMPARE(actionsOf(fx().database(), b).constLast(), u"unlinked"_s);
    // Now b is free to take another parent.
    QCOMPARE(link(c, u"child"_s, b).status, 201);
}

void ServerTest::links_roles_readForTicketRolesWriteForAnalysts()
{
    const qint64 a = idOf(createTicket(ticketBody(u"A"_s)));
    const qint64 b = idOf(createTicket(ticketBody(u"B"_s)));
    const QString path = u"/tickets/%1/links"_s.arg(a);
    const QJsonObject body{{u"kind"_s, u"related"_s}, {u"ticket_id"_s, b}};
    QCOMPARE(fx().http().get(path).status, 401);
    QCOMPARE(fx().http().get(path, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().post(path, body, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().post(u"/tickets/%1/merge"_s.arg(a), {{u"into"_s, b}}, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().post(u"/tickets/%1/merge"_s.arg(a), {{u"into"_s, b}}).status, 401);
    QCOMPARE(fx().http().post(path, body, token(Role::Senior)).status, 201);
    QCOMPARE(fx().http().get(path, token(Role::Admin)).status, 200);
    QCOMPARE(TicketRepository(fx().database()).find(a)->status, TicketStatus::New);
}

void ServerTest::merge_movesConversationAndClosesDuplicate()
{
    ManualClock &clock = installClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC));
    const QJsonObject duplicateJson = createTicket(ticketBody(u"VPN drops (second report)"_s));
    const qint64 duplicate = idOf(duplicateJson);
    const qint64 target = idOf(createTicket(ticketBody(u"VPN drops"_s)));
    const QJsonObject targetBefore = fx().http().get(u"/tickets/%1"_s.arg(target), token(Role::Analyst)).json();
    const QString dupPath = u"/tickets/%1/comments"_s.arg(duplicate);
    QCOMPARE(fx().http().post(dupPath, {{u"body"_s, u"Restart the client, please."_s}, {u"visibility"_s, u"public"_s}},
                              token(Role::Analyst)).status, 201);
    clock.advance(std::chrono::minutes(5));
    QCOMPARE(fx().http().post(dupPath, {{u"body"_s, u"Same as the other one."_s}, {u"visibility"_s, u"internal"_s}},
                              token(Role::Senior)).status, 201);
    clock.advance(std::chrono::hours(1));

    const HttpResponse merged = fx().http().send(
        "POST", u"/tickets/%1/merge"_s.arg(duplicate),
        QJsonDocument(QJsonObject{{u"into"_s, target}, {u"note"_s, u"Same requester, same laptop."_s}}).toJson(),
        "application/json", token(Role::Analyst), {}, {{"If-Match", "\"1\""}});
    QCOMPARE(merged.status, 200);
    QCOMPARE(merged.json().value(u"comments_moved"_s).toInt(), 2);
    const QJsonObject closed = merged.json().value(u"ticket"_s).toObject();
    QCOMPARE(closed.value(u"status"_s).toString(), u"closed"_s);
    QCOMPARE(closed.value(u"resolution_code"_s).toString(), u"duplicate"_s);
    QVERIFY(closed.value(u"resolution_notes"_s).toString().contains(Ticket::numberFor(TicketType::Incident, target)));
    QCOMPARE(closed.value(u"version"_s).toInt(), 2);
    QCOMPARE(merged.header("ETag"), "\"2\"");
    QCOMPARE(merged.json().value(u"into"_s).toObject().value(u"version"_s).toInt(),
             targetBefore.value(u"version"_s).toInt() + 1);

    // The conversation moved, with its authors and times, marked with where it came from.
    QCOMPARE(CommentRepository(fx().database()).forTicket(duplicate).size(), 0);
    const QJsonArray moved = fx().http().get(u"/tickets/%1/comments"_s.arg(target), token(Role::Analyst))
                                 .json().value(u"items"_s).toArray();
    QCOMPARE(moved.size(), 3);
    const QJsonObject reply = moved.at(0).toObject();
    QCOMPARE(reply.value(u"body"_s).toString(), u"Restart the client, please."_s);
    QCOMPARE(reply.value(u"author"_s).toObject().value(u"id"_s).toInteger(), fx().user(Role::Analyst).id);
    QCOMPARE(reply.value(u"created_at"_s).toString(), u"2026-03-02T09:00:00.000Z"_s);
    QCOMPARE(reply.value(u"merged_from"_s).toObject().value(u"number"_s).toString(), duplicateJson.value(u"number"_s).toString());
    QCOMPARE(moved.at(1).toObject().value(u"author"_s).toObject().value(u"id"_s).toInteger(), fx().user(Role::Senior).id);
    QCOMPARE(moved.at(1).toObject().value(u"created_at"_s).toString(), u"2026-03-02T09:05:00.000Z"_s);
    // …and the target says so in an internal note, with the analyst's own words.
    const QJsonObject note = moved.at(2).toObject();
    QCOMPARE(note.value(u"visibility"_s).toString(), u"internal"_s);
    QVERIFY(note.value(u"merged_from"_s).isNull());
    QVERIFY(note.value(u"body"_s).toString().contains(duplicateJson.value(u"number"_s).toString()));
    QVERIFY(note.value(u"body"_s).toString().contains(u"Same requester, same laptop."_s));

    QCOMPARE(kindsIn(links(duplicate)).values(u"duplicate_of"_s), QList<qint64>{target});
    QCOMPARE(kindsIn(links(target)).values(u"duplicate"_s), QList<qint64>{duplicate});
    // Both histories tell it.
    const QStringList dupActions = actionsOf(fx().database(), duplicate);
    QVERIFY2(dupActions.endsWith(u"merged_into"_s) && dupActions.contains(u"updated"_s), qPrintable(dupActions.join(u',')));
    const QStringList targetActions = actionsOf(fx().database(), target);
    QVERIFY2(targetActions.endsWith(u"merged"_s) && targetActions.contains(u"noted"_s), qPrintable(targetActions.join(u',')));
    const AuditLog::Entry last = AuditLog(fx().database()).entriesFor(u"ticket"_s, target).constLast();
    QCOMPARE(last.actorId, std::optional(fx().user(Role::Analyst).id));
    QCOMPARE(last.changes.value(u"comments_moved"_s).toInt(), 2);

    // A merge is not undone by removing its link.
    const qint64 linkId = links(target).json().value(u"items"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
    const HttpResponse unlink = fx().http().send("DELETE", u"/tickets/%1/links/%2"_s.arg(target).arg(linkId), {}, {}, token(Role::Analyst));
    QCOMPARE(unlink.status, 422);
    QCOMPARE(fieldOf(unlink, u"kind"_s), u"set_by_merge"_s);
}

void ServerTest::merge_twiceSelfFinalOrOtherType_refused422()
{
    const qint64 duplicate = idOf(createTicket(ticketBody(u"Dup"_s)));
    const qint64 target = idOf(createTicket(ticketBody(u"Target"_s)));
    const qint64 another = idOf(createTicket(ticketBody(u"Another"_s)));
    const qint64 problem = idOf(createTicket(ticketBody(u"Problem"_s, u"problem"_s)));
    const auto merge = [&](qint64 from, qint64 into) {
        return fx().http().post(u"/tickets/%1/merge"_s.arg(from), {{u"into"_s, into}}, token(Role::Analyst));
    };
    const HttpResponse self = merge(duplicate, duplicate);
    QCOMPARE(self.status, 422);
    QCOMPARE(errorOf(self).value(u"code"_s).toString(), u"merge_not_allowed"_s);
    QCOMPARE(fieldOf(self, u"into"_s), u"same_ticket"_s);
    QCOMPARE(fieldOf(merge(duplicate, problem), u"into"_s), u"other_type"_s);
    QCOMPARE(fieldOf(merge(duplicate, 987654), u"into"_s), u"not_found"_s);

    QCOMPARE(merge(duplicate, target).status, 200);
    const HttpResponse twice = merge(duplicate, another);
    QCOMPARE(twice.status, 422);
    QCOMPARE(fieldOf(twice, u"ticket"_s), u"already_merged"_s);
    QVERIFY(errorOf(twice).value(u"message"_s).toString().contains(u"already been merged"_s));
    // The merged duplicate is closed: nothing merges into it either.
    const HttpResponse intoClosed = merge(another, duplicate);
    QCOMPARE(intoClosed.status, 422);
    QCOMPARE(fieldOf(intoClosed, u"into"_s), u"ticket_is_final"_s);
    // Nor into a cancelled ticket.
    Ticket before = *TicketRepository(fx().database()).find(another);
    Ticket cancelled = before;
    cancelled.status = TicketStatus::Cancelled;
    QVERIFY(TicketRepository(fx().database()).update(before, cancelled, std::nullopt));
    QCOMPARE(fieldOf(merge(target, another), u"into"_s), u"ticket_is_final"_s);
    QCOMPARE(kindsIn(links(target)).values(u"duplicate"_s), QList<qint64>{duplicate});
    QCOMPARE(TicketRepository(fx().database()).find(target)->status, TicketStatus::New);
}

void ServerTest::merge_staleIfMatchOrBadInput_changesNothing()
{
    const qint64 duplicate = idOf(createTicket(ticketBody(u"Dup"_s)));
    const qint64 target = idOf(createTicket(ticketBody(u"Target"_s)));
    QCOMPARE(fx().http().post(u"/tickets/%1/comments"_s.arg(duplicate), {{u"body"_s, u"x"_s}, {u"visibility"_s, u"public"_s}},
                              token(Role::Analyst)).status, 201);
    const QString path = u"/tickets/%1/merge"_s.arg(duplicate);
    const QByteArray body = QJsonDocument(QJsonObject{{u"into"_s, target}}).toJson();
    const HttpResponse stale = fx().http().send("POST", path, body, "application/json", token(Role::Analyst), {},
                                                {{"If-Match", "\"7\""}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"version"_s).toInt(), 1);
    QCOMPARE(fx().http().send("POST", path, body, "application/json", token(Role::Analyst), {}, {{"If-Match", "soon"}}).status, 400);
    QCOMPARE(fx().http().send("POST", path, "{\"into\":", "application/json", token(Role::Analyst)).status, 400);
    const HttpResponse bad = fx().http().post(path, {{u"into"_s, u"INC-1"_s}, {u"note"_s, 5}, {u"close"_s, true}}, token(Role::Analyst));
    QCOMPARE(bad.status, 422);
    QCOMPARE(fieldOf(bad, u"into"_s), u"invalid"_s);
    QCOMPARE(fieldOf(bad, u"note"_s), u"must_be_text"_s);
    QCOMPARE(fieldOf(bad, u"close"_s), u"unknown_field"_s);
    QCOMPARE(fieldOf(fx().http().post(path, {}, token(Role::Analyst)), u"into"_s), u"required"_s);
    QCOMPARE(fx().http().post(u"/tickets/987654/merge"_s, {{u"into"_s, target}}, token(Role::Analyst)).status, 404);

    QCOMPARE(TicketRepository(fx().database()).find(duplicate)->status, TicketStatus::New);
    QCOMPARE(TicketRepository(fx().database()).find(duplicate)->version, 1);
    QCOMPARE(CommentRepository(fx().database()).forTicket(duplicate).size(), 1);
    QCOMPARE(links(duplicate).json().value(u"items"_s).toArray().size(), 0);
    // With the version the analyst saw, the same merge goes through, once, also when repeated.
    const HttpResponse first = fx().http().postIdempotent(path, {{u"into"_s, target}}, token(Role::Analyst), "merge-1");
    const HttpResponse again = fx().http().postIdempotent(path, {{u"into"_s, target}}, token(Role::Analyst), "merge-1");
    QCOMPARE(first.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(CommentRepository(fx().database()).forTicket(target).size(), 2); // the moved reply and the note
}
