// SPDX-License-Identifier: GPL-3.0-or-later
// Assets: the status lifecycle, reading new assets and changes, tags, locations and roles.
#include "DomainTest.h"

#include "AssetInput.h"
#include "AssetLifecycle.h"
#include "Location.h"
#include "Role.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {
Asset assignedLaptop()
{
    Asset asset;
    asset.id = 7;
    asset.tag = u"LAP-0007"_s;
    asset.model = u"Latitude"_s;
    asset.category = AssetCategory::Laptop;
    asset.status = AssetStatus::Assigned;
    asset.holder = Asset::Holder{3, u"Ann Smith"_s, u"ann@example.com"_s};
    return asset;
}
} // namespace

void DomainTest::assetLifecycle_everyMove_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    // The whole 6 x 6 table, so a changed rule shows here.
    const QStringList allowed{
        u"in_stock>assigned"_s, u"in_stock>loaned"_s,  u"in_stock>in_repair"_s, u"in_stock>retired"_s,
        u"in_stock>lost"_s,     u"assigned>in_stock"_s, u"assigned>in_repair"_s, u"assigned>lost"_s,
        u"loaned>in_stock"_s,   u"loaned>in_repair"_s,  u"loaned>lost"_s,        u"in_repair>in_stock"_s,
        u"in_repair>assigned"_s, u"in_repair>retired"_s, u"in_repair>lost"_s,    u"lost>in_stock"_s,
        u"lost>retired"_s,
    };
    for (const QString &from : assetStatusNames()) {
        for (const QString &to : assetStatusNames()) {
            const QString move = from + u'>' + to;
            QTest::addRow("%s", qPrintable(move)) << from << to << allowed.contains(move);
        }
    }
}

void DomainTest::assetLifecycle_everyMove()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const auto fromStatus = assetStatusFromName(from);
    const auto toStatus = assetStatusFromName(to);
    QVERIFY(fromStatus && toStatus);
    QCOMPARE(AssetLifecycle::canMove(*fromStatus, *toStatus), allowed);
    QCOMPARE(AssetLifecycle::nextStatuses(*fromStatus).contains(*toStatus), allowed);
}

void DomainTest::parseNewAsset_defaultsAndHolderRules()
{
    FieldErrors errors;
    auto asset = parseNewAsset({{u"tag"_s, u" PRJ-01 "_s}, {u"model"_s, u"EB-L630U"_s}, {u"category"_s, u"projector"_s},
                                {u"purchase_date"_s, u"2025-03-01"_s}, {u"warranty_end"_s, u"2028-03-01"_s},
                                {u"location_id"_s, 4}},
                               errors);
    QVERIFY2(asset, qPrintable(errors.keys().join(u',')));
    QCOMPARE(asset->tag, u"PRJ-01"_s);
    QCOMPARE(asset->status, AssetStatus::InStock);
    QCOMPARE(asset->location->id, 4);
    QCOMPARE(asset->warrantyEnd, QDate(2028, 3, 1));
    QVERIFY(!asset->warrantyExpired(QDate(2027, 1, 1)));
    QVERIFY(asset->warrantyExpired(QDate(2028, 3, 2)));
    // A person given: assigned.
    asset = parseNewAsset({{u"tag"_s, u"LAP-1"_s}, {u"model"_s, u"X1"_s}, {u"category"_s, u"laptop"_s}, {u"person_id"_s, 9}}, errors);
    QVERIFY(asset);
    QCOMPARE(asset->status, AssetStatus::Assigned);
    QCOMPARE(asset->holder->id, 9);
    // Lost with a person, or loaned without one: refused.
    errors.clear();
    QVERIFY(!parseNewAsset({{u"tag"_s, u"LAP-2"_s}, {u"model"_s, u"X1"_s}, {u"category"_s, u"laptop"_s},
                            {u"status"_s, u"lost"_s}, {u"person_id"_s, 9}}, errors));
    QCOMPARE(errors.value(u"person_id"_s), u"not_allowed_in_status"_s);
    errors.clear();
    QVERIFY(!parseNewAsset({{u"tag"_s, u"LAP-2"_s}, {u"model"_s, u"X1"_s}, {u"category"_s, u"laptop"_s},
                            {u"status"_s, u"loaned"_s}}, errors));
    QCOMPARE(errors.value(u"person_id"_s), u"required_for_status"_s);
}

void DomainTest::parseNewAsset_invalidFields_areAllReported()
{
    FieldErrors errors;
    QVERIFY(!parseNewAsset({{u"tag"_s, u"LAP 1"_s}, {u"category"_s, u"toaster"_s}, {u"warranty_end"_s, u"2026-13-01"_s},
                            {u"hostname"_s, u"a b"_s}, {u"notes"_s, QString(Asset::notesMax + 1, u'x')},
                            {u"person_id"_s, -1}, {u"location_id"_s, 1.5}, {u"colour"_s, u"red"_s}, {u"status"_s, u"broken"_s}},
                           errors));
    QCOMPARE(errors.value(u"tag"_s), u"invalid"_s);
    QCOMPARE(errors.value(u"model"_s), u"required"_s);
    QCOMPARE(errors.value(u"category"_s), u"invalid"_s);
    QCOMPARE(errors.value(u"warranty_end"_s), u"invalid_date"_s);
    QCOMPARE(errors.value(u"hostname"_s), u"invalid"_s);
    QCOMPARE(errors.value(u"notes"_s), u"too_long"_s);
    QCOMPARE(errors.value(u"person_id"_s), u"invalid"_s);
    QCOMPARE(errors.value(u"location_id"_s), u"invalid"_s);
    QCOMPARE(errors.value(u"colour"_s), u"unknown_field"_s);
    QCOMPARE(errors.value(u"status"_s), u"invalid"_s);
    // The limits are inclusive.
    errors.clear();
    QVERIFY(parseNewAsset({{u"tag"_s, QString(Asset::tagMax, u'A')}, {u"model"_s, QString(Asset::modelMax, u'm')},
                           {u"category"_s, u"other"_s}, {u"notes"_s, QString(Asset::notesMax, u'x')}},
                          errors));
    QVERIFY(!parseNewAsset({{u"tag"_s, QString(Asset::tagMax + 1, u'A')}, {u"model"_s, u"m"_s}, {u"category"_s, u"other"_s}}, errors));
    QCOMPARE(errors.value(u"tag"_s), u"too_long"_s);
    QVERIFY(isValidAssetTag(u"HQ/AV-01_b.2"_s));
    QVERIFY(!isValidAssetTag(u"LAP-ü1"_s));
    QVERIFY(!isValidAssetTag(QString()));
}

void DomainTest::applyAssetPatch_personDecidesStatusUnlessGiven()
{
    FieldErrors errors;
    // Taking the person away returns the asset to stock.
    auto changed = applyAssetPatch(assignedLaptop(), {{u"person_id"_s, QJsonValue::Null}}, errors);
    QVERIFY(changed);
    QCOMPARE(changed->status, AssetStatus::InStock);
    QVERIFY(!changed->holder);
    // Sent to repair: nobody holds it there.
    changed = applyAssetPatch(assignedLaptop(), {{u"status"_s, u"in_repair"_s}}, errors);
    QVERIFY(changed);
    QVERIFY(!changed->holder);
    // Back from repair to a person.
    changed = applyAssetPatch(*changed, {{u"status"_s, u"assigned"_s}, {u"person_id"_s, 3}}, errors);
    QVERIFY(changed);
    QCOMPARE(changed->holder->id, 3);
    // Handing over keeps it assigned.
    changed = applyAssetPatch(assignedLaptop(), {{u"person_id"_s, 4}}, errors);
    QVERIFY(changed);
    QCOMPARE(changed->status, AssetStatus::Assigned);
    QCOMPARE(changed->holder->id, 4);
    QVERIFY(errors.isEmpty());
    // Retiring what someone holds is refused; so is anything after retirement.
    QVERIFY(!applyAssetPatch(assignedLaptop(), {{u"status"_s, u"retired"_s}}, errors));
    QCOMPARE(errors.value(u"status"_s), u"transition_not_allowed"_s);
    Asset retired = assignedLaptop();
    retired.status = AssetStatus::Retired;
    retired.holder.reset();
    errors.clear();
    QVERIFY(!applyAssetPatch(retired, {{u"person_id"_s, 3}}, errors));
    QVERIFY(!errors.isEmpty());
    // Read-only fields and an emptied tag or model.
    errors.clear();
    QVERIFY(!applyAssetPatch(assignedLaptop(), {{u"id"_s, 1}, {u"created_at"_s, u"x"_s}, {u"tag"_s, u""_s}, {u"model"_s, u" "_s}}, errors));
    QCOMPARE(errors.value(u"id"_s), u"unknown_field"_s);
    QCOMPARE(errors.value(u"created_at"_s), u"unknown_field"_s);
    QCOMPARE(errors.value(u"tag"_s), u"required"_s);
    QCOMPARE(errors.value(u"model"_s), u"required"_s);
    // A date cleared with null; a warranty ending before the purchase.
    Asset dated = assignedLaptop();
    dated.purchaseDate = QDate(2025, 1, 1);
    errors.clear();
    changed = applyAssetPatch(dated, {{u"purchase_date"_s, QJsonValue::Null}}, errors);
    QVERIFY(changed && !changed->purchaseDate.isValid());
    QVERIFY(!applyAssetPatch(dated, {{u"warranty_end"_s, u"2024-12-31"_s}}, errors));
    QCOMPARE(errors.value(u"warranty_end"_s), u"before_purchase"_s);
}

void DomainTest::assetJson_roundTrips()
{
    Asset asset = assignedLaptop();
    asset.location = Asset::Place{5, u"HQ / North / Atlas"_s};
    asset.purchaseDate = QDate(2024, 2, 29);
    asset.hostname = u"fin-lap-07"_s;
    asset.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
    asset.updatedAt = asset.createdAt;
    asset.version = 3;
    const auto back = Asset::fromJson(asset.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), asset.toJson());
    QVERIFY(asset.toJson().value(u"warranty_end"_s).isNull());
    QCOMPARE(assetKey(u"  LAP-0007 "_s), u"lap-0007"_s);
}

void DomainTest::parseNewLocation_treeRules()
{
    FieldErrors errors;
    auto room = parseNewLocation({{u"kind"_s, u"room"_s}, {u"name"_s, u"Atlas"_s}, {u"parent_id"_s, 2},
                                  {u"room_profile"_s, u"meeting room"_s}},
                                 errors);
    QVERIFY(room);
    QCOMPARE(room->kind, Location::Kind::Room);
    QVERIFY(Location::parentKindOf(Location::Kind::Room) == Location::Kind::Building);
    QVERIFY(Location::parentKindOf(Location::Kind::Building) == Location::Kind::Site);
    QVERIFY(!Location::parentKindOf(Location::Kind::Site));
    QCOMPARE(Location::pathUnder(u"HQ / North"_s, u"Atlas"_s), u"HQ / North / Atlas"_s);
    QCOMPARE(Location::pathUnder(QString(), u"HQ"_s), u"HQ"_s);
    QVERIFY(!parseNewLocation({{u"kind"_s, u"building"_s}, {u"name"_s, u"North"_s}, {u"room_profile"_s, u"x"_s}}, errors));
    QCOMPARE(errors.value(u"parent_id"_s), u"required"_s);
    QCOMPARE(errors.value(u"room_profile"_s), u"rooms_only"_s);
    errors.clear();
    QVERIFY(!parseNewLocation({{u"kind"_s, u"site"_s}, {u"name"_s, u"HQ / 2"_s}, {u"parent_id"_s, 1}}, errors));
    QCOMPARE(errors.value(u"name"_s), u"invalid"_s);
    QCOMPARE(errors.value(u"parent_id"_s), u"not_allowed"_s);
}

void DomainTest::roleHas_assetPermissions()
{
    for (const Role role : {Role::Analyst, Role::Senior, Role::RoomStaff, Role::Admin})
        QVERIFY(roleHas(role, Permission::ReadAssets));
    QVERIFY(!roleHas(Role::RoomStaff, Permission::WriteAssets));
    QVERIFY(!roleHas(Role::RoomStaff, Permission::ManageLocations));
    for (const Role role : {Role::Analyst, Role::Senior, Role::Admin}) {
        QVERIFY(roleHas(role, Permission::WriteAssets));
        QVERIFY(roleHas(role, Permission::ManageLocations));
    }
}
