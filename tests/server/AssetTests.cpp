// SPDX-License-Identifier: GPL-3.0-or-later
// Assets and locations: the scanner's lookup, roles per route, bad input, the unique tag,
// If-Match and history, and linking assets to tickets.
#include "ServerTest.h"

#include "AuditLog.h"
#include "PeopleImport.h"
#include "PersonRepository.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

qint64 idOf(const QJsonObject &object) { return object.value(u"id"_s).toInteger(); }

QString fieldOf(const HttpResponse &response, const QString &field)
{
    return response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject().value(field).toString();
}

QStringList tagsIn(const HttpResponse &response)
{
    QStringList tags;
    for (const QJsonValue &item : response.json().value(u"items"_s).toArray())
        tags << item.toObject().value(u"tag"_s).toString();
    return tags;
}

HttpResponse patchAsset(HttpClient &http, qint64 id, const QJsonObject &body, const QString &token,
                        const QByteArray &ifMatch)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    return http.send("PATCH", u"/assets/%1"_s.arg(id), QJsonDocument(body).toJson(QJsonDocument::Compact),
                     "application/json", token, {}, headers);
}

} // namespace

// Two people (Ann Smith, Bob Jones) and Head office / North wing / {Atlas, Storeroom}.
ServerTest::AssetWorld ServerTest::assetWorld()
{
    {
        Transaction transaction(fx().database());
        PersonRepository(fx().database())
            .import(planPeopleImport(u"name,email,department,location\nAnn Smith,ann.smith@example.com,Finance,HQ\n"
                                     "Bob Jones,bob.jones@example.com,Sales,HQ\n"_s,
                                     [](const QString &) { return false; }),
                    std::nullopt);
        transaction.commit();
    }
    AssetWorld world;
    for (const Person &person : PersonRepository(fx().database()).search(QString(), 10))
        (person.name == u"Ann Smith"_s ? world.ann : world.bob) = person.id;
    const QString analyst = token(Role::Analyst);
    auto add = [&](const QJsonObject &body) {
        const HttpResponse response = fx().http().post(u"/locations"_s, body, analyst);
        QCOMPARE(response.status, 201);
        return idOf(response.json());
    };
    world.site = add({{u"kind"_s, u"site"_s}, {u"name"_s, u"Head office"_s}});
    world.building = add({{u"kind"_s, u"building"_s}, {u"name"_s, u"North wing"_s}, {u"parent_id"_s, world.site}});
    world.atlas = add({{u"kind"_s, u"room"_s}, {u"name"_s, u"Atlas"_s}, {u"parent_id"_s, world.building},
                       {u"room_profile"_s, u"meeting room"_s}});
    world.storeroom = add({{u"kind"_s, u"room"_s}, {u"name"_s, u"Storeroom"_s}, {u"parent_id"_s, world.building}});
    return world;
}

QJsonObject ServerTest::createAsset(const QJsonObject &body)
{
    const HttpResponse response = fx().http().post(u"/assets"_s, body, token(Role::Analyst));
    QCOMPARE(response.status, 201);
    QCOMPARE(response.header("ETag"), QByteArray("\"1\""));
    return response.json();
}

void ServerTest::assets_lookup_exactTagOrSerialFirstThenFreeTextPaged()
{
    const AssetWorld world = assetWorld();
    createAsset({{u"tag"_s, u"LAP-0001"_s}, {u"model"_s, u"Latitude 7450"_s}, {u"manufacturer"_s, u"Dell"_s},
                 {u"category"_s, u"laptop"_s}, {u"serial"_s, u"SN-AAA"_s}, {u"hostname"_s, u"fin-lap-01"_s},
                 {u"person_id"_s, world.ann}});
    createAsset({{u"tag"_s, u"LAP-0002"_s}, {u"model"_s, u"Latitude 7450"_s}, {u"manufacturer"_s, u"Dell"_s},
                 {u"category"_s, u"laptop"_s}, {u"serial"_s, u"LAP-0001X"_s}, {u"person_id"_s, world.bob}});
    createAsset({{u"tag"_s, u"PRJ-0001"_s}, {u"model"_s, u"EB-L630U"_s}, {u"manufacturer"_s, u"Epson"_s},
                 {u"category"_s, u"projector"_s}, {u"serial"_s, u"X4Y5"_s}, {u"location_id"_s, world.atlas}});
    createAsset({{u"tag"_s, u"CAM-0001"_s}, {u"model"_s, u"Rally Bar"_s}, {u"manufacturer"_s, u"Logitech"_s},
                 {u"category"_s, u"camera"_s}, {u"location_id"_s, world.atlas}});
    const QString rooms = token(Role::RoomStaff);
    auto lookup = [&](const QString &q, const QString &cursor = {}, int limit = 50) {
        QUrlQuery query{{u"q"_s, q}, {u"limit"_s, QString::number(limit)}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        const HttpResponse response = fx().http().get(u"/assets"_s, rooms, query);
        QCOMPARE(response.status, 200);
        return response;
    };

    // A scanned tag in any case: exact, first, with its id.
    HttpResponse found = lookup(u"lap-0001"_s);
    QCOMPARE(tagsIn(found).value(0), u"LAP-0001"_s);
    QCOMPARE(found.json().value(u"exact_id"_s).toInteger(), idOf(found.json().value(u"items"_s).toArray().at(0).toObject()));
    // The exact match answers alone; its next page lists what else mentions the text (LAP-0002's
    // serial holds it), without the exact one again.
    QCOMPARE(tagsIn(found), QStringList{u"LAP-0001"_s});
    const HttpResponse more = lookup(u"lap-0001"_s, found.json().value(u"next_cursor"_s).toString());
    QCOMPARE(tagsIn(more), QStringList{u"LAP-0002"_s});
    QVERIFY(more.json().value(u"exact_id"_s).isNull());
    QVERIFY(more.json().value(u"next_cursor"_s).isNull());
    // A serial, a hostname, a person, an email, a room, two words.
    QCOMPARE(tagsIn(lookup(u"x4y5"_s)), QStringList{u"PRJ-0001"_s});
    QCOMPARE(lookup(u"x4y5"_s).json().value(u"exact_id"_s).toInteger() > 0, true);
    QCOMPARE(tagsIn(lookup(u"fin-lap"_s)), QStringList{u"LAP-0001"_s});
    QVERIFY(lookup(u"fin-lap"_s).json().value(u"exact_id"_s).isNull());
    QCOMPARE(tagsIn(lookup(u"Bob"_s)), QStringList{u"LAP-0002"_s});
    QCOMPARE(tagsIn(lookup(u"ann.smith@"_s)), QStringList{u"LAP-0001"_s});
    QCOMPARE(tagsIn(lookup(u"atlas"_s)), (QStringList{u"CAM-0001"_s, u"PRJ-0001"_s}));
    QCOMPARE(tagsIn(lookup(u"north atlas epson"_s)), QStringList{u"PRJ-0001"_s});
    QCOMPARE(tagsIn(lookup(u"conference"_s)), QStringList{});
    // Wildcards are text, not patterns.
    QCOMPARE(tagsIn(lookup(u"%"_s)), QStringList{});

    // Keyset pages walk every asset once, by tag.
    QStringList walked;
    QString cursor;
    int pages = 0;
    do {
        const HttpResponse page = lookup(QString(), cursor, 3);
        walked << tagsIn(page);
        cursor = page.json().value(u"next_cursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(walked, (QStringList{u"CAM-0001"_s, u"LAP-0001"_s, u"LAP-0002"_s, u"PRJ-0001"_s}));
    QCOMPARE(pages, 2);

    // A room's equipment and a person's devices.
    HttpResponse room = fx().http().get(u"/locations/%1/assets"_s.arg(world.atlas), rooms);
    QCOMPARE(room.status, 200);
    QCOMPARE(tagsIn(room), (QStringList{u"CAM-0001"_s, u"PRJ-0001"_s}));
    QCOMPARE(room.json().value(u"items"_s).toArray().at(0).toObject().value(u"location"_s).toObject().value(u"path"_s).toString(),
             u"Head office / North wing / Atlas"_s);
    HttpResponse held = fx().http().get(u"/people/%1/assets"_s.arg(world.ann), rooms);
    QCOMPARE(held.status, 200);
    QCOMPARE(tagsIn(held), QStringList{u"LAP-0001"_s});
    QCOMPARE(held.json().value(u"items"_s).toArray().at(0).toObject().value(u"status"_s).toString(), u"assigned"_s);
}

void ServerTest::assets_roles_roomStaffReadsOnlyAnalystsWrite()
{
    const AssetWorld world = assetWorld();
    const qint64 asset = idOf(createAsset({{u"tag"_s, u"MIC-1"_s}, {u"model"_s, u"MXA310"_s}, {u"category"_s, u"microphone"_s}}));
    const qint64 ticket = idOf(createTicket({{u"title"_s, u"Mic crackles"_s}, {u"type"_s, u"incident"_s},
                                             {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}}));
    HttpClient &http = fx().http();
    const QString rooms = token(Role::RoomStaff);
    // Room staff look up and read.
    for (const QString &path : {u"/assets"_s, u"/assets/%1"_s.arg(asset), u"/assets/%1/history"_s.arg(asset),
                                u"/locations"_s, u"/locations/%1/assets"_s.arg(world.atlas),
                                u"/people/%1/assets"_s.arg(world.ann)}) {
        QVERIFY2(http.get(path, rooms).status == 200, qPrintable(path));
        QVERIFY2(http.get(path).status == 401, qPrintable(path));
    }
    // ... and change nothing, nor see tickets.
    QCOMPARE(http.post(u"/assets"_s, {{u"tag"_s, u"MIC-2"_s}, {u"model"_s, u"X"_s}, {u"category"_s, u"microphone"_s}}, rooms).status, 403);
    QCOMPARE(patchAsset(http, asset, {{u"status"_s, u"retired"_s}}, rooms, "\"1\"").status, 403);
    QCOMPARE(patchAsset(http, asset, {{u"person_id"_s, world.ann}}, rooms, "\"1\"").status, 403);
    QCOMPARE(http.post(u"/locations"_s, {{u"kind"_s, u"site"_s}, {u"name"_s, u"Depot"_s}}, rooms).status, 403);
    QCOMPARE(http.get(u"/assets/%1/tickets"_s.arg(asset), rooms).status, 403);
    QCOMPARE(http.get(u"/tickets/%1/assets"_s.arg(ticket), rooms).status, 403);
    QCOMPARE(http.post(u"/tickets/%1/assets"_s.arg(ticket), {{u"asset_id"_s, asset}}, rooms).status, 403);
    QCOMPARE(http.send("DELETE", u"/tickets/%1/assets/%2"_s.arg(ticket).arg(asset), {}, {}, rooms).status, 403);
    // Every analyst role writes.
    for (const Role role : {Role::Analyst, Role::Senior, Role::Admin}) {
        const HttpResponse current = http.get(u"/assets/%1"_s.arg(asset), token(role));
        const QByteArray etag = current.header("ETag");
        QCOMPARE(patchAsset(http, asset, {{u"notes"_s, roleName(role)}}, token(role), etag).status, 200);
    }
    QCOMPARE(http.get(u"/assets/%1"_s.arg(asset), rooms).json().value(u"status"_s).toString(), u"in_stock"_s);
}

void ServerTest::assets_badInput_returns400Or404Or422WithFields()
{
    const AssetWorld world = assetWorld();
    HttpClient &http = fx().http();
    const QString analyst = token(Role::Analyst);
    const HttpResponse invalid = http.post(u"/assets"_s,
                                           {{u"tag"_s, u"LAP 1"_s}, {u"category"_s, u"toaster"_s}, {u"purchase_date"_s, u"2026-02-30"_s},
                                            {u"hostname"_s, u"bad host!"_s}, {u"status"_s, u"assigned"_s}, {u"id"_s, 5},
                                            {u"serial"_s, QString(81, u'x')}},
                                           analyst);
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"validation_failed"_s);
    QCOMPARE(fieldOf(invalid, u"tag"_s), u"invalid"_s);
    QCOMPARE(fieldOf(invalid, u"model"_s), u"required"_s);
    QCOMPARE(fieldOf(invalid, u"category"_s), u"invalid"_s);
    QCOMPARE(fieldOf(invalid, u"purchase_date"_s), u"invalid_date"_s);
    QCOMPARE(fieldOf(invalid, u"hostname"_s), u"invalid"_s);
    QCOMPARE(fieldOf(invalid, u"person_id"_s), u"required_for_status"_s);
    QCOMPARE(fieldOf(invalid, u"id"_s), u"unknown_field"_s);
    QCOMPARE(fieldOf(invalid, u"serial"_s), u"too_long"_s);
    const QJsonObject base{{u"tag"_s, u"LAP-9"_s}, {u"model"_s, u"X1"_s}, {u"category"_s, u"laptop"_s}};
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject body = base;
        body.insert(key, value);
        return http.post(u"/assets"_s, body, analyst);
    };
    QCOMPARE(fieldOf(with(u"person_id"_s, 999999), u"person_id"_s), u"unknown"_s);
    QCOMPARE(fieldOf(with(u"location_id"_s, world.building), u"location_id"_s), u"not_a_room"_s);
    QCOMPARE(fieldOf(with(u"location_id"_s, 999999), u"location_id"_s), u"unknown"_s);
    QCOMPARE(fieldOf(with(u"location_id"_s, u"atlas"_s), u"location_id"_s), u"invalid"_s);
    QJsonObject dates = base;
    dates.insert(u"purchase_date"_s, u"2026-05-01"_s);
    dates.insert(u"warranty_end"_s, u"2025-05-01"_s);
    QCOMPARE(fieldOf(http.post(u"/assets"_s, dates, analyst), u"warranty_end"_s), u"before_purchase"_s);
    QCOMPARE(http.send("POST", u"/assets"_s, "{not json", "application/json", analyst).status, 400);
    QCOMPARE(http.send("POST", u"/assets"_s, "tag=x", "application/x-www-form-urlencoded", analyst).status, 415);
    QCOMPARE(http.get(u"/assets"_s, analyst, QUrlQuery{{u"limit"_s, u"201"_s}}).status, 400);
    QCOMPARE(http.get(u"/assets"_s, analyst, QUrlQuery{{u"cursor"_s, u"!!!"_s}}).status, 400);
    QCOMPARE(http.get(u"/assets"_s, analyst, QUrlQuery{{u"sort"_s, u"tag"_s}}).status, 400);
    // Unknown ids: 404 on every route that names one.
    QCOMPARE(http.get(u"/assets/999999"_s, analyst).status, 404);
    QCOMPARE(patchAsset(http, 999999, {{u"notes"_s, u"x"_s}}, analyst, "\"1\"").status, 404);
    QCOMPARE(http.get(u"/assets/999999/history"_s, analyst).status, 404);
    QCOMPARE(http.get(u"/assets/999999/tickets"_s, analyst).status, 404);
    QCOMPARE(http.get(u"/people/999999/assets"_s, analyst).status, 404);
    QCOMPARE(http.get(u"/locations/999999/assets"_s, analyst).status, 404);
    QCOMPARE(http.get(u"/tickets/999999/assets"_s, analyst).status, 404);
    QCOMPARE(http.post(u"/tickets/999999/assets"_s, {{u"tag"_s, u"LAP-9"_s}}, analyst).status, 404);
    // Locations: the tree's rules.
    auto location = [&](const QJsonObject &body) { return http.post(u"/locations"_s, body, analyst); };
    QCOMPARE(fieldOf(location({{u"kind"_s, u"room"_s}, {u"name"_s, u"Lab"_s}}), u"parent_id"_s), u"required"_s);
    QCOMPARE(fieldOf(location({{u"kind"_s, u"room"_s}, {u"name"_s, u"Lab"_s}, {u"parent_id"_s, world.site}}), u"parent_id"_s), u"wrong_kind"_s);
    QCOMPARE(fieldOf(location({{u"kind"_s, u"site"_s}, {u"name"_s, u"Depot"_s}, {u"parent_id"_s, world.site}}), u"parent_id"_s), u"not_allowed"_s);
    QCOMPARE(fieldOf(location({{u"kind"_s, u"room"_s}, {u"name"_s, u"ATLAS"_s}, {u"parent_id"_s, world.building}}), u"name"_s), u"taken"_s);
    QCOMPARE(fieldOf(location({{u"kind"_s, u"building"_s}, {u"name"_s, u"A/B"_s}, {u"parent_id"_s, world.site}}), u"name"_s), u"invalid"_s);
    QCOMPARE(fieldOf(location({{u"kind"_s, u"planet"_s}, {u"name"_s, u"Mars"_s}}), u"kind"_s), u"invalid"_s);
    QCOMPARE(fieldOf(location({{u"kind"_s, u"room"_s}, {u"name"_s, u"Lab"_s}, {u"parent_id"_s, 999999}}), u"parent_id"_s), u"unknown"_s);
    // The tree lists each site before its buildings and each building before its rooms.
    QStringList paths;
    for (const QJsonValue &item : http.get(u"/locations"_s, analyst).json().value(u"items"_s).toArray())
        paths << item.toObject().value(u"path"_s).toString();
    QCOMPARE(paths, (QStringList{u"Head office"_s, u"Head office / North wing"_s, u"Head office / North wing / Atlas"_s,
                                 u"Head office / North wing / Storeroom"_s}));
}

void ServerTest::assets_tagClash_anyCase_returns422Taken()
{
    assetWorld();
    const qint64 first = idOf(createAsset({{u"tag"_s, u"DSK-0100"_s}, {u"model"_s, u"OptiPlex"_s}, {u"category"_s, u"desktop"_s}}));
    const qint64 second = idOf(createAsset({{u"tag"_s, u"DSK-0101"_s}, {u"model"_s, u"OptiPlex"_s}, {u"category"_s, u"desktop"_s}}));
    HttpClient &http = fx().http();
    const QString analyst = token(Role::Analyst);
    const HttpResponse clash = http.post(u"/assets"_s, {{u"tag"_s, u"dsk-0100"_s}, {u"model"_s, u"OptiPlex"_s}, {u"category"_s, u"desktop"_s}}, analyst);
    QCOMPARE(clash.status, 422);
    QCOMPARE(fieldOf(clash, u"tag"_s), u"taken"_s);
    QCOMPARE(fieldOf(patchAsset(http, second, {{u"tag"_s, u"Dsk-0100"_s}}, analyst, "\"1\""), u"tag"_s), u"taken"_s);
    // Changing only the case of its own tag is no clash.
    const HttpResponse recased = patchAsset(http, first, {{u"tag"_s, u"dsk-0100"_s}}, analyst, "\"1\"");
    QCOMPARE(recased.status, 200);
    QCOMPARE(recased.json().value(u"tag"_s).toString(), u"dsk-0100"_s);
    QCOMPARE(http.get(u"/assets"_s, analyst).json().value(u"items"_s).toArray().size(), 2);
}

void ServerTest::assets_patch_ifMatchTransitionsAndHistory()
{
    const AssetWorld world = assetWorld();
    const qint64 id = idOf(createAsset({{u"tag"_s, u"LAP-0200"_s}, {u"model"_s, u"ThinkPad T14"_s}, {u"category"_s, u"laptop"_s},
                                        {u"location_id"_s, world.storeroom}}));
    HttpClient &http = fx().http();
    const QString analyst = token(Role::Analyst);
    QCOMPARE(patchAsset(http, id, {{u"notes"_s, u"x"_s}}, analyst, {}).status, 428);
    QCOMPARE(patchAsset(http, id, {{u"notes"_s, u"x"_s}}, analyst, "nonsense").status, 400);

    // Assigning: a person makes it assigned; a move to a room.
    HttpResponse assigned = patchAsset(http, id, {{u"person_id"_s, world.ann}, {u"location_id"_s, world.atlas}}, analyst, "\"1\"");
    QCOMPARE(assigned.status, 200);
    QCOMPARE(assigned.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(assigned.json().value(u"status"_s).toString(), u"assigned"_s);
    QCOMPARE(assigned.json().value(u"person"_s).toObject().value(u"name"_s).toString(), u"Ann Smith"_s);

    // A stale version gets 412 with the asset as it is now.
    const HttpResponse stale = patchAsset(http, id, {{u"notes"_s, u"old view"_s}}, analyst, "\"1\"");
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.json().value(u"current"_s).toObject().value(u"version"_s).toInt(), 2);

    // The lifecycle: an assigned laptop cannot be retired, nor assigned without a person.
    QCOMPARE(fieldOf(patchAsset(http, id, {{u"status"_s, u"retired"_s}}, analyst, "\"2\""), u"status"_s), u"transition_not_allowed"_s);
    QCOMPARE(fieldOf(patchAsset(http, id, {{u"person_id"_s, QJsonValue::Null}, {u"status"_s, u"loaned"_s}}, analyst, "\"2\""), u"status"_s),
             u"transition_not_allowed"_s);
    QCOMPARE(fieldOf(patchAsset(http, id, {{u"status"_s, u"in_stock"_s}, {u"person_id"_s, world.bob}}, analyst, "\"2\""), u"person_id"_s),
             u"not_allowed_in_status"_s);
    QCOMPARE(fieldOf(patchAsset(http, id, {{u"version"_s, 9}}, analyst, "\"2\""), u"version"_s), u"unknown_field"_s);
    // Handed to Bob, then back to stock (the person goes), then retired (final).
    QCOMPARE(patchAsset(http, id, {{u"person_id"_s, world.bob}}, analyst, "\"2\"").status, 200);
    const HttpResponse returned = patchAsset(http, id, {{u"status"_s, u"in_stock"_s}}, analyst, "\"3\"");
    QCOMPARE(returned.status, 200);
    QVERIFY(returned.json().value(u"person"_s).isNull());
    QCOMPARE(patchAsset(http, id, {{u"status"_s, u"retired"_s}}, analyst, "\"4\"").status, 200);
    QCOMPARE(fieldOf(patchAsset(http, id, {{u"status"_s, u"in_stock"_s}}, analyst, "\"5\""), u"status"_s), u"transition_not_allowed"_s);

    // The history: who, when, from and to, for every change.
    const HttpResponse history = http.get(u"/assets/%1/history"_s.arg(id), token(Role::RoomStaff));
    QCOMPARE(history.status, 200);
    const QJsonArray items = history.json().value(u"items"_s).toArray();
    QStringList actions;
    for (const QJsonValue &item : items)
        actions << item.toObject().value(u"action"_s).toString();
    QCOMPARE(actions, (QStringList{u"created"_s, u"updated"_s, u"updated"_s, u"updated"_s, u"updated"_s}));
    const QJsonObject first = items.at(1).toObject();
    QCOMPARE(first.value(u"actor"_s).toObject().value(u"id"_s).toInteger(), fx().user(Role::Analyst).id);
    QVERIFY(!first.value(u"at"_s).toString().isEmpty());
    const QJsonObject changes = first.value(u"changes"_s).toObject();
    QVERIFY(changes.value(u"person"_s).toObject().value(u"from"_s).isNull());
    QCOMPARE(changes.value(u"person"_s).toObject().value(u"to"_s).toObject().value(u"id"_s).toInteger(), world.ann);
    QCOMPARE(changes.value(u"location"_s).toObject().value(u"from"_s).toObject().value(u"path"_s).toString(),
             u"Head office / North wing / Storeroom"_s);
    QCOMPARE(changes.value(u"location"_s).toObject().value(u"to"_s).toObject().value(u"path"_s).toString(),
             u"Head office / North wing / Atlas"_s);
    QCOMPARE(changes.value(u"status"_s).toObject().value(u"to"_s).toString(), u"assigned"_s);
    QVERIFY(!changes.contains(u"version"_s));
    const QJsonObject handover = items.at(2).toObject().value(u"changes"_s).toObject();
    QCOMPARE(handover.value(u"person"_s).toObject().value(u"from"_s).toObject().value(u"name"_s).toString(), u"Ann Smith"_s);
    QCOMPARE(handover.value(u"person"_s).toObject().value(u"to"_s).toObject().value(u"name"_s).toString(), u"Bob Jones"_s);
}

void ServerTest::ticketAssets_linkListUnlink_withHistoryOnBoth()
{
    const AssetWorld world = assetWorld();
    const QJsonObject laptop = createAsset({{u"tag"_s, u"LAP-0300"_s}, {u"model"_s, u"EliteBook"_s}, {u"category"_s, u"laptop"_s},
                                            {u"serial"_s, u"5CG1234"_s}, {u"person_id"_s, world.ann}});
    const QJsonObject dock = createAsset({{u"tag"_s, u"DCK-0300"_s}, {u"model"_s, u"USB-C G5"_s}, {u"category"_s, u"dock"_s}});
    const QJsonObject ticket = createTicket({{u"title"_s, u"Dock not detecting monitors"_s}, {u"type"_s, u"incident"_s},
                                             {u"requester"_s, QJsonObject{{u"name"_s, u"Ann Smith"_s}}}});
    const qint64 ticketId = idOf(ticket);
    HttpClient &http = fx().http();
    const QString analyst = token(Role::Analyst);
    const QString path = u"/tickets/%1/assets"_s.arg(ticketId);

    HttpResponse byId = http.post(path, {{u"asset_id"_s, idOf(laptop)}}, analyst);
    QCOMPARE(byId.status, 201);
    QCOMPARE(byId.json().value(u"tag"_s).toString(), u"LAP-0300"_s);
    // By what a scanner reads: the tag or the serial, any case.
    QCOMPARE(http.post(path, {{u"tag"_s, u"dck-0300"_s}}, analyst).status, 201);
    QCOMPARE(fieldOf(http.post(path, {{u"tag"_s, u"5cg1234"_s}}, analyst), u"asset_id"_s), u"already_linked"_s);
    QCOMPARE(fieldOf(http.post(path, {{u"asset_id"_s, idOf(laptop)}}, analyst), u"asset_id"_s), u"already_linked"_s);
    QCOMPARE(fieldOf(http.post(path, {{u"tag"_s, u"NOPE-1"_s}}, analyst), u"tag"_s), u"unknown"_s);
    QCOMPARE(fieldOf(http.post(path, {{u"asset_id"_s, 999999}}, analyst), u"asset_id"_s), u"unknown"_s);
    QCOMPARE(fieldOf(http.post(path, QJsonObject{}, analyst), u"asset_id"_s), u"required"_s);
    QCOMPARE(fieldOf(http.post(path, {{u"asset_id"_s, u"x"_s}}, analyst), u"asset_id"_s), u"invalid"_s);
    QCOMPARE(fieldOf(http.post(path, {{u"asset_id"_s, 1}, {u"tag"_s, u"x"_s}}, analyst), u"tag"_s), u"either_id_or_tag"_s);

    HttpResponse listed = http.get(path, analyst);
    QCOMPARE(listed.status, 200);
    QCOMPARE(tagsIn(listed), (QStringList{u"DCK-0300"_s, u"LAP-0300"_s}));
    HttpResponse ofAsset = http.get(u"/assets/%1/tickets"_s.arg(idOf(laptop)), analyst);
    QCOMPARE(ofAsset.status, 200);
    const QJsonArray tickets = ofAsset.json().value(u"items"_s).toArray();
    QCOMPARE(tickets.size(), 1);
    QCOMPARE(tickets.at(0).toObject().value(u"number"_s).toString(), ticket.value(u"number"_s).toString());
    QCOMPARE(tickets.at(0).toObject().value(u"status"_s).toString(), ticket.value(u"status"_s).toString());

    const QString removePath = u"/tickets/%1/assets/%2"_s.arg(ticketId).arg(idOf(dock));
    QCOMPARE(http.send("DELETE", removePath, {}, {}, analyst).status, 204);
    QCOMPARE(http.send("DELETE", removePath, {}, {}, analyst).status, 404);
    QCOMPARE(http.send("DELETE", u"/tickets/%1/assets/999999"_s.arg(ticketId), {}, {}, analyst).status, 404);
    QCOMPARE(tagsIn(http.get(path, analyst)), QStringList{u"LAP-0300"_s});

    // Both sides keep the history.
    QStringList ticketActions;
    for (const AuditLog::Entry &entry : AuditLog(fx().database()).entriesFor(u"ticket"_s, ticketId))
        ticketActions << entry.action;
    QCOMPARE(ticketActions.count(u"asset_linked"_s), 2);
    QCOMPARE(ticketActions.count(u"asset_unlinked"_s), 1);
    QStringList dockActions;
    for (const QJsonValue &item : http.get(u"/assets/%1/history"_s.arg(idOf(dock)), analyst).json().value(u"items"_s).toArray())
        dockActions << item.toObject().value(u"action"_s).toString();
    QCOMPARE(dockActions, (QStringList{u"created"_s, u"ticket_linked"_s, u"ticket_unlinked"_s}));

    // The same Idempotency-Key links once.
    const QJsonObject again{{u"asset_id"_s, idOf(dock)}};
    QCOMPARE(http.postIdempotent(path, again, analyst, "link-dock-1").status, 201);
    QCOMPARE(http.postIdempotent(path, again, analyst, "link-dock-1").status, 201);
    QCOMPARE(tagsIn(http.get(path, analyst)).size(), 2);
}
