// SPDX-License-Identifier: GPL-3.0-or-later
// /groups, /categories, /subcategories: the lists an administrator keeps, and the rule that
// tickets only take active entries of them.
#include "ServerTest.h"

#include "AuditLog.h"
#include "Migrations.h"
#include "SqlQuery.h"
#include "TicketRepository.h"
#include "Transaction.h"
#include "UserGroupRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QJsonObject fieldsOf(const HttpResponse &response)
{
    return response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject();
}

HttpResponse sendVersioned(HttpClient &http, const QByteArray &verb, const QString &path, const QJsonObject &body,
                           const QString &token, const QByteArray &ifMatch)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!ifMatch.isNull())
        headers.append({"If-Match", ifMatch});
    return http.send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token, {},
                     headers);
}

QByteArray etag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

QJsonObject byName(const QJsonArray &items, const QString &name)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(u"name"_s).toString() == name)
            return item.toObject();
    }
    return {};
}

QStringList namesOf(const QJsonArray &items)
{
    QStringList names;
    for (const QJsonValue &item : items)
        names << item.toObject().value(u"name"_s).toString();
    return names;
}

} // namespace

void ServerTest::catalog_groups_createRenameRetireAndStaff()
{
    const QString admin = token(Role::Admin);
    const HttpResponse created =
        fx().http().post(u"/groups"_s, {{u"name"_s, u"Field Services"_s}, {u"description"_s, u"On site"_s}}, admin);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(u"id"_s).toInteger();
    QCOMPARE(created.header("Location"), "/api/v1/groups/" + QByteArray::number(id));
    QCOMPARE(created.header("ETag"), etag(1));
    QCOMPARE(created.json().value(u"active"_s).toBool(), true);

    // Staffed with two analysts (listed once each, whatever the order they were sent in).
    const qint64 analyst = fx().user(Role::Analyst).id;
    const qint64 senior = fx().user(Role::Senior).id;
    const HttpResponse staffed = sendVersioned(fx().http(), "PUT", u"/groups/%1/members"_s.arg(id),
                                               {{u"user_ids"_s, QJsonArray{senior, analyst, senior}}}, admin, etag(1));
    QCOMPARE(staffed.status, 200);
    QCOMPARE(staffed.header("ETag"), etag(2));
    QCOMPARE(staffed.json().value(u"members"_s).toArray(), (QJsonArray{std::min(analyst, senior), std::max(analyst, senior)}));
    QCOMPARE(UserGroupRepository(fx().database()).groupsOf(analyst), QStringList{u"Field Services"_s});

    // A ticket, a saved view and a macro name the group; a rename carries to all three.
    const QJsonObject ticket = createTicket({{u"title"_s, u"Dock broken"_s},
                                             {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}},
                                             {u"group"_s, u"Field Services"_s}});
    const HttpResponse view = fx().http().post(
        u"/views"_s, {{u"name"_s, u"Field"_s}, {u"filters"_s, QJsonObject{{u"group"_s, u"Field Services"_s}}}},
        token(Role::Analyst));
    QCOMPARE(view.status, 201);
    const HttpResponse macro = fx().http().post(
        u"/macros"_s,
        {{u"name"_s, u"To the field"_s}, {u"body"_s, u"Sending someone."_s}, {u"visibility"_s, u"internal"_s},
         {u"changes"_s, QJsonObject{{u"group"_s, u"Field Services"_s}}}},
        admin);
    QCOMPARE(macro.status, 201);

    const HttpResponse renamed = sendVersioned(fx().http(), "PATCH", u"/groups/%1"_s.arg(id),
                                               {{u"name"_s, u"Field Support"_s}}, admin, etag(2));
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(u"name"_s).toString(), u"Field Support"_s);
    QCOMPARE(renamed.json().value(u"description"_s).toString(), u"On site"_s);
    const qint64 ticketId = ticket.value(u"id"_s).toInteger();
    const HttpResponse after = fx().http().get(u"/tickets/%1"_s.arg(ticketId), token(Role::Analyst));
    QCOMPARE(after.json().value(u"group"_s).toString(), u"Field Support"_s);
    QCOMPARE(after.json().value(u"version"_s).toInt(), ticket.value(u"version"_s).toInt()); // not an edit of the ticket
    QCOMPARE(UserGroupRepository(fx().database()).groupsOf(analyst), QStringList{u"Field Support"_s});
    const QJsonArray views = fx().http().get(u"/views"_s, token(Role::Analyst)).json().value(u"items"_s).toArray();
    QCOMPARE(byName(views, u"Field"_s).value(u"filters"_s).toObject().value(u"group"_s).toString(), u"Field Support"_s);
    const QJsonArray macros = fx().http().get(u"/macros"_s, admin).json().value(u"items"_s).toArray();
    QCOMPARE(byName(macros, u"To the field"_s).value(u"changes"_s).toObject().value(u"group"_s).toString(),
             u"Field Support"_s);

    // Retired: still listed (with active false) and kept by its ticket, refused for a new one.
    const HttpResponse retired = sendVersioned(fx().http(), "PATCH", u"/groups/%1"_s.arg(id),
                                               {{u"active"_s, false}}, admin, etag(3));
    QCOMPARE(retired.status, 200);
    QCOMPARE(byName(fx().http().get(u"/groups"_s, token(Role::Analyst)).json().value(u"items"_s).toArray(),
                    u"Field Support"_s).value(u"active"_s).toBool(true),
             false);
    const HttpResponse refused = fx().http().post(
        u"/tickets"_s,
        {{u"title"_s, u"Another dock"_s}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}}, {u"group"_s, u"Field Support"_s}},
        token(Role::Analyst));
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldsOf(refused).value(u"group"_s).toString(), u"retired"_s);
    const HttpResponse kept = sendVersioned(fx().http(), "PATCH", u"/tickets/%1"_s.arg(ticketId),
                                            {{u"title"_s, u"Dock broken again"_s}}, token(Role::Analyst),
                                            etag(after.json().value(u"version"_s).toInt()));
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.json().value(u"group"_s).toString(), u"Field Support"_s);

    const QList<AuditLog::Entry> audit = AuditLog(fx().database()).entriesFor(u"assignment_group"_s, id);
    QCOMPARE(audit.size(), 4);
    QCOMPARE(audit.at(0).action, u"created"_s);
    QCOMPARE(audit.at(1).action, u"members_set"_s);
    QCOMPARE(audit.at(2).changes.value(u"name"_s).toObject().value(u"to"_s).toString(), u"Field Support"_s);
    QCOMPARE(audit.at(2).changes.value(u"tickets_renamed"_s).toInt(), 1);
    QCOMPARE(audit.at(3).changes.value(u"active"_s).toObject().value(u"to"_s).toBool(true), false);
    QCOMPARE(audit.at(3).actorId, fx().user(Role::Admin).id);
}

void ServerTest::catalog_categories_treeOrderRenameAndRetire()
{
    const QString admin = token(Role::Admin);
    const HttpResponse hardware = fx().http().post(u"/categories"_s, {{u"name"_s, u"Hardware"_s}}, admin);
    QCOMPARE(hardware.status, 201);
    const qint64 hardwareId = hardware.json().value(u"id"_s).toInteger();
    QCOMPARE(fx().http().post(u"/categories"_s, {{u"name"_s, u"Access"_s}}, admin).status, 201);
    const HttpResponse laptop =
        fx().http().post(u"/categories/%1/subcategories"_s.arg(hardwareId), {{u"name"_s, u"Laptop"_s}}, admin);
    QCOMPARE(laptop.status, 201);
    QCOMPARE(laptop.json().value(u"category_id"_s).toInteger(), hardwareId);
    const qint64 laptopId = laptop.json().value(u"id"_s).toInteger();
    QCOMPARE(fx().http().post(u"/categories/%1/subcategories"_s.arg(hardwareId), {{u"name"_s, u"Printer"_s}}, admin).status,
             201);

    // New entries go last; a position moves one.
    QJsonArray items = fx().http().get(u"/categories"_s, token(Role::Analyst)).json().value(u"items"_s).toArray();
    QCOMPARE(namesOf(items), (QStringList{u"Hardware"_s, u"Access"_s}));
    QCOMPARE(namesOf(items.at(0).toObject().value(u"subcategories"_s).toArray()), (QStringList{u"Laptop"_s, u"Printer"_s}));
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/subcategories/%1"_s.arg(laptopId), {{u"position"_s, 9}}, admin, etag(1))
                 .status,
             200);
    items = fx().http().get(u"/categories"_s, token(Role::Senior)).json().value(u"items"_s).toArray();
    QCOMPARE(namesOf(items.at(0).toObject().value(u"subcategories"_s).toArray()), (QStringList{u"Printer"_s, u"Laptop"_s}));

    // A ticket classified Hardware / Laptop follows both renames.
    const QJsonObject ticket = createTicket({{u"title"_s, u"Screen cracked"_s},
                                             {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}},
                                             {u"category"_s, u"Hardware"_s},
                                             {u"subcategory"_s, u"Laptop"_s}});
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/categories/%1"_s.arg(hardwareId), {{u"name"_s, u"Devices"_s}}, admin,
                           etag(1))
                 .status,
             200);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/subcategories/%1"_s.arg(laptopId), {{u"name"_s, u"Notebook"_s}}, admin,
                           etag(2))
                 .status,
             200);
    const qint64 ticketId = ticket.value(u"id"_s).toInteger();
    QJsonObject now = fx().http().get(u"/tickets/%1"_s.arg(ticketId), token(Role::Analyst)).json();
    QCOMPARE(now.value(u"category"_s).toString(), u"Devices"_s);
    QCOMPARE(now.value(u"subcategory"_s).toString(), u"Notebook"_s);

    // Retiring the subcategory: the ticket keeps it, a new ticket cannot take it.
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/subcategories/%1"_s.arg(laptopId), {{u"active"_s, false}}, admin,
                           etag(3))
                 .status,
             200);
    const HttpResponse refused = fx().http().post(u"/tickets"_s,
                                                  {{u"title"_s, u"Keyboard"_s},
                                                   {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}},
                                                   {u"category"_s, u"Devices"_s},
                                                   {u"subcategory"_s, u"Notebook"_s}},
                                                  token(Role::Analyst));
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldsOf(refused).value(u"subcategory"_s).toString(), u"retired"_s);
    const HttpResponse kept = sendVersioned(fx().http(), "PATCH", u"/tickets/%1"_s.arg(ticketId), {{u"impact"_s, 2}},
                                            token(Role::Analyst), etag(now.value(u"version"_s).toInt()));
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.json().value(u"subcategory"_s).toString(), u"Notebook"_s);

    const QList<AuditLog::Entry> audit = AuditLog(fx().database()).entriesFor(u"subcategory"_s, laptopId);
    QCOMPARE(audit.size(), 4);
    QCOMPARE(audit.at(2).changes.value(u"tickets_renamed"_s).toInt(), 1);
    QCOMPARE(AuditLog(fx().database()).entriesFor(u"category"_s, hardwareId).size(), 2);
}

void ServerTest::catalog_roles_readForTicketRolesChangeForAdmins()
{
    const QString admin = token(Role::Admin);
    const qint64 group = fx().http().post(u"/groups"_s, {{u"name"_s, u"Ops"_s}}, admin).json().value(u"id"_s).toInteger();
    const qint64 category =
        fx().http().post(u"/categories"_s, {{u"name"_s, u"Email"_s}}, admin).json().value(u"id"_s).toInteger();
    const qint64 sub = fx().http()
                           .post(u"/categories/%1/subcategories"_s.arg(category), {{u"name"_s, u"Mailbox"_s}}, admin)
                           .json()
                           .value(u"id"_s)
                           .toInteger();
    for (const Role role : {Role::Analyst, Role::Senior}) {
        QCOMPARE(fx().http().get(u"/groups"_s, token(role)).status, 200);
        QCOMPARE(fx().http().get(u"/categories"_s, token(role)).status, 200);
    }
    for (const Role role : {Role::Analyst, Role::Senior, Role::RoomStaff}) {
        const QString caller = token(role);
        QCOMPARE(fx().http().post(u"/groups"_s, {{u"name"_s, u"Mine"_s}}, caller).status, 403);
        QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/groups/%1"_s.arg(group), {{u"name"_s, u"X"_s}}, caller, etag(1)).status,
                 403);
        QCOMPARE(sendVersioned(fx().http(), "PUT", u"/groups/%1/members"_s.arg(group), {{u"user_ids"_s, QJsonArray{}}},
                               caller, etag(1))
                     .status,
                 403);
        QCOMPARE(fx().http().post(u"/categories"_s, {{u"name"_s, u"Mine"_s}}, caller).status, 403);
        QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/categories/%1"_s.arg(category), {{u"name"_s, u"X"_s}}, caller,
                               etag(1))
                     .status,
                 403);
        QCOMPARE(fx().http().post(u"/categories/%1/subcategories"_s.arg(category), {{u"name"_s, u"Mine"_s}}, caller).status,
                 403);
        QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/subcategories/%1"_s.arg(sub), {{u"name"_s, u"X"_s}}, caller, etag(1))
                     .status,
                 403);
    }
    QCOMPARE(fx().http().get(u"/groups"_s, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().get(u"/categories"_s, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().get(u"/groups"_s).status, 401);
    QCOMPARE(fx().http().get(u"/categories"_s).status, 401);
    // Nothing changed by the refused calls.
    const QJsonArray categories = fx().http().get(u"/categories"_s, admin).json().value(u"items"_s).toArray();
    QCOMPARE(namesOf(categories), QStringList{u"Email"_s});
    QCOMPARE(namesOf(categories.at(0).toObject().value(u"subcategories"_s).toArray()), QStringList{u"Mailbox"_s});
    QCOMPARE(byName(fx().http().get(u"/groups"_s, admin).json().value(u"items"_s).toArray(), u"Ops"_s).value(u"version"_s).toInt(),
             1);
}

void ServerTest::catalog_badInput_refusedPerRoute()
{
    const QString admin = token(Role::Admin);
    // POST /groups
    HttpResponse bad = fx().http().post(u"/groups"_s, {{u"name"_s, u" "_s}, {u"colour"_s, u"red"_s}}, admin);
    QCOMPARE(bad.status, 422);
    QCOMPARE(fieldsOf(bad).value(u"name"_s).toString(), u"required"_s);
    QCOMPARE(fieldsOf(bad).value(u"colour"_s).toString(), u"unknown_field"_s);
    bad = fx().http().post(u"/groups"_s, {{u"name"_s, u"NETWORK"_s}}, admin); // the fixture's "Network"
    QCOMPARE(bad.status, 422);
    QCOMPARE(fieldsOf(bad).value(u"name"_s).toString(), u"taken"_s);
    bad = fx().http().post(u"/groups"_s, {{u"name"_s, QString(121, u'g')}, {u"active"_s, u"yes"_s}}, admin);
    QCOMPARE(fieldsOf(bad).value(u"name"_s).toString(), u"too_long"_s);
    QCOMPARE(fieldsOf(bad).value(u"active"_s).toString(), u"must_be_boolean"_s);
    QCOMPARE(fx().http().send("POST", u"/groups"_s, "{", "application/json", admin).status, 400);
    QCOMPARE(fx().http().send("POST", u"/groups"_s, "name=x", "text/plain", admin).status, 415);

    // PATCH /groups/{id}
    const qint64 group = fx().http().post(u"/groups"_s, {{u"name"_s, u"Ops"_s}}, admin).json().value(u"id"_s).toInteger();
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/groups/%1"_s.arg(group), {{u"name"_s, u"Ops 2"_s}}, admin, {}).status, 428);
    const HttpResponse stale =
        sendVersioned(fx().http(), "PATCH", u"/groups/%1"_s.arg(group), {{u"name"_s, u"Ops 2"_s}}, admin, etag(7));
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"name"_s).toString(), u"Ops"_s);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/groups/999999"_s, {{u"name"_s, u"X"_s}}, admin, etag(1)).status, 404);
    bad = sendVersioned(fx().http(), "PATCH", u"/groups/%1"_s.arg(group), {{u"name"_s, u"messaging"_s}}, admin, etag(1));
    QCOMPARE(fieldsOf(bad).value(u"name"_s).toString(), u"taken"_s);
    bad = sendVersioned(fx().http(), "PATCH", u"/groups/%1"_s.arg(group), {}, admin, etag(1));
    QCOMPARE(fieldsOf(bad).value(u"body"_s).toString(), u"no_changes"_s);
    bad = sendVersioned(fx().http(), "PATCH", u"/groups/%1"_s.arg(group), {{u"position"_s, 1}}, admin, etag(1));
    QCOMPARE(fieldsOf(bad).value(u"position"_s).toString(), u"unknown_field"_s);

    // PUT /groups/{id}/members: only active users who work tickets.
    const User inactive = fx().addUser(u"gone"_s, Role::Analyst, false);
    for (const auto &[body, code] :
         {std::pair{QJsonObject{{u"user_ids"_s, QJsonArray{fx().user(Role::RoomStaff).id}}}, u"not_an_analyst"_s},
          std::pair{QJsonObject{{u"user_ids"_s, QJsonArray{inactive.id}}}, u"not_an_analyst"_s},
          std::pair{QJsonObject{{u"user_ids"_s, QJsonArray{999999}}}, u"not_an_analyst"_s},
          std::pair{QJsonObject{{u"user_ids"_s, QJsonArray{u"1"_s}}}, u"invalid"_s},
          std::pair{QJsonObject{{u"user_ids"_s, 3}}, u"must_be_list"_s},
          std::pair{QJsonObject{}, u"required"_s}}) {
        bad = sendVersioned(fx().http(), "PUT", u"/groups/%1/members"_s.arg(group), body, admin, etag(1));
        QCOMPARE(bad.status, 422);
        QCOMPARE(fieldsOf(bad).value(u"user_ids"_s).toString(), code);
    }
    QCOMPARE(sendVersioned(fx().http(), "PUT", u"/groups/%1/members"_s.arg(group), {{u"user_ids"_s, QJsonArray{}}}, admin, {})
                 .status,
             428);
    QCOMPARE(sendVersioned(fx().http(), "PUT", u"/groups/999999/members"_s, {{u"user_ids"_s, QJsonArray{}}}, admin, etag(1))
                 .status,
             404);

    // POST /categories, PATCH /categories/{id}
    bad = fx().http().post(u"/categories"_s, {{u"name"_s, 5}, {u"position"_s, -1}, {u"description"_s, u"x"_s}}, admin);
    QCOMPARE(bad.status, 422);
    QCOMPARE(fieldsOf(bad).value(u"name"_s).toString(), u"must_be_text"_s);
    QCOMPARE(fieldsOf(bad).value(u"position"_s).toString(), u"invalid"_s);
    QCOMPARE(fieldsOf(bad).value(u"description"_s).toString(), u"unknown_field"_s);
    const qint64 category =
        fx().http().post(u"/categories"_s, {{u"name"_s, u"Email"_s}}, admin).json().value(u"id"_s).toInteger();
    QCOMPARE(fieldsOf(fx().http().post(u"/categories"_s, {{u"name"_s, u"email"_s}}, admin)).value(u"name"_s).toString(),
             u"taken"_s);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/categories/%1"_s.arg(category), {{u"position"_s, 1.5}}, admin, etag(1))
                 .status,
             422);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/categories/%1"_s.arg(category), {{u"name"_s, u"Mail"_s}}, admin, {}).status,
             428);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/categories/%1"_s.arg(category), {{u"name"_s, u"Mail"_s}}, admin, etag(4))
                 .status,
             412);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/categories/999999"_s, {{u"name"_s, u"Mail"_s}}, admin, etag(1)).status,
             404);

    // POST /categories/{id}/subcategories, PATCH /subcategories/{id}
    QCOMPARE(fx().http().post(u"/categories/999999/subcategories"_s, {{u"name"_s, u"Mailbox"_s}}, admin).status, 404);
    const qint64 sub = fx().http()
                           .post(u"/categories/%1/subcategories"_s.arg(category), {{u"name"_s, u"Mailbox"_s}}, admin)
                           .json()
                           .value(u"id"_s)
                           .toInteger();
    bad = fx().http().post(u"/categories/%1/subcategories"_s.arg(category), {{u"name"_s, u"MAILBOX"_s}}, admin);
    QCOMPARE(fieldsOf(bad).value(u"name"_s).toString(), u"taken"_s);
    bad = fx().http().post(u"/categories/%1/subcategories"_s.arg(category), {}, admin);
    QCOMPARE(fieldsOf(bad).value(u"name"_s).toString(), u"required"_s);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/subcategories/%1"_s.arg(sub), {{u"active"_s, 0}}, admin, etag(1)).status,
             422);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/subcategories/%1"_s.arg(sub), {{u"active"_s, false}}, admin, {}).status,
             428);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/subcategories/%1"_s.arg(sub), {{u"active"_s, false}}, admin, etag(3))
                 .status,
             412);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/subcategories/999999"_s, {{u"active"_s, false}}, admin, etag(1)).status,
             404);
    // The same name under another category is fine.
    const qint64 other =
        fx().http().post(u"/categories"_s, {{u"name"_s, u"Phone"_s}}, admin).json().value(u"id"_s).toInteger();
    QCOMPARE(fx().http().post(u"/categories/%1/subcategories"_s.arg(other), {{u"name"_s, u"Mailbox"_s}}, admin).status, 201);
    // Nothing the refused calls sent was kept.
    const QJsonArray categories = fx().http().get(u"/categories"_s, admin).json().value(u"items"_s).toArray();
    QCOMPARE(namesOf(categories), (QStringList{u"Email"_s, u"Phone"_s}));
    QCOMPARE(categories.at(0).toObject().value(u"version"_s).toInt(), 1);
}

void ServerTest::catalog_tickets_refuseUnknownOrRetiredOnCreatePatchAndBulk()
{
    const QString admin = token(Role::Admin);
    const qint64 hardware =
        fx().http().post(u"/categories"_s, {{u"name"_s, u"Hardware"_s}}, admin).json().value(u"id"_s).toInteger();
    QCOMPARE(fx().http().post(u"/categories/%1/subcategories"_s.arg(hardware), {{u"name"_s, u"Laptop"_s}}, admin).status, 201);
    const qint64 access =
        fx().http().post(u"/categories"_s, {{u"name"_s, u"Access"_s}}, admin).json().value(u"id"_s).toInteger();
    QCOMPARE(fx().http().post(u"/categories/%1/subcategories"_s.arg(access), {{u"name"_s, u"VPN"_s}}, admin).status, 201);
    const QString analyst = token(Role::Analyst);

    // Create: unknown names and a subcategory of another category.
    const HttpResponse created = fx().http().post(u"/tickets"_s,
                                                  {{u"title"_s, u"Laptop"_s},
                                                   {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}},
                                                   {u"group"_s, u"Nobody"_s},
                                                   {u"category"_s, u"Hardwear"_s},
                                                   {u"subcategory"_s, u"Laptop"_s}},
                                                  analyst);
    QCOMPARE(created.status, 422);
    QCOMPARE(fieldsOf(created).value(u"group"_s).toString(), u"unknown"_s);
    QCOMPARE(fieldsOf(created).value(u"category"_s).toString(), u"unknown"_s);
    QCOMPARE(fieldsOf(created).value(u"subcategory"_s).toString(), u"not_in_category"_s);
    const HttpResponse mixed = fx().http().post(
        u"/tickets"_s,
        {{u"title"_s, u"Laptop"_s}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}}, {u"category"_s, u"Hardware"_s},
         {u"subcategory"_s, u"VPN"_s}},
        analyst);
    QCOMPARE(fieldsOf(mixed).value(u"subcategory"_s).toString(), u"not_in_category"_s);
    QCOMPARE(TicketRepository(fx().database()).list(TicketQuery()).items.size(), 0);

    const QJsonObject ticket = createTicket({{u"title"_s, u"Laptop"_s},
                                             {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}},
                                             {u"group"_s, u"Network"_s},
                                             {u"category"_s, u"Hardware"_s},
                                             {u"subcategory"_s, u"Laptop"_s}});
    const qint64 id = ticket.value(u"id"_s).toInteger();

    // Patch: another category needs its own subcategory; a retired category is refused.
    HttpResponse patched = sendVersioned(fx().http(), "PATCH", u"/tickets/%1"_s.arg(id), {{u"category"_s, u"Access"_s}},
                                         analyst, etag(1));
    QCOMPARE(patched.status, 422);
    QCOMPARE(fieldsOf(patched).value(u"subcategory"_s).toString(), u"not_in_category"_s);
    QCOMPARE(sendVersioned(fx().http(), "PATCH", u"/categories/%1"_s.arg(access), {{u"active"_s, false}}, admin, etag(1))
                 .status,
             200);
    patched = sendVersioned(fx().http(), "PATCH", u"/tickets/%1"_s.arg(id),
                            {{u"category"_s, u"Access"_s}, {u"subcategory"_s, u"VPN"_s}}, analyst, etag(1));
    QCOMPARE(patched.status, 422);
    QCOMPARE(fieldsOf(patched).value(u"category"_s).toString(), u"retired"_s);
    patched = sendVersioned(fx().http(), "PATCH", u"/tickets/%1"_s.arg(id), {{u"group"_s, u"Nobody"_s}}, analyst, etag(1));
    QCOMPARE(fieldsOf(patched).value(u"group"_s).toString(), u"unknown"_s);
    patched = sendVersioned(fx().http(), "PATCH", u"/tickets/%1"_s.arg(id),
                            {{u"group"_s, u"Messaging"_s}, {u"subcategory"_s, QString()}}, analyst, etag(1));
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().value(u"subcategory"_s).toString(), QString());

    // Bulk: the ticket is refused with the same 422, the call itself is not.
    const HttpResponse bulk = fx().http().post(
        u"/tickets/bulk"_s, {{u"ids"_s, QJsonArray{id}}, {u"changes"_s, QJsonObject{{u"group"_s, u"Nobody"_s}}}}, analyst);
    QCOMPARE(bulk.status, 200);
    const QJsonObject result = bulk.json().value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(result.value(u"status"_s).toInt(), 422);
    QCOMPARE(result.value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"group"_s).toString(), u"unknown"_s);

    // Escalating across to a group that is not in the catalog.
    const HttpResponse escalated = fx().http().send(
        "POST", u"/tickets/%1/escalate"_s.arg(id),
        QJsonDocument(QJsonObject{{u"to_group"_s, u"Nobody"_s}, {u"note"_s, u"Tried a restart."_s}}).toJson(),
        "application/json", analyst, {}, {{"If-Match", etag(2)}});
    QCOMPARE(escalated.status, 422);
    QCOMPARE(fieldsOf(escalated).value(u"to_group"_s).toString(), u"unknown"_s);
    QCOMPARE(fx().http().get(u"/tickets/%1"_s.arg(id), analyst).json().value(u"group"_s).toString(), u"Messaging"_s);
}

void ServerTest::catalog_migration_fillsTheListsFromNamesInUse()
{
    // Step 11 on a database that already holds tickets and memberships: undo it, put names
    // in use, and migrate again.
    Database &db = fx().database();
    {
        Transaction transaction(db);
        for (const QString &sql : {u"DROP TABLE subcategories"_s, u"DROP TABLE categories"_s,
                                   u"DROP TABLE assignment_groups"_s,
                                   u"DELETE FROM schema_migrations WHERE version = 11"_s}) {
            SqlQuery query(db.connection(), sql);
            query.exec();
        }
        NewTicket ticket;
        ticket.title = u"Old ticket"_s;
        ticket.requesterName = u"Ann"_s;
        for (const auto &[group, category, subcategory] :
             {std::tuple{u"Service Desk"_s, u"Printing"_s, u"Toner"_s}, std::tuple{u"Network"_s, u"Printing"_s, u"Jam"_s},
              std::tuple{u""_s, u"Email"_s, u""_s}, std::tuple{u"Legacy L3"_s, u""_s, u"Orphan"_s}}) {
            ticket.group = group;
            ticket.category = category;
            ticket.subcategory = subcategory;
            TicketRepository(db).create(ticket, Priority::P4, std::nullopt);
        }
        UserGroupRepository(db).add(fx().user(Role::Analyst).id, u"Night Shift"_s, std::nullopt);
        transaction.commit();
    }
    migrate(db.connection(), db.dialect());

    const QString analyst = token(Role::Analyst);
    const QJsonArray groups = fx().http().get(u"/groups"_s, analyst).json().value(u"items"_s).toArray();
    QCOMPARE(namesOf(groups), (QStringList{u"Legacy L3"_s, u"Network"_s, u"Night Shift"_s, u"Service Desk"_s}));
    QCOMPARE(byName(groups, u"Night Shift"_s).value(u"members"_s).toArray(), QJsonArray{fx().user(Role::Analyst).id});
    const QJsonArray categories = fx().http().get(u"/categories"_s, analyst).json().value(u"items"_s).toArray();
    QCOMPARE(namesOf(categories), (QStringList{u"Email"_s, u"Printing"_s}));
    QCOMPARE(namesOf(categories.at(1).toObject().value(u"subcategories"_s).toArray()), (QStringList{u"Jam"_s, u"Toner"_s}));
    QVERIFY(categories.at(0).toObject().value(u"active"_s).toBool());
}
