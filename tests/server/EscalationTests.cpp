// SPDX-License-Identifier: GPL-3.0-or-later
// Escalation L1 → L2 → L3 with what was tried, and the measures taken at the source: first
// response, resolution, reassignments, first contact resolution and the CSAT survey.
#include "ServerTest.h"

#include "SurveyRepository.h"
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
    return {{u"title"_s, u"Outlook crashes on start"_s}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}};
}

HttpResponse send(HttpClient &http, const QByteArray &verb, const QString &path, const QJsonObject &body,
                  const QString &token, int version)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (version > 0)
        headers.append({"If-Match", '"' + QByteArray::number(version) + '"'});
    return http.send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token, {},
                     headers);
}

QJsonObject fieldsOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject();
}

const QString tried = u"Repaired the Office install, new profile, safe mode: still crashes."_s;

} // namespace

void ServerTest::escalate_toNextTier_recordsPathAndReturnsToQueue()
{
    const QString analyst = token(Role::Analyst);
    QJsonObject ticket = createTicket(ticketBody());
    const qint64 id = ticket.value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1/escalate"_s.arg(id);
    ticket = send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(id),
                  {{u"assignee_id"_s, fx().user(Role::Analyst).id}}, analyst, 1).json();
    QCOMPARE(ticket.value(u"status"_s).toString(), u"assigned"_s);

    HttpResponse up = send(fx().http(), "POST", path, {{u"note"_s, tried}}, analyst, ticket.value(u"version"_s).toInt());
    QCOMPARE(up.status, 200);
    ticket = up.json();
    QCOMPARE(ticket.value(u"tier"_s).toString(), u"L2"_s);
    QCOMPARE(ticket.value(u"status"_s).toString(), u"new"_s);
    QVERIFY(ticket.value(u"assignee"_s).isNull());
    QCOMPARE(ticket.value(u"escalation_count"_s).toInt(), 1);
    QCOMPARE(up.header("ETag"), QByteArray("\"3\""));

    up = send(fx().http(), "POST", path, {{u"note"_s, u"Crash dump points at the Teams add-in."_s},
                                          {u"to_group"_s, u"Messaging"_s}}, token(Role::Senior), 3);
    QCOMPARE(up.status, 200);
    QCOMPARE(up.json().value(u"tier"_s).toString(), u"L2"_s); // across, not up
    QCOMPARE(up.json().value(u"group"_s).toString(), u"Messaging"_s);
    up = send(fx().http(), "POST", path, {{u"note"_s, u"Needs the vendor: reproducible on a clean VM."_s}},
              token(Role::Senior), 4);
    QCOMPARE(up.status, 200);
    QCOMPARE(up.json().value(u"tier"_s).toString(), u"L3"_s);

    const HttpResponse steps = fx().http().get(u"/tickets/%1/escalations"_s.arg(id), analyst);
    QCOMPARE(steps.status, 200);
    const QJsonArray items = steps.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).toObject().value(u"from_tier"_s).toString(), u"L1"_s);
    QCOMPARE(items.at(0).toObject().value(u"to_tier"_s).toString(), u"L2"_s);
    QCOMPARE(items.at(0).toObject().value(u"note"_s).toString(), tried);
    QCOMPARE(items.at(0).toObject().value(u"by"_s).toObject().value(u"name"_s).toString(),
             fx().user(Role::Analyst).displayName);
    QCOMPARE(items.at(1).toObject().value(u"to_group"_s).toString(), u"Messaging"_s);
    QCOMPARE(items.at(2).toObject().value(u"to_tier"_s).toString(), u"L3"_s);

    // L3 is the top.
    const HttpResponse top = send(fx().http(), "POST", path, {{u"note"_s, tried}}, analyst, 5);
    QCOMPARE(top.status, 422);
    QCOMPARE(fieldsOf(top).value(u"to_tier"_s).toString(), u"no_higher_tier"_s);
}

void ServerTest::escalate_badInput_returns422AndChangesNothing()
{
    const QString analyst = token(Role::Analyst);
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1/escalate"_s.arg(id);
    HttpResponse response = send(fx().http(), "POST", path, {}, analyst, 1);
    QCOMPARE(response.status, 422);
    QCOMPARE(fieldsOf(response).value(u"note"_s).toString(), u"required"_s);
    response = send(fx().http(), "POST", path, {{u"note"_s, u"tried"_s}}, analyst, 1);
    QCOMPARE(fieldsOf(response).value(u"note"_s).toString(), u"too_short"_s);
    response = send(fx().http(), "POST", path, {{u"note"_s, tried}, {u"to_tier"_s, u"L9"_s}, {u"why"_s, 1}}, analyst, 1);
    QCOMPARE(fieldsOf(response).value(u"to_tier"_s).toString(), u"invalid"_s);
    QCOMPARE(fieldsOf(response).value(u"why"_s).toString(), u"unknown_field"_s);
    response = send(fx().http(), "POST", path, {{u"note"_s, tried}, {u"to_tier"_s, u"L1"_s}}, analyst, 1);
    QCOMPARE(fieldsOf(response).value(u"to_tier"_s).toString(), u"no_change"_s);
    QCOMPARE(send(fx().http(), "POST", path, {{u"note"_s, tried}}, analyst, 0).status, 428);
    QCOMPARE(send(fx().http(), "POST", path, {{u"note"_s, tried}}, analyst, 7).status, 412);
    QCOMPARE(send(fx().http(), "POST", path, {{u"note"_s, tried}}, token(Role::RoomStaff), 1).status, 403);
    QCOMPARE(send(fx().http(), "POST", u"/tickets/99999/escalate"_s, {{u"note"_s, tried}}, analyst, 1).status, 404);
    QCOMPARE(fx().http().get(u"/tickets/99999/escalations"_s, analyst).status, 404);
    QCOMPARE(fx().http().get(u"/tickets/%1/escalations"_s.arg(id), token(Role::RoomStaff)).status, 403);
    const auto stored = TicketRepository(fx().database()).find(id);
    QCOMPARE(stored->version, 1);
    QCOMPARE(stored->tier, SupportTier::L1);
}

void ServerTest::priorityOverride_needsReasonAndSticksUntilCleared()
{
    const QString analyst = token(Role::Analyst);
    QJsonObject body = ticketBody();
    body.insert(u"priority"_s, 1);
    HttpResponse response = fx().http().post(u"/tickets"_s, body, analyst);
    QCOMPARE(response.status, 422);
    QCOMPARE(fieldsOf(response).value(u"priority_reason"_s).toString(), u"required"_s);
    body.insert(u"priority_reason"_s, u"The CFO's laptop before the board meeting"_s);
    const QJsonObject ticket = createTicket(body);
    QCOMPARE(ticket.value(u"priority"_s).toInt(), 1); // impact 3 × urgency 3 would be P4
    const qint64 id = ticket.value(u"id"_s).toInteger();
    const QString path = u"/tickets/%1"_s.arg(id);

    response = send(fx().http(), "PATCH", path, {{u"urgency"_s, 1}}, analyst, 1);
    QCOMPARE(response.json().value(u"priority"_s).toInt(), 1); // still overridden
    response = send(fx().http(), "PATCH", path, {{u"priority"_s, 2}}, analyst, 2);
    QCOMPARE(fieldsOf(response).value(u"priority_reason"_s).toString(), u"required"_s);
    response = send(fx().http(), "PATCH", path, {{u"priority"_s, 7}, {u"priority_reason"_s, u"x"_s}}, analyst, 2);
    QCOMPARE(fieldsOf(response).value(u"priority"_s).toString(), u"invalid"_s);
    response = send(fx().http(), "PATCH", path, {{u"priority"_s, QJsonValue::Null}}, analyst, 2);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(u"priority"_s).toInt(), 3); // impact 3 × urgency 1, by the matrix
    QVERIFY(response.json().value(u"priority_reason"_s).isNull());
}

void ServerTest::measures_firstResponseResolutionAndFirstContactResolution()
{
    const QString analyst = token(Role::Analyst);
    ManualClock &clock = installClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC));
    const qint64 me = fx().user(Role::Analyst).id;

    // Resolved by its first assignee with nothing in between: first contact resolution.
    const qint64 fcr = createTicket(ticketBody()).value(u"id"_s).toInteger();
    send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(fcr), {{u"assignee_id"_s, me}}, analyst, 1);
    clock.advance(std::chrono::minutes(4));
    fx().http().post(u"/tickets/%1/comments"_s.arg(fcr), {{u"body"_s, u"Note first"_s}, {u"visibility"_s, u"internal"_s}}, analyst);
    QVERIFY(TicketRepository(fx().database()).find(fcr)->firstResponseAt.isNull()); // a note is no response
    clock.advance(std::chrono::minutes(1));
    fx().http().post(u"/tickets/%1/comments"_s.arg(fcr), {{u"body"_s, u"Hi Ann"_s}, {u"visibility"_s, u"public"_s}}, analyst);
    clock.advance(std::chrono::minutes(10));
    HttpResponse resolved = send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(fcr),
                                 {{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"fixed"_s},
                                  {u"resolution_notes"_s, u"Rebuilt the profile"_s}}, analyst, 2);
    QCOMPARE(resolved.status, 200);
    QJsonObject json = resolved.json();
    QCOMPARE(json.value(u"first_response_at"_s).toString(), u"2026-03-02T09:05:00.000Z"_s);
    QCOMPARE(json.value(u"resolved_at"_s).toString(), u"2026-03-02T09:15:00.000Z"_s);
    QCOMPARE(json.value(u"first_contact_resolution"_s).toBool(), true);
    QCOMPARE(json.value(u"first_assignee_id"_s).toInteger(), me);

    // Reopened: no longer first contact, and resolved_at goes until it is resolved again.
    HttpResponse reopened = send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(fcr), {{u"status"_s, u"in_progress"_s}}, analyst, 3);
    QVERIFY(reopened.json().value(u"resolved_at"_s).isNull());
    QVERIFY(reopened.json().value(u"first_contact_resolution"_s).isNull());
    resolved = send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(fcr),
                    {{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"fixed"_s},
                     {u"resolution_notes"_s, u"Again"_s}}, analyst, 4);
    QCOMPARE(resolved.json().value(u"first_contact_resolution"_s).toBool(), false);

    // Handed to another analyst: counted, and not first contact.
    const qint64 handed = createTicket(ticketBody()).value(u"id"_s).toInteger();
    send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(handed), {{u"assignee_id"_s, me}}, analyst, 1);
    json = send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(handed), {{u"assignee_id"_s, fx().user(Role::Senior).id}},
                analyst, 2).json();
    QCOMPARE(json.value(u"reassignment_count"_s).toInt(), 1);
    json = send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(handed),
                {{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"fixed"_s}, {u"resolution_notes"_s, u"Done"_s}},
                token(Role::Senior), 3).json();
    QCOMPARE(json.value(u"first_contact_resolution"_s).toBool(), false);
}

void ServerTest::survey_issuedOnResolve_answeredOnceThroughHtmlForm()
{
    const QString analyst = token(Role::Analyst);
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    QCOMPARE(fx().http().get(u"/tickets/%1/survey"_s.arg(id), analyst).status, 404);
    send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(id), {{u"assignee_id"_s, fx().user(Role::Analyst).id}}, analyst, 1);
    QCOMPARE(send(fx().http(), "PATCH", u"/tickets/%1"_s.arg(id),
                  {{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"fixed"_s}, {u"resolution_notes"_s, u"Done"_s}},
                  analyst, 2).status, 200);

    HttpResponse survey = fx().http().get(u"/tickets/%1/survey"_s.arg(id), analyst);
    QCOMPARE(survey.status, 200);
    QCOMPARE(survey.json().value(u"state"_s).toString(), u"open"_s);
    const QString page = survey.json().value(u"path"_s).toString();
    QVERIFY(page.startsWith(u"/api/v1/survey/"_s));
    const QString relative = page.mid(QStringLiteral("/api/v1").size());

    // The requester needs no account.
    HttpResponse form = fx().http().get(relative);
    QCOMPARE(form.status, 200);
    QVERIFY(form.header("Content-Type").startsWith("text/html"));
    QVERIFY(form.header("Content-Security-Policy").contains("default-src 'none'"));
    QVERIFY(form.body.contains("Outlook crashes on start"));
    QVERIFY(form.body.contains("name=\"score\" value=\"5\""));

    HttpResponse posted = fx().http().send("POST", relative, "score=9&comment=%3Cb%3Ehi", "application/x-www-form-urlencoded");
    QCOMPARE(posted.status, 422);
    QVERIFY(posted.body.contains("&lt;b&gt;hi")); // typed text kept, and escaped
    posted = fx().http().send("POST", relative, "{}", "application/json");
    QCOMPARE(posted.status, 400);
    posted = fx().http().send("POST", relative, "score=4&comment=Quick+and+friendly%21", "application/x-www-form-urlencoded");
    QCOMPARE(posted.status, 200);
    posted = fx().http().send("POST", relative, "score=1&comment=changed+my+mind", "application/x-www-form-urlencoded");
    QCOMPARE(posted.status, 409);
    QCOMPARE(fx().http().get(relative).status, 410);

    survey = fx().http().get(u"/tickets/%1/survey"_s.arg(id), analyst);
    QCOMPARE(survey.json().value(u"state"_s).toString(), u"answered"_s);
    QCOMPARE(survey.json().value(u"score"_s).toInt(), 4);
    QCOMPARE(survey.json().value(u"comment"_s).toString(), u"Quick and friendly!"_s);

    QCOMPARE(fx().http().get(u"/survey/doesnotexist"_s).status, 404);
    QCOMPARE(fx().http().get(u"/survey/has%20space"_s).status, 404);
    QCOMPARE(fx().http().get(u"/tickets/%1/survey"_s.arg(id), token(Role::RoomStaff)).status, 403);
}

void ServerTest::survey_expires()
{
    ManualClock &clock = installClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC));
    const qint64 id = createTicket(ticketBody()).value(u"id"_s).toInteger();
    const SatisfactionSurvey survey = SurveyRepository(fx().database()).issue(id);
    clock.advance(std::chrono::days(SatisfactionSurvey::lifetimeDays) + std::chrono::seconds(1));
    QCOMPARE(fx().http().get(u"/survey/"_s + survey.token).status, 410);
    QCOMPARE(fx().http().send("POST", u"/survey/"_s + survey.token, "score=5", "application/x-www-form-urlencoded").status, 410);
}
