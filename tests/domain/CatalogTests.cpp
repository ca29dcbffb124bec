// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's entries and the rule a ticket's group, category and subcategory follow.
#include "DomainTest.h"

#include "Catalog.h"
#include "Role.h"
#include "TicketClassification.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

// Service Desk (active), Old Desk (retired); Hardware → Laptop, Printer (retired);
// Access → VPN; Legacy (retired) → Fax.
Catalog sampleCatalog()
{
    Catalog catalog;
    catalog.groups = {{1, u"Service Desk"_s, {}, true, 1, {}}, {2, u"Old Desk"_s, {}, false, 1, {}}};
    Category hardware{10, u"Hardware"_s, true, 1, 1, {}};
    hardware.subcategories = {{100, 10, u"Laptop"_s, true, 1, 1}, {101, 10, u"Printer"_s, false, 2, 1}};
    Category access{11, u"Access"_s, true, 2, 1, {}};
    access.subcategories = {{110, 11, u"VPN"_s, true, 1, 1}};
    Category legacy{12, u"Legacy"_s, false, 3, 1, {}};
    legacy.subcategories = {{120, 12, u"Fax"_s, true, 1, 1}};
    catalog.categories = {hardware, access, legacy};
    return catalog;
}

} // namespace

void DomainTest::ticketClassification_newValues_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("subcategory");
    QTest::addColumn<FieldErrors>("expected");
    QTest::addRow("all empty") << QString() << QString() << QString() << FieldErrors{};
    QTest::addRow("active entries") << u"Service Desk"_s << u"Hardware"_s << u"Laptop"_s << FieldErrors{};
    QTest::addRow("category without subcategory") << QString() << u"Access"_s << QString() << FieldErrors{};
    QTest::addRow("unknown group") << u"Nobody"_s << QString() << QString() << FieldErrors{{u"group"_s, u"unknown"_s}};
    QTest::addRow("names are exact") << u"service desk"_s << u"hardware"_s << QString()
                                     << FieldErrors{{u"group"_s, u"unknown"_s}, {u"category"_s, u"unknown"_s}};
    QTest::addRow("retired group") << u"Old Desk"_s << QString() << QString() << FieldErrors{{u"group"_s, u"retired"_s}};
    QTest::addRow("retired category") << QString() << u"Legacy"_s << u"Fax"_s
                                      << FieldErrors{{u"category"_s, u"retired"_s}};
    QTest::addRow("retired subcategory") << QString() << u"Hardware"_s << u"Printer"_s
                                         << FieldErrors{{u"subcategory"_s, u"retired"_s}};
    QTest::addRow("subcategory of another category") << QString() << u"Hardware"_s << u"VPN"_s
                                                     << FieldErrors{{u"subcategory"_s, u"not_in_category"_s}};
    QTest::addRow("subcategory without category") << QString() << QString() << u"Laptop"_s
                                                  << FieldErrors{{u"subcategory"_s, u"not_in_category"_s}};
    QTest::addRow("everything wrong") << u"Old Desk"_s << u"Hardwear"_s << u"Laptop"_s
                                      << FieldErrors{{u"group"_s, u"retired"_s},
                                                     {u"category"_s, u"unknown"_s},
                                                     {u"subcategory"_s, u"not_in_category"_s}};
}

void DomainTest::ticketClassification_newValues()
{
    QFETCH(QString, group);
    QFETCH(QString, category);
    QFETCH(QString, subcategory);
    QFETCH(FieldErrors, expected);
    FieldErrors errors;
    QCOMPARE(checkTicketClassification(sampleCatalog(), std::nullopt, {group, category, subcategory}, errors),
             expected.isEmpty());
    QCOMPARE(errors, expected);
}

void DomainTest::ticketClassification_keptRetiredValues_stayAccepted()
{
    const Catalog catalog = sampleCatalog();
    const TicketClassification old{u"Old Desk"_s, u"Legacy"_s, u"Fax"_s};
    FieldErrors errors;
    QVERIFY(checkTicketClassification(catalog, old, old, errors));
    QVERIFY(errors.isEmpty());
    // A name no longer in the catalog at all is kept too: the ticket had it before the lists.
    const TicketClassification gone{u"Disbanded"_s, u"Hardware"_s, u"Printer"_s};
    QVERIFY(checkTicketClassification(catalog, gone, gone, errors));

    // Changing only the group: the kept category and subcategory are not checked again.
    QVERIFY(checkTicketClassification(catalog, old, {u"Service Desk"_s, u"Legacy"_s, u"Fax"_s}, errors));
    // Moving to another category: the subcategory must now belong to it.
    QVERIFY(!checkTicketClassification(catalog, old, {u"Old Desk"_s, u"Hardware"_s, u"Fax"_s}, errors));
    QCOMPARE(errors, (FieldErrors{{u"subcategory"_s, u"not_in_category"_s}}));
    // Another subcategory of a kept, retired category: it must be an active one of it.
    errors.clear();
    QVERIFY(!checkTicketClassification(catalog, TicketClassification{{}, u"Hardware"_s, u"Laptop"_s}, {{}, u"Hardware"_s, u"Printer"_s},
                                       errors));
    QCOMPARE(errors, (FieldErrors{{u"subcategory"_s, u"retired"_s}}));
    // Going back to a retired value the ticket no longer has is a new value.
    errors.clear();
    QVERIFY(!checkTicketClassification(catalog, TicketClassification{u"Service Desk"_s, {}, {}}, {u"Old Desk"_s, {}, {}}, errors));
    QCOMPARE(errors, (FieldErrors{{u"group"_s, u"retired"_s}}));
}

void DomainTest::catalogEntryChange_parse_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<int>("fields");
    QTest::addColumn<bool>("creating");
    QTest::addColumn<FieldErrors>("expected");
    const int group = int(CatalogEntryChange::Fields::Group);
    const int category = int(CatalogEntryChange::Fields::Category);
    QTest::addRow("group created") << QJsonObject{{u"name"_s, u" Network "_s}, {u"description"_s, u"LAN"_s}} << group << true
                                   << FieldErrors{};
    QTest::addRow("name required on create") << QJsonObject{} << category << true << FieldErrors{{u"name"_s, u"required"_s}};
    QTest::addRow("empty patch") << QJsonObject{} << category << false << FieldErrors{{u"body"_s, u"no_changes"_s}};
    QTest::addRow("blank name") << QJsonObject{{u"name"_s, u"  "_s}} << category << false
                                << FieldErrors{{u"name"_s, u"required"_s}};
    QTest::addRow("name too long") << QJsonObject{{u"name"_s, QString(CatalogEntryChange::nameMax + 1, u'x')}} << group
                                   << false << FieldErrors{{u"name"_s, u"too_long"_s}};
    QTest::addRow("group has no position") << QJsonObject{{u"position"_s, 1}} << group << false
                                           << FieldErrors{{u"position"_s, u"unknown_field"_s}};
    QTest::addRow("category has no description") << QJsonObject{{u"description"_s, u"x"_s}} << category << false
                                                 << FieldErrors{{u"description"_s, u"unknown_field"_s}};
    QTest::addRow("active not a boolean") << QJsonObject{{u"active"_s, u"false"_s}} << category << false
                                          << FieldErrors{{u"active"_s, u"must_be_boolean"_s}};
    QTest::addRow("position fraction") << QJsonObject{{u"position"_s, 1.5}} << category << false
                                       << FieldErrors{{u"position"_s, u"invalid"_s}};
    QTest::addRow("position too large") << QJsonObject{{u"position"_s, 1e12}} << category << false
                                        << FieldErrors{{u"position"_s, u"invalid"_s}};
    QTest::addRow("move and retire") << QJsonObject{{u"position"_s, 4}, {u"active"_s, false}} << category << false
                                     << FieldErrors{};
}

void DomainTest::catalogEntryChange_parse()
{
    QFETCH(QJsonObject, json);
    QFETCH(int, fields);
    QFETCH(bool, creating);
    QFETCH(FieldErrors, expected);
    FieldErrors errors;
    const auto change = CatalogEntryChange::parse(json, CatalogEntryChange::Fields(fields), creating, errors);
    QCOMPARE(errors, expected);
    QCOMPARE(change.has_value(), expected.isEmpty());
    if (change && json.contains(u"name"_s))
        QCOMPARE(*change->name, json.value(u"name"_s).toString().trimmed());
    if (change && json.contains(u"position"_s))
        QCOMPARE(*change->position, json.value(u"position"_s).toInt());
}

void DomainTest::catalogJson_roundTrips()
{
    const Catalog catalog = sampleCatalog();
    const auto category = Category::fromJson(catalog.categories.at(0).toJson());
    QVERIFY(category);
    QCOMPARE(category->toJson(), catalog.categories.at(0).toJson());
    QCOMPARE(category->subcategories.size(), 2);
    QCOMPARE(category->subcategories.at(1).active, false);
    AssignmentGroup group = catalog.groups.at(1);
    group.memberIds = {4, 7};
    group.description = u"Night shift"_s;
    const auto read = AssignmentGroup::fromJson(group.toJson());
    QVERIFY(read);
    QCOMPARE(read->toJson(), group.toJson());
    QVERIFY(!AssignmentGroup::fromJson({{u"name"_s, u"x"_s}}));
    QCOMPARE(catalog.group(u"Old Desk"_s)->id, 2);
    QCOMPARE(catalog.categoryById(11)->name, u"Access"_s);
    QVERIFY(!catalog.category(u"Nothing"_s));
}

void DomainTest::roleHas_manageCatalog_isAdminOnly()
{
    QVERIFY(roleHas(Role::Admin, Permission::ManageCatalog));
    QVERIFY(!roleHas(Role::Senior, Permission::ManageCatalog));
    QVERIFY(!roleHas(Role::Analyst, Permission::ManageCatalog));
    QVERIFY(!roleHas(Role::RoomStaff, Permission::ManageCatalog));
}
