// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "TicketPatch.h"
#include "TicketValidation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

// An analyst may set the priority over the matrix, with a reason; "priority": null goes back.

namespace {

// Impact 3 × urgency 3 is P4 by the matrix.
Ticket lowTicket()
{
    Ticket t;
    t.id = 21;
    t.number = u"INC-000021"_s;
    t.title = u"Laptop slow"_s;
    t.status = TicketStatus::InProgress;
    t.impact = 3;
    t.urgency = 3;
    t.priority = Priority::P4;
    t.requester = {u"Ann Smith"_s, u"ann@example.org"_s};
    t.assignee = UserRef{3, u"Alex"_s};
    t.firstAssigneeId = 3;
    return t;
}

Ticket overriddenTicket()
{
    Ticket t = lowTicket();
    t.priority = Priority::P1;
    t.priorityReason = u"The CEO's laptop before the board meeting"_s;
    return t;
}

} // namespace

void DomainTest::readPriorityOverride_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("speaks");   // whether a result comes back at all
    QTest::addColumn<int>("priority");  // 0: follow the matrix
    QTest::addColumn<QString>("reason");
    QTest::addColumn<FieldErrors>("errors");

    QTest::addRow("silent") << QJsonObject{{u"title"_s, u"x"_s}} << false << 0 << QString() << FieldErrors();
    QTest::addRow("priority with reason")
        << QJsonObject{{u"priority"_s, 1}, {u"priority_reason"_s, u"  VIP outage  "_s}} << true << 1
        << u"VIP outage"_s << FieldErrors();
    QTest::addRow("priority 4 with reason") << QJsonObject{{u"priority"_s, 4}, {u"priority_reason"_s, u"Can wait"_s}}
                                            << true << 4 << u"Can wait"_s << FieldErrors();
    QTest::addRow("priority 2.0 is an integer")
        << QJsonObject{{u"priority"_s, 2.0}, {u"priority_reason"_s, u"why"_s}} << true << 2 << u"why"_s
        << FieldErrors();
    QTest::addRow("priority without reason") << QJsonObject{{u"priority"_s, 2}} << true << 2 << QString()
                                             << FieldErrors{{u"priority_reason"_s, u"required"_s}};
    QTest::addRow("priority with null reason")
        << QJsonObject{{u"priority"_s, 2}, {u"priority_reason"_s, QJsonValue::Null}} << true << 2 << QString()
        << FieldErrors{{u"priority_reason"_s, u"required"_s}};
    QTest::addRow("priority with blank reason")
        << QJsonObject{{u"priority"_s, 2}, {u"priority_reason"_s, u"   "_s}} << true << 2 << QString()
        << FieldErrors{{u"priority_reason"_s, u"required"_s}};
    QTest::addRow("reason without priority") << QJsonObject{{u"priority_reason"_s, u"because"_s}} << false << 0
                                             << QString() << FieldErrors{{u"priority"_s, u"required"_s}};
    QTest::addRow("empty reason without priority changes nothing")
        << QJsonObject{{u"priority_reason"_s, u""_s}} << false << 0 << QString() << FieldErrors();
    QTest::addRow("priority 0") << QJsonObject{{u"priority"_s, 0}, {u"priority_reason"_s, u"why"_s}} << true << 0
                                << QString() << FieldErrors{{u"priority"_s, u"invalid"_s}};
    QTest::addRow("priority 5") << QJsonObject{{u"priority"_s, 5}, {u"priority_reason"_s, u"why"_s}} << true << 0
                                << QString() << FieldErrors{{u"priority"_s, u"invalid"_s}};
    QTest::addRow("priority -1") << QJsonObject{{u"priority"_s, -1}, {u"priority_reason"_s, u"why"_s}} << true << 0
                                 << QString() << FieldErrors{{u"priority"_s, u"invalid"_s}};
    QTest::addRow("priority 1.5") << QJsonObject{{u"priority"_s, 1.5}, {u"priority_reason"_s, u"why"_s}} << true
                                  << 0 << QString() << FieldErrors{{u"priority"_s, u"invalid"_s}};
    QTest::addRow("priority 2.5") << QJsonObject{{u"priority"_s, 2.5}, {u"priority_reason"_s, u"why"_s}} << true
                                  << 0 << QString() << FieldErrors{{u"priority"_s, u"invalid"_s}};
    QTest::addRow("priority huge") << QJsonObject{{u"priority"_s, 4294967298.0}, {u"priority_reason"_s, u"why"_s}}
                                   << true << 0 << QString() << FieldErrors{{u"priority"_s, u"invalid"_s}};
    QTest::addRow("priority text") << QJsonObject{{u"priority"_s, u"2"_s}, {u"priority_reason"_s, u"why"_s}}
                                   << true << 0 << QString() << FieldErrors{{u"priority"_s, u"invalid"_s}};
    QTest::addRow("priority label") << QJsonObject{{u"priority"_s, u"P2"_s}, {u"priority_reason"_s, u"why"_s}}
                                    << true << 0 << QString() << FieldErrors{{u"priority"_s, u"invalid"_s}};
    QTest::addRow("priority bool") << QJsonObject{{u"priority"_s, true}, {u"priority_reason"_s, u"why"_s}} << true
                                   << 0 << QString() << FieldErrors{{u"priority"_s, u"invalid"_s}};
    QTest::addRow("reason too long")
        << QJsonObject{{u"priority"_s, 1}, {u"priority_reason"_s, QString(TicketLimits::reasonMax + 1, u'r')}}
        << true << 1 << QString() << FieldErrors{{u"priority_reason"_s, u"too_long"_s}};
    QTest::addRow("reason at its limit")
        << QJsonObject{{u"priority"_s, 1}, {u"priority_reason"_s, QString(TicketLimits::reasonMax, u'r')}} << true
        << 1 << QString(TicketLimits::reasonMax, u'r') << FieldErrors();
    QTest::addRow("reason number") << QJsonObject{{u"priority"_s, 1}, {u"priority_reason"_s, 3}} << true << 1
                                   << QString() << FieldErrors{{u"priority_reason"_s, u"must_be_text"_s}};
    QTest::addRow("back to the matrix") << QJsonObject{{u"priority"_s, QJsonValue::Null}} << true << 0 << QString()
                                        << FieldErrors();
    QTest::addRow("back to the matrix, reason dropped")
        << QJsonObject{{u"priority"_s, QJsonValue::Null}, {u"priority_reason"_s, u"no longer"_s}} << true << 0
        << QString() << FieldErrors();
}

void DomainTest::readPriorityOverride()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, speaks);
    QFETCH(int, priority);
    QFETCH(QString, reason);
    QFETCH(FieldErrors, errors);

    FieldErrors reported;
    const auto result = Helpline::readPriorityOverride(body, false, std::nullopt, reported);
    QCOMPARE(reported, errors);
    QCOMPARE(result.has_value(), speaks);
    if (!speaks || !errors.isEmpty())
        return;
    QCOMPARE(result->priority, priority ? priorityFromNumber(priority) : std::nullopt);
    QCOMPARE(result->reason, reason);
}

void DomainTest::readPriorityOverride_reasonAloneOnAnOverride_changesTheReason()
{
    FieldErrors errors;
    auto result = Helpline::readPriorityOverride({{u"priority_reason"_s, u"Still the CFO"_s}}, true, Priority::P1, errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(result->priority, std::optional(Priority::P1));
    QCOMPARE(result->reason, u"Still the CFO"_s);
    result = Helpline::readPriorityOverride({{u"priority_reason"_s, u""_s}}, true, Priority::P1, errors);
    QCOMPARE(errors, (FieldErrors{{u"priority_reason"_s, u"required"_s}}));
}

void DomainTest::patch_priorityOverride_needsAReasonAndSticks()
{
    FieldErrors errors;
    QVERIFY(!applyTicketPatch(lowTicket(), {{u"priority"_s, 1}}, PriorityMatrix(), errors));
    QCOMPARE(errors, (FieldErrors{{u"priority_reason"_s, u"required"_s}}));

    errors.clear();
    QVERIFY(!applyTicketPatch(lowTicket(), {{u"priority_reason"_s, u"The CEO"_s}}, PriorityMatrix(), errors));
    QCOMPARE(errors.value(u"priority"_s), u"required"_s);

    errors.clear();
    QVERIFY(!applyTicketPatch(lowTicket(), {{u"priority"_s, 7}, {u"priority_reason"_s, u"x"_s}}, PriorityMatrix(),
                              errors));
    QCOMPARE(errors, (FieldErrors{{u"priority"_s, u"invalid"_s}}));

    errors.clear();
    const auto raised = applyTicketPatch(lowTicket(), {{u"priority"_s, 1}, {u"priority_reason"_s, u" The CEO "_s}},
                                         PriorityMatrix(), errors);
    QVERIFY2(raised, qPrintable(QStringList(errors.keys()).join(u", "_s)));
    QCOMPARE(raised->priority, Priority::P1);
    QCOMPARE(raised->priorityReason, u"The CEO"_s);
    QVERIFY(raised->isPriorityOverridden());
    QCOMPARE(raised->toJson().value(u"priority_reason"_s), QJsonValue(u"The CEO"_s));

    // Impact and urgency still change, the priority does not follow them.
    const auto rated = applyTicketPatch(*raised, {{u"impact"_s, 3}, {u"urgency"_s, 2}}, PriorityMatrix(), errors);
    QVERIFY(rated);
    QCOMPARE(rated->urgency, 2);
    QCOMPARE(rated->priority, Priority::P1);
    QCOMPARE(rated->priorityReason, u"The CEO"_s);
    const auto other = applyTicketPatch(*raised, {{u"title"_s, u"Laptop very slow"_s}}, PriorityMatrix(), errors);
    QVERIFY(other);
    QCOMPARE(other->priority, Priority::P1);

    // A new override replaces the old one, reason and all.
    const auto lowered = applyTicketPatch(overriddenTicket(), {{u"priority"_s, 3}, {u"priority_reason"_s, u"Meeting moved"_s}},
                                          PriorityMatrix(), errors);
    QVERIFY(lowered);
    QCOMPARE(lowered->priority, Priority::P3);
    QCOMPARE(lowered->priorityReason, u"Meeting moved"_s);
}

void DomainTest::patch_priorityNull_goesBackToTheMatrix()
{
    FieldErrors errors;
    const auto back = applyTicketPatch(overriddenTicket(), {{u"priority"_s, QJsonValue::Null}}, PriorityMatrix(), errors);
    QVERIFY2(back, qPrintable(QStringList(errors.keys()).join(u", "_s)));
    QCOMPARE(back->priority, Priority::P4);
    QVERIFY(back->priorityReason.isEmpty());
    QVERIFY(!back->isPriorityOverridden());
    QCOMPARE(back->toJson().value(u"priority_reason"_s), QJsonValue(QJsonValue::Null));

    // The matrix of the levels after the patch, and a given reason is not kept.
    const auto rerated = applyTicketPatch(overriddenTicket(),
                                          {{u"priority"_s, QJsonValue::Null}, {u"priority_reason"_s, u"over"_s},
                                           {u"impact"_s, 1}, {u"urgency"_s, 2}},
                                          PriorityMatrix(), errors);
    QVERIFY(rerated);
    QCOMPARE(rerated->priority, Priority::P2);
    QVERIFY(!rerated->isPriorityOverridden());

    // Once back, the matrix rules again.
    const auto followed = applyTicketPatch(*back, {{u"impact"_s, 1}, {u"urgency"_s, 1}}, PriorityMatrix(), errors);
    QVERIFY(followed);
    QCOMPARE(followed->priority, Priority::P1);

    // On a ticket that follows the matrix, null changes nothing.
    const auto unchanged = applyTicketPatch(lowTicket(), {{u"priority"_s, QJsonValue::Null}}, PriorityMatrix(), errors);
    QVERIFY(unchanged);
    QCOMPARE(unchanged->priority, Priority::P4);
    QVERIFY(!unchanged->isPriorityOverridden());
}
