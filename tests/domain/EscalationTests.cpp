// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "Escalation.h"
#include "TicketValidation.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

const QString note = u"Restarted the VPN client, still drops."_s;

Ticket ticketAt(SupportTier tier, TicketStatus status = TicketStatus::InProgress)
{
    Ticket t;
    t.id = 9;
    t.number = u"INC-000009"_s;
    t.title = u"VPN drops"_s;
    t.status = status;
    t.impact = 2;
    t.urgency = 1;
    t.priority = Priority::P2;
    t.requester = {u"Ann Smith"_s, u"ann@example.org"_s};
    t.group = u"Service Desk"_s;
    t.tier = tier;
    t.escalationCount = 1;
    t.reassignmentCount = 2;
    t.reopenCount = 1;
    t.firstAssigneeId = 3;
    if (status != TicketStatus::New)
        t.assignee = UserRef{3, u"Alex"_s};
    if (status == TicketStatus::Pending)
        t.pendingReason = PendingReason::AwaitingVendor;
    if (status == TicketStatus::Resolved || status == TicketStatus::Closed) {
        t.resolutionCode = ResolutionCode::Fixed;
        t.resolutionNotes = u"Replaced the cable."_s;
    }
    return t;
}

EscalationRequest requestTo(std::optional<SupportTier> tier, const QString &group = {})
{
    return {tier, group, note};
}

} // namespace

void DomainTest::escalationNextTier_goesUpToL3()
{
    QCOMPARE(Escalation::nextTier(SupportTier::L1), std::optional(SupportTier::L2));
    QCOMPARE(Escalation::nextTier(SupportTier::L2), std::optional(SupportTier::L3));
    QCOMPARE(Escalation::nextTier(SupportTier::L3), std::nullopt);
}

void DomainTest::escalationParse_withoutTarget_goesToNextTier()
{
    FieldErrors errors;
    const auto fromL1 = Escalation::parse({{u"note"_s, note}}, ticketAt(SupportTier::L1), errors);
    QVERIFY2(fromL1, qPrintable(errors.keys().join(u',')));
    QCOMPARE(fromL1->toTier, std::optional(SupportTier::L2));
    QVERIFY(fromL1->toGroup.isEmpty());
    QCOMPARE(fromL1->note, note);

    const auto fromL2 = Escalation::parse({{u"note"_s, note}, {u"to_tier"_s, QJsonValue::Null}},
                                          ticketAt(SupportTier::L2), errors);
    QVERIFY(fromL2);
    QCOMPARE(fromL2->toTier, std::optional(SupportTier::L3));
    QVERIFY(errors.isEmpty());
}

void DomainTest::escalationParse_targetAndNote_areRead()
{
    FieldErrors errors;
    const auto both = Escalation::parse(
        {{u"to_tier"_s, u"L3"_s}, {u"to_group"_s, u"  Network  "_s}, {u"note"_s, u"  "_s + note + u"\n"_s}},
        ticketAt(SupportTier::L1), errors);
    QVERIFY2(both, qPrintable(errors.keys().join(u',')));
    QCOMPARE(both->toTier, std::optional(SupportTier::L3));
    QCOMPARE(both->toGroup, u"Network"_s);
    QCOMPARE(both->note, note);

    // A functional escalation: another group, same tier; possible even at L3.
    const auto groupOnly = Escalation::parse({{u"to_group"_s, u"Network"_s}, {u"note"_s, note}},
                                             ticketAt(SupportTier::L3), errors);
    QVERIFY2(groupOnly, qPrintable(errors.keys().join(u',')));
    QCOMPARE(groupOnly->toTier, std::nullopt);
    QCOMPARE(groupOnly->toGroup, u"Network"_s);

    const QString shortest(EscalationRequest::noteMin, u'n');
    const auto atMin = Escalation::parse({{u"note"_s, shortest}}, ticketAt(SupportTier::L1), errors);
    QVERIFY(atMin);
    QCOMPARE(atMin->note, shortest);
}

void DomainTest::escalationParse_invalidBody_isReported_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("tier"); // of the ticket
    QTest::addColumn<FieldErrors>("errors");

    const QString shortNote(EscalationRequest::noteMin - 1, u'n');
    QTest::addRow("note missing") << QJsonObject{} << u"L1"_s << FieldErrors{{u"note"_s, u"required"_s}};
    QTest::addRow("note null") << QJsonObject{{u"note"_s, QJsonValue::Null}} << u"L1"_s
                               << FieldErrors{{u"note"_s, u"required"_s}};
    QTest::addRow("note blank") << QJsonObject{{u"note"_s, u"   \n "_s}} << u"L1"_s
                                << FieldErrors{{u"note"_s, u"required"_s}};
    QTest::addRow("note one short") << QJsonObject{{u"note"_s, shortNote}} << u"L1"_s
                                    << FieldErrors{{u"note"_s, u"too_short"_s}};
    QTest::addRow("note short once trimmed")
        << QJsonObject{{u"note"_s, u"    "_s + shortNote + u"    "_s}} << u"L1"_s
        << FieldErrors{{u"note"_s, u"too_short"_s}};
    QTest::addRow("note too long") << QJsonObject{{u"note"_s, QString(TicketLimits::descriptionMax + 1, u'n')}}
                                   << u"L1"_s << FieldErrors{{u"note"_s, u"too_long"_s}};
    QTest::addRow("note number") << QJsonObject{{u"note"_s, 7}} << u"L1"_s
                                 << FieldErrors{{u"note"_s, u"must_be_text"_s}};
    QTest::addRow("to_tier unknown") << QJsonObject{{u"note"_s, note}, {u"to_tier"_s, u"L4"_s}} << u"L1"_s
                                     << FieldErrors{{u"to_tier"_s, u"invalid"_s}};
    QTest::addRow("to_tier lower case") << QJsonObject{{u"note"_s, note}, {u"to_tier"_s, u"l2"_s}} << u"L1"_s
                                        << FieldErrors{{u"to_tier"_s, u"invalid"_s}};
    QTest::addRow("to_tier number") << QJsonObject{{u"note"_s, note}, {u"to_tier"_s, 2}} << u"L1"_s
                                    << FieldErrors{{u"to_tier"_s, u"invalid"_s}};
    QTest::addRow("to_tier unknown at L3") << QJsonObject{{u"note"_s, note}, {u"to_tier"_s, u"L9"_s}} << u"L3"_s
                                           << FieldErrors{{u"to_tier"_s, u"invalid"_s}};
    QTest::addRow("to_group too long")
        << QJsonObject{{u"note"_s, note}, {u"to_group"_s, QString(TicketLimits::shortTextMax + 1, u'g')}}
        << u"L1"_s << FieldErrors{{u"to_group"_s, u"too_long"_s}};
    QTest::addRow("to_group number") << QJsonObject{{u"note"_s, note}, {u"to_group"_s, 5}} << u"L1"_s
                                     << FieldErrors{{u"to_group"_s, u"must_be_text"_s}};
    QTest::addRow("unknown fields") << QJsonObject{{u"note"_s, note}, {u"tier"_s, u"L2"_s}, {u"assignee_id"_s, 4}}
                                    << u"L1"_s
                                    << FieldErrors{{u"tier"_s, u"unknown_field"_s},
                                                   {u"assignee_id"_s, u"unknown_field"_s}};
    QTest::addRow("no higher tier than L3") << QJsonObject{{u"note"_s, note}} << u"L3"_s
                                            << FieldErrors{{u"to_tier"_s, u"no_higher_tier"_s}};
    QTest::addRow("no higher tier, blank group") << QJsonObject{{u"note"_s, note}, {u"to_group"_s, u"  "_s}}
                                                 << u"L3"_s << FieldErrors{{u"to_tier"_s, u"no_higher_tier"_s}};
    QTest::addRow("everything at once")
        << QJsonObject{{u"note"_s, u"short"_s}, {u"to_tier"_s, u"L0"_s}, {u"to_group"_s, true}, {u"why"_s, 1}}
        << u"L2"_s
        << FieldErrors{{u"note"_s, u"too_short"_s},
                       {u"to_tier"_s, u"invalid"_s},
                       {u"to_group"_s, u"must_be_text"_s},
                       {u"why"_s, u"unknown_field"_s}};
}

void DomainTest::escalationParse_invalidBody_isReported()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, tier);
    QFETCH(FieldErrors, errors);
    FieldErrors reported;
    QVERIFY(!Escalation::parse(body, ticketAt(*supportTierFromName(tier)), reported));
    QCOMPARE(reported, errors);
}

void DomainTest::escalationApply_openTicket_waitsNewInTheNextQueue_data()
{
    QTest::addColumn<TicketStatus>("status");
    QTest::addRow("new") << TicketStatus::New;
    QTest::addRow("assigned") << TicketStatus::Assigned;
    QTest::addRow("in_progress") << TicketStatus::InProgress;
    QTest::addRow("pending") << TicketStatus::Pending;
}

void DomainTest::escalationApply_openTicket_waitsNewInTheNextQueue()
{
    QFETCH(TicketStatus, status);
    const Ticket before = ticketAt(SupportTier::L1, status);
    FieldErrors errors;
    const auto after = Escalation::apply(before, requestTo(SupportTier::L2), errors);
    QVERIFY2(after, qPrintable(errors.keys().join(u',')));
    QVERIFY(errors.isEmpty());
    QCOMPARE(after->tier, SupportTier::L2);
    QCOMPARE(after->group, u"Service Desk"_s);
    QCOMPARE(after->status, TicketStatus::New);
    QVERIFY(!after->assignee);
    QVERIFY(!after->pendingReason);
    QCOMPARE(after->escalationCount, 2);
    // What the escalation does not touch.
    QCOMPARE(after->reassignmentCount, before.reassignmentCount);
    QCOMPARE(after->reopenCount, before.reopenCount);
    QCOMPARE(after->firstAssigneeId, before.firstAssigneeId);
    QCOMPARE(after->priority, before.priority);
    QCOMPARE(after->title, before.title);
    QCOMPARE(after->version, before.version);
}

void DomainTest::escalationApply_groupAndTier_changeAsAsked()
{
    FieldErrors errors;
    const auto across = Escalation::apply(ticketAt(SupportTier::L2), requestTo(std::nullopt, u"Network"_s), errors);
    QVERIFY(across);
    QCOMPARE(across->tier, SupportTier::L2);
    QCOMPARE(across->group, u"Network"_s);
    QCOMPARE(across->status, TicketStatus::New);
    QCOMPARE(across->escalationCount, 2);

    const auto sameTierOtherGroup =
        Escalation::apply(ticketAt(SupportTier::L2), requestTo(SupportTier::L2, u"Network"_s), errors);
    QVERIFY(sameTierOtherGroup);
    QCOMPARE(sameTierOtherGroup->tier, SupportTier::L2);
    QCOMPARE(sameTierOtherGroup->group, u"Network"_s);

    const auto upAndAcross = Escalation::apply(ticketAt(SupportTier::L1), requestTo(SupportTier::L3, u"Vendor"_s), errors);
    QVERIFY(upAndAcross);
    QCOMPARE(upAndAcross->tier, SupportTier::L3);
    QCOMPARE(upAndAcross->group, u"Vendor"_s);

    const auto upOnly = Escalation::apply(ticketAt(SupportTier::L1), requestTo(SupportTier::L3, u"Service Desk"_s), errors);
    QVERIFY(upOnly);
    QCOMPARE(upOnly->tier, SupportTier::L3);
    QCOMPARE(upOnly->group, u"Service Desk"_s);
    QVERIFY(errors.isEmpty());
}

void DomainTest::escalationApply_refused_data()
{
    QTest::addColumn<TicketStatus>("status");
    QTest::addColumn<QString>("ticketTier");
    QTest::addColumn<QString>("toTier"); // empty: none
    QTest::addColumn<QString>("toGroup");
    QTest::addColumn<FieldErrors>("errors");

    const FieldErrors notOpen{{u"status"_s, u"ticket_not_open"_s}};
    QTest::addRow("resolved") << TicketStatus::Resolved << u"L1"_s << u"L2"_s << QString() << notOpen;
    QTest::addRow("closed") << TicketStatus::Closed << u"L1"_s << u"L2"_s << QString() << notOpen;
    QTest::addRow("cancelled") << TicketStatus::Cancelled << u"L1"_s << u"L2"_s << QString() << notOpen;
    QTest::addRow("closed, lower tier too") << TicketStatus::Closed << u"L2"_s << u"L1"_s << QString() << notOpen;
    QTest::addRow("lower tier") << TicketStatus::InProgress << u"L2"_s << u"L1"_s << QString()
                                << FieldErrors{{u"to_tier"_s, u"not_higher"_s}};
    QTest::addRow("lower tier, other group") << TicketStatus::InProgress << u"L3"_s << u"L2"_s << u"Network"_s
                                             << FieldErrors{{u"to_tier"_s, u"not_higher"_s}};
    QTest::addRow("same tier") << TicketStatus::InProgress << u"L2"_s << u"L2"_s << QString()
                               << FieldErrors{{u"to_tier"_s, u"no_change"_s}};
    QTest::addRow("same group") << TicketStatus::Assigned << u"L2"_s << QString() << u"Service Desk"_s
                                << FieldErrors{{u"to_group"_s, u"no_change"_s}};
    QTest::addRow("same tier, same group") << TicketStatus::Pending << u"L3"_s << u"L3"_s << u"Service Desk"_s
                                           << FieldErrors{{u"to_group"_s, u"no_change"_s}};
    QTest::addRow("nothing asked") << TicketStatus::New << u"L1"_s << QString() << QString()
                                   << FieldErrors{{u"to_tier"_s, u"no_change"_s}};
}

void DomainTest::escalationApply_refused()
{
    QFETCH(TicketStatus, status);
    QFETCH(QString, ticketTier);
    QFETCH(QString, toTier);
    QFETCH(QString, toGroup);
    QFETCH(FieldErrors, errors);
    const EscalationRequest request{toTier.isEmpty() ? std::nullopt : supportTierFromName(toTier), toGroup, note};
    FieldErrors reported;
    QVERIFY(!Escalation::apply(ticketAt(*supportTierFromName(ticketTier), status), request, reported));
    QCOMPARE(reported, errors);
}

void DomainTest::escalationParseThenApply_atL3_acrossGroupsOnly()
{
    const Ticket l3 = ticketAt(SupportTier::L3);
    FieldErrors errors;
    QVERIFY(!Escalation::parse({{u"note"_s, note}}, l3, errors));
    errors.clear();
    const auto request = Escalation::parse({{u"note"_s, note}, {u"to_group"_s, u"Vendor"_s}}, l3, errors);
    QVERIFY(request);
    const auto after = Escalation::apply(l3, *request, errors);
    QVERIFY2(after, qPrintable(errors.keys().join(u',')));
    QCOMPARE(after->tier, SupportTier::L3);
    QCOMPARE(after->group, u"Vendor"_s);
}

void DomainTest::escalationStep_json_roundTrips()
{
    EscalationStep step;
    step.id = 41;
    step.fromTier = SupportTier::L1;
    step.toTier = SupportTier::L3;
    step.fromGroup = u"Service Desk"_s;
    step.toGroup = u"Vendor"_s;
    step.note = note;
    step.by = UserRef{3, u"Alex"_s};
    step.at = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 890), QTimeZone::UTC);

    const QJsonObject json = step.toJson();
    const QJsonObject expected{
        {u"id"_s, 41},
        {u"from_tier"_s, u"L1"_s},
        {u"to_tier"_s, u"L3"_s},
        {u"from_group"_s, u"Service Desk"_s},
        {u"to_group"_s, u"Vendor"_s},
        {u"note"_s, note},
        {u"by"_s, QJsonObject{{u"id"_s, 3}, {u"name"_s, u"Alex"_s}}},
        {u"at"_s, u"2025-03-04T05:06:07.890Z"_s},
    };
    QCOMPARE(json, expected);

    const auto back = EscalationStep::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->id, step.id);
    QCOMPARE(back->fromTier, step.fromTier);
    QCOMPARE(back->toTier, step.toTier);
    QCOMPARE(back->fromGroup, step.fromGroup);
    QCOMPARE(back->toGroup, step.toGroup);
    QCOMPARE(back->note, step.note);
    QCOMPARE(back->by.id, step.by.id);
    QCOMPARE(back->by.name, step.by.name);
    QCOMPARE(back->at, step.at);

    QJsonObject badTier = json;
    badTier.insert(u"to_tier"_s, u"L4"_s);
    QVERIFY(!EscalationStep::fromJson(badTier));
    QJsonObject noFrom = json;
    noFrom.remove(u"from_tier"_s);
    QVERIFY(!EscalationStep::fromJson(noFrom));
}
