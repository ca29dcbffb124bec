// SPDX-License-Identifier: GPL-3.0-or-later
// Macros: placeholder expansion and what a macro may hold.
#include "DomainTest.h"

#include "Macro.h"
#include "MacroExpansion.h"
#include "Role.h"
#include "TicketValidation.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

MacroContext sampleContext()
{
    MacroContext context;
    context.ticket.number = u"INC-000042"_s;
    context.ticket.title = u"VPN drops every ten minutes"_s;
    context.ticket.status = TicketStatus::InProgress;
    context.ticket.priority = Priority::P2;
    context.ticket.group = u"Network L3"_s;
    context.ticket.category = u"Network"_s;
    context.ticket.location = u"Remote"_s;
    context.ticket.requester = {u"Ann Smith"_s, u"ann.smith@example.org"_s};
    context.statusText = u"In progress"_s;
    context.analystName = u"Alex Morgan"_s;
    context.analystEmail = u"alex.morgan@example.org"_s;
    return context;
}

QJsonObject validMacro()
{
    return {{u"name"_s, u"Ask for a screenshot"_s},
            {u"body"_s, u"Hi {requester.first_name}, could you send a screenshot?"_s},
            {u"visibility"_s, u"public"_s}};
}

} // namespace

void DomainTest::macroExpansion_documentedPlaceholders_areFilled_data()
{
    QTest::addColumn<QString>("placeholder");
    QTest::addColumn<QString>("expected");
    QTest::addRow("ticket.number") << u"{ticket.number}"_s << u"INC-000042"_s;
    QTest::addRow("ticket.title") << u"{ticket.title}"_s << u"VPN drops every ten minutes"_s;
    QTest::addRow("ticket.status") << u"{ticket.status}"_s << u"In progress"_s;
    QTest::addRow("ticket.priority") << u"{ticket.priority}"_s << u"P2"_s;
    QTest::addRow("ticket.group") << u"{ticket.group}"_s << u"Network L3"_s;
    QTest::addRow("ticket.category") << u"{ticket.category}"_s << u"Network"_s;
    QTest::addRow("ticket.location") << u"{ticket.location}"_s << u"Remote"_s;
    QTest::addRow("requester.name") << u"{requester.name}"_s << u"Ann Smith"_s;
    QTest::addRow("requester.first_name") << u"{requester.first_name}"_s << u"Ann"_s;
    QTest::addRow("requester.email") << u"{requester.email}"_s << u"ann.smith@example.org"_s;
    QTest::addRow("analyst.name") << u"{analyst.name}"_s << u"Alex Morgan"_s;
    QTest::addRow("analyst.first_name") << u"{analyst.first_name}"_s << u"Alex"_s;
    QTest::addRow("analyst.email") << u"{analyst.email}"_s << u"alex.morgan@example.org"_s;
}

void DomainTest::macroExpansion_documentedPlaceholders_areFilled()
{
    QFETCH(QString, placeholder);
    QFETCH(QString, expected);
    QVERIFY(MacroExpansion::placeholders().contains(placeholder.mid(1, placeholder.size() - 2)));
    const auto result = MacroExpansion::expand(u"<"_s + placeholder + u">"_s, sampleContext());
    QCOMPARE(result.text, u"<"_s + expected + u">"_s);
    QVERIFY(result.unknown.isEmpty());
}

void DomainTest::macroExpansion_everyDocumentedPlaceholder_isKnown()
{
    for (const QString &name : MacroExpansion::placeholders())
        QVERIFY2(MacroExpansion::unknownPlaceholders(u"{"_s + name + u"}"_s).isEmpty(), qPrintable(name));
}

void DomainTest::macroExpansion_unknownPlaceholder_isKeptAndReported()
{
    const auto result = MacroExpansion::expand(
        u"Dear {requester.first_name}, ref {ticket.nubmer} / {Ticket.Number} / {ticket.nubmer}."_s, sampleContext());
    QCOMPARE(result.text, u"Dear Ann, ref {ticket.nubmer} / {Ticket.Number} / {ticket.nubmer}."_s);
    QCOMPARE(result.unknown, (QStringList{u"{ticket.nubmer}"_s, u"{Ticket.Number}"_s}));
}

void DomainTest::macroExpansion_bracesWithoutDottedName_arePlainText()
{
    const QString body = u"Run `ls {}` and send {\"a\": 1}; {x} stays, {ticket.} too, {{ticket.number}} is filled."_s;
    const auto result = MacroExpansion::expand(body, sampleContext());
    QCOMPARE(result.text, u"Run `ls {}` and send {\"a\": 1}; {x} stays, {ticket.} too, {INC-000042} is filled."_s);
    QVERIFY(result.unknown.isEmpty());
}

void DomainTest::macroExpansion_emptyValues_areEmptyNotUnknown()
{
    MacroContext context = sampleContext();
    context.ticket.requester.email.clear();
    context.ticket.group.clear();
    const auto result = MacroExpansion::expand(u"[{requester.email}][{ticket.group}]"_s, context);
    QCOMPARE(result.text, u"[][]"_s);
    QVERIFY(result.unknown.isEmpty());
}

void DomainTest::macroExpansion_firstName_handlesCommaAndSingleWord()
{
    QCOMPARE(MacroExpansion::firstName(u"Ann Smith"_s), u"Ann"_s);
    QCOMPARE(MacroExpansion::firstName(u"  Mateo   García López "_s), u"Mateo"_s);
    QCOMPARE(MacroExpansion::firstName(u"Smith, Ann Marie"_s), u"Ann"_s);
    QCOMPARE(MacroExpansion::firstName(u"Cher"_s), u"Cher"_s);
    QCOMPARE(MacroExpansion::firstName(QString()), QString());
}

void DomainTest::parseMacro_valid_isReadWithChanges()
{
    QJsonObject json = validMacro();
    json.insert(u"changes"_s, QJsonObject{{u"status"_s, u"pending"_s}, {u"pending_reason"_s, u"awaiting_user"_s},
                                          {u"group"_s, u" Network L3 "_s}});
    FieldErrors errors;
    const auto macro = parseMacro(json, std::nullopt, errors);
    QVERIFY2(macro, qPrintable(errors.keys().join(u',')));
    QCOMPARE(macro->name, u"Ask for a screenshot"_s);
    QCOMPARE(macro->visibility, Comment::Visibility::Public);
    QCOMPARE(macro->changes.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(macro->changes.value(u"group"_s).toString(), u"Network L3"_s);

    FieldErrors none;
    const auto plain = parseMacro(validMacro(), std::nullopt, none);
    QVERIFY(plain);
    QVERIFY(plain->changes.isEmpty());
}

void DomainTest::parseMacro_invalid_reportsEveryField()
{
    const QJsonObject json{
        {u"name"_s, u"  "_s},
        {u"body"_s, u"Hi {requester.nickname}"_s},
        {u"visibility"_s, u"everyone"_s},
        {u"id"_s, 7},
        {u"colour"_s, u"red"_s},
        {u"changes"_s, QJsonObject{{u"status"_s, u"on_hold"_s}, {u"priority"_s, 1}, {u"pending_reason"_s, u"awaiting_user"_s},
                                   {u"group"_s, QString(TicketLimits::shortTextMax + 1, u'g')}}},
    };
    FieldErrors errors;
    QVERIFY(!parseMacro(json, std::nullopt, errors));
    QCOMPARE(errors.value(u"name"_s), u"required"_s);
    QCOMPARE(errors.value(u"body"_s), u"unknown_placeholder"_s);
    QCOMPARE(errors.value(u"visibility"_s), u"invalid"_s);
    QCOMPARE(errors.value(u"id"_s), u"read_only"_s);
    QCOMPARE(errors.value(u"colour"_s), u"unknown_field"_s);
    QCOMPARE(errors.value(u"changes.status"_s), u"invalid"_s);
    QCOMPARE(errors.value(u"changes.priority"_s), u"unknown_field"_s);
    QCOMPARE(errors.value(u"changes.pending_reason"_s), u"only_with_pending"_s);
    QCOMPARE(errors.value(u"changes.group"_s), u"too_long"_s);

    FieldErrors missing;
    QVERIFY(!parseMacro({}, std::nullopt, missing));
    QCOMPARE(missing.value(u"name"_s), u"required"_s);
    QCOMPARE(missing.value(u"body"_s), u"required"_s);
    QCOMPARE(missing.value(u"visibility"_s), u"required"_s);

    FieldErrors tooLong;
    QJsonObject big = validMacro();
    big.insert(u"name"_s, QString(Macro::nameMax + 1, u'n'));
    big.insert(u"body"_s, QString(Macro::bodyMax + 1, u'b'));
    big.insert(u"changes"_s, u"pending"_s);
    QVERIFY(!parseMacro(big, std::nullopt, tooLong));
    QCOMPARE(tooLong.value(u"name"_s), u"too_long"_s);
    QCOMPARE(tooLong.value(u"body"_s), u"too_long"_s);
    QCOMPARE(tooLong.value(u"changes"_s), u"must_be_object"_s);
}

void DomainTest::parseMacro_patch_changesOnlyNamedFields()
{
    FieldErrors errors;
    auto existing = parseMacro(validMacro(), std::nullopt, errors);
    QVERIFY(existing);
    existing->id = 3;
    existing->version = 2;
    const auto changed = parseMacro({{u"visibility"_s, u"internal"_s}, {u"changes"_s, QJsonObject{{u"group"_s, u"L2"_s}}}},
                                    existing, errors);
    QVERIFY(changed);
    QCOMPARE(changed->id, 3);
    QCOMPARE(changed->name, existing->name);
    QCOMPARE(changed->body, existing->body);
    QCOMPARE(changed->visibility, Comment::Visibility::Internal);
    QCOMPARE(changed->changes, (QJsonObject{{u"group"_s, u"L2"_s}}));

    const auto cleared = parseMacro({{u"changes"_s, QJsonValue::Null}}, changed, errors);
    QVERIFY(cleared);
    QVERIFY(cleared->changes.isEmpty());

    FieldErrors empty;
    QVERIFY(!parseMacro({}, existing, empty));
    QCOMPARE(empty.value(u"body"_s), u"no_changes"_s);
}

void DomainTest::macroJson_roundTrips()
{
    Macro macro;
    macro.id = 9;
    macro.name = u"Password reset done"_s;
    macro.body = u"Hi {requester.first_name}"_s;
    macro.visibility = Comment::Visibility::Internal;
    macro.changes = {{u"status"_s, u"resolved"_s}};
    macro.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC);
    macro.version = 4;
    const auto back = Macro::fromJson(macro.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), macro.toJson());
    QVERIFY(!Macro::fromJson({{u"id"_s, 1}, {u"name"_s, u"x"_s}, {u"visibility"_s, u"shout"_s}}));
}

void DomainTest::roleHas_manageMacros_isSeniorAndAdminOnly()
{
    QVERIFY(!roleHas(Role::Analyst, Permission::ManageMacros));
    QVERIFY(roleHas(Role::Senior, Permission::ManageMacros));
    QVERIFY(!roleHas(Role::RoomStaff, Permission::ManageMacros));
    QVERIFY(roleHas(Role::Admin, Permission::ManageMacros));
}
