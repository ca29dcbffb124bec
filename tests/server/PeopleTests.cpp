// SPDX-License-Identifier: GPL-3.0-or-later
// The people directory: an HR export imported all or nothing, and lookup by name or email.
#include "ServerTest.h"

#include "AuditLog.h"
#include "PersonRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

HttpResponse importCsv(HttpClient &http, const QByteArray &csv, const QString &token, bool dryRun,
                       const QByteArray &type = "text/csv; charset=utf-8")
{
    QUrlQuery query;
    query.addQueryItem(u"dry_run"_s, dryRun ? u"true"_s : u"false"_s);
    return http.send("POST", u"/people/import"_s, csv, type, token, query);
}

const QByteArray goodExport = "Full Name;E-Mail;Department;Office;Manager Email\r\n"
                              "Jürgen Weiß;J.Weiss@Example.org;Finance;Berlin HQ / 3.14;ann.lee@example.org\r\n"
                              "Ann Lee;ann.lee@example.org;Finance;Berlin HQ;\r\n"
                              "\"O'Brien, Pat\";pat@example.org;\"IT; Service Desk\";Dublin;ann.lee@example.org\r\n";

} // namespace

void ServerTest::people_importPreview_listsEveryRowAndWritesNothing()
{
    const HttpResponse preview = importCsv(fx().http(), goodExport, token(Role::Senior), true);
    QCOMPARE(preview.status, 200);
    const QJsonObject body = preview.json();
    QCOMPARE(body.value(u"valid"_s).toBool(), true);
    QCOMPARE(body.value(u"row_count"_s).toInt(), 3);
    QCOMPARE(body.value(u"create_count"_s).toInt(), 3);
    const QJsonArray rows = body.value(u"rows"_s).toArray();
    QCOMPARE(rows.at(0).toObject().value(u"line"_s).toInt(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"email"_s).toString(), u"j.weiss@example.org"_s);
    QCOMPARE(rows.at(0).toObject().value(u"name"_s).toString(), u"Jürgen Weiß"_s);
    QCOMPARE(rows.at(2).toObject().value(u"name"_s).toString(), u"O'Brien, Pat"_s);
    QCOMPARE(rows.at(2).toObject().value(u"department"_s).toString(), u"IT; Service Desk"_s);
    QVERIFY(PersonRepository(fx().database()).emails().isEmpty());
}

void ServerTest::people_import_createsThenUpdatesByEmailWithManagers()
{
    const HttpResponse first = importCsv(fx().http(), goodExport, token(Role::Senior), false);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"created"_s).toInt(), 3);

    const HttpResponse found = fx().http().get(u"/people"_s, token(Role::Analyst), QUrlQuery(u"q=WEISS"_s));
    QCOMPARE(found.status, 200);
    const QJsonArray items = found.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject juergen = items.at(0).toObject();
    QCOMPARE(juergen.value(u"location"_s).toString(), u"Berlin HQ / 3.14"_s);
    QCOMPARE(juergen.value(u"manager"_s).toObject().value(u"name"_s).toString(), u"Ann Lee"_s);
    // Lookup folds case beyond ASCII too.
    QCOMPARE(fx().http().get(u"/people"_s, token(Role::Analyst), QUrlQuery(u"q=jÜrg"_s)).json()
                 .value(u"items"_s).toArray().size(), 1);

    const QByteArray moved = "name,email,department,location,manager_email\n"
                             "Jürgen Weiß,j.weiss@example.org,Controlling,Munich,\n";
    const HttpResponse second = importCsv(fx().http(), moved, token(Role::Admin), false);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"created"_s).toInt(), 0);
    QCOMPARE(second.json().value(u"updated"_s).toInt(), 1);
    const auto person = PersonRepository(fx().database()).find(juergen.value(u"id"_s).toInteger());
    QCOMPARE(person->department, u"Controlling"_s);
    QCOMPARE(person->managerId.has_value(), false);
    QCOMPARE(AuditLog(fx().database()).entriesFor(u"person"_s, person->id).size(), 2);
}

void ServerTest::people_importWithBadRows_returns422WithPerRowErrorsAndImportsNothing()
{
    const QByteArray csv = "name,email,manager_email\n"
                           "Good Person,good@example.org,\n"
                           ",nobody@example.org,\n"
                           "Bad Mail,not-an-email,\n"
                           "Twice,good@example.org,\n"
                           "Lost,lost@example.org,boss@example.org\n";
    const HttpResponse response = importCsv(fx().http(), csv, token(Role::Senior), false);
    QCOMPARE(response.status, 422);
    const QJsonObject body = response.json();
    QCOMPARE(body.value(u"error"_s).toObject().value(u"code"_s).toString(), u"import_invalid"_s);
    const QJsonArray rows = body.value(u"preview"_s).toObject().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows.at(0).toObject().value(u"errors"_s).toObject().isEmpty());
    QCOMPARE(rows.at(1).toObject().value(u"errors"_s).toObject().value(u"name"_s).toString(), u"required"_s);
    QCOMPARE(rows.at(2).toObject().value(u"errors"_s).toObject().value(u"email"_s).toString(), u"invalid"_s);
    QCOMPARE(rows.at(3).toObject().value(u"errors"_s).toObject().value(u"email"_s).toString(), u"duplicate"_s);
    QCOMPARE(rows.at(4).toObject().value(u"errors"_s).toObject().value(u"manager_email"_s).toString(),
             u"unknown_manager"_s);
    QCOMPARE(body.value(u"preview"_s).toObject().value(u"invalid_count"_s).toInt(), 4);
    QVERIFY(PersonRepository(fx().database()).emails().isEmpty()); // not even the good row
}

void ServerTest::people_importBadFile_returnsClearErrors()
{
    const QString senior = token(Role::Senior);
    HttpResponse response = importCsv(fx().http(), "email\nx@example.org\n", senior, false);
    QCOMPARE(response.status, 422);
    QCOMPARE(response.json().value(u"preview"_s).toObject().value(u"file_error"_s).toString(), u"missing_column:name"_s);
    response = importCsv(fx().http(), "name,email\n\"Open quote,a@example.org\n", senior, true);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(u"file_error"_s).toString(), u"unterminated_quote:2"_s);
    QCOMPARE(response.json().value(u"valid"_s).toBool(), false);
    response = importCsv(fx().http(), "name,email\nA,a@example.org\n", senior, false, "application/json");
    QCOMPARE(response.status, 415);
    response = importCsv(fx().http(), "name,email\n\xff\xfe,a@example.org\n", senior, false);
    QCOMPARE(response.status, 422);
    QCOMPARE(response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"file"_s).toString(),
             u"not_utf8"_s);
    response = importCsv(fx().http(), "", senior, false);
    QCOMPARE(response.status, 422);
    response = fx().http().send("POST", u"/people/import"_s, "name,email\n", "text/csv", senior,
                                QUrlQuery(u"dry_run=maybe"_s));
    QCOMPARE(response.status, 400);
}

void ServerTest::people_roles_analystReadsOnlySeniorImports()
{
    QCOMPARE(importCsv(fx().http(), goodExport, token(Role::Analyst), false).status, 403);
    QCOMPARE(importCsv(fx().http(), goodExport, token(Role::RoomStaff), true).status, 403);
    QCOMPARE(importCsv(fx().http(), goodExport, QString(), false).status, 401);
    QCOMPARE(fx().http().get(u"/people"_s, token(Role::RoomStaff)).status, 200);
    QCOMPARE(fx().http().get(u"/people"_s).status, 401);
    QCOMPARE(fx().http().get(u"/people/999"_s, token(Role::Analyst)).status, 404);
    QCOMPARE(fx().http().get(u"/people"_s, token(Role::Analyst), QUrlQuery(u"limit=500"_s)).status, 400);
    QCOMPARE(fx().http().get(u"/people"_s, token(Role::Analyst), QUrlQuery(u"sort=name"_s)).status, 400);
}

void ServerTest::people_requesterById_fillsNameAndEmailAndListsTheirTickets()
{
    QCOMPARE(importCsv(fx().http(), goodExport, token(Role::Admin), false).status, 200);
    const qint64 ann = fx().http().get(u"/people"_s, token(Role::Analyst), QUrlQuery(u"q=ann.lee"_s)).json()
                           .value(u"items"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
    const QJsonObject ticket = createTicket({{u"title"_s, u"Printer jam"_s},
                                             {u"requester"_s, QJsonObject{{u"person_id"_s, ann}}}});
    const QJsonObject requester = ticket.value(u"requester"_s).toObject();
    QCOMPARE(requester.value(u"name"_s).toString(), u"Ann Lee"_s);
    QCOMPARE(requester.value(u"email"_s).toString(), u"ann.lee@example.org"_s);
    QCOMPARE(requester.value(u"person_id"_s).toInteger(), ann);
    createTicket({{u"title"_s, u"Someone else"_s}, {u"requester"_s, QJsonObject{{u"name"_s, u"Bo"_s}}}});

    const HttpResponse theirs = fx().http().get(u"/tickets"_s, token(Role::Analyst),
                                                QUrlQuery(u"requester=%1"_s.arg(ann)));
    QCOMPARE(theirs.status, 200);
    QCOMPARE(theirs.json().value(u"items"_s).toArray().size(), 1);

    const HttpResponse unknown = fx().http().post(
        u"/tickets"_s, {{u"title"_s, u"X"_s}, {u"requester"_s, QJsonObject{{u"person_id"_s, 99999}}}}, token(Role::Analyst));
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.json().value(u"error"_s).toObject().value(u"fields"_s).toObject()
                 .value(u"requester.person_id"_s).toString(), u"unknown"_s);
}
