// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "TicketPatch.h"
#include "TicketWorkflow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

Ticket ticketIn(TicketStatus status)
{
    Ticket t;
    t.id = 7;
    t.number = u"INC-000007"_s;
    t.title = u"VPN drops"_s;
    t.status = status;
    t.impact = 2;
    t.urgency = 2;
    t.priority = Priority::P3;
    t.requester = {u"Ann Smith"_s, u"ann@example.org"_s};
    if (status != TicketStatus::New)
        t.assignee = UserRef{3, u"Alex"_s};
    if (status == TicketStatus::Pending)
        t.pendingReason = PendingReason::AwaitingUser;
    if (status == TicketStatus::Resolved || status == TicketStatus::Closed) {
        t.resolutionCode = ResolutionCode::Fixed;
        t.resolutionNotes = u"Replaced the cable."_s;
    }
    return t;
}

} // namespace

void DomainTest::workflow_everyTransition_isAllowedOnlyIfListed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    // The ITIL life, written out by hand: every pair of statuses, allowed or not.
    const QHash<QString, QStringList> allowed{
        {u"new"_s, {u"new"_s, u"assigned"_s, u"in_progress"_s, u"pending"_s, u"resolved"_s, u"cancelled"_s}},
        {u"assigned"_s, {u"assigned"_s, u"new"_s, u"in_progress"_s, u"pending"_s, u"resolved"_s, u"cancelled"_s}},
        {u"in_progress"_s, {u"in_progress"_s, u"assigned"_s, u"pending"_s, u"resolved"_s, u"cancelled"_s}},
        {u"pending"_s, {u"pending"_s, u"assigned"_s, u"in_progress"_s, u"resolved"_s, u"cancelled"_s}},
        {u"resolved"_s, {u"resolved"_s, u"closed"_s, u"in_progress"_s, u"assigned"_s}},
        {u"closed"_s, {u"closed"_s}},
        {u"cancelled"_s, {u"cancelled"_s}},
    };
    for (const QString &from : ticketStatusNames()) {
        for (const QString &to : ticketStatusNames())
            QTest::addRow("%s_to_%s", qPrintable(from), qPrintable(to)) << from << to << allowed.value(from).contains(to);
    }
}

void DomainTest::workflow_everyTransition_isAllowedOnlyIfListed()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(TicketWorkflow::canMove(*ticketStatusFromName(from), *ticketStatusFromName(to)), allowed);
}

void DomainTest::workflow_requirements_namePendingReasonResolutionAndAssignee()
{
    using W = TicketWorkflow;
    QCOMPARE(W::requirementsOf(TicketStatus::Pending, {}).value(u"pending_reason"_s), u"required"_s);
    const FieldErrors resolve = W::requirementsOf(TicketStatus::Resolved, {true, {}, {}, u"  "_s});
    QCOMPARE(resolve.value(u"resolution_code"_s), u"required"_s);
    QCOMPARE(resolve.value(u"resolution_notes"_s), u"required"_s);
    QCOMPARE(W::requirementsOf(TicketStatus::InProgress, {}).value(u"assignee_id"_s), u"required"_s);
    QCOMPARE(W::requirementsOf(TicketStatus::New, {true, {}, {}, {}}).value(u"assignee_id"_s),
             u"must_be_empty_when_new"_s);
    QVERIFY(W::requirementsOf(TicketStatus::Resolved, {true, {}, ResolutionCode::Fixed, u"done"_s}).isEmpty());
    QVERIFY(W::requirementsOf(TicketStatus::Cancelled, {}).isEmpty());
}

void DomainTest::patch_readOnlyAndUnknownFields_areRefused()
{
    FieldErrors errors;
    const QJsonObject patch{{u"id"_s, 99}, {u"version"_s, 5}, {u"type"_s, u"change"_s}, {u"number"_s, u"X"_s},
                            {u"role"_s, u"admin"_s}, {u"title"_s, u"ok"_s}};
    QVERIFY(!applyTicketPatch(ticketIn(TicketStatus::New), patch, PriorityMatrix(), errors));
    QCOMPARE(errors.value(u"id"_s), u"read_only"_s);
    QCOMPARE(errors.value(u"version"_s), u"read_only"_s);
    QCOMPARE(errors.value(u"type"_s), u"read_only"_s);
    QCOMPARE(errors.value(u"number"_s), u"read_only"_s);
    QCOMPARE(errors.value(u"role"_s), u"unknown_field"_s);
    QVERIFY(!errors.contains(u"title"_s));
}

void DomainTest::patch_assigningNewTicket_makesItAssigned()
{
    FieldErrors errors;
    const auto assigned = applyTicketPatch(ticketIn(TicketStatus::New), {{u"assignee_id"_s, 4}}, PriorityMatrix(), errors);
    QVERIFY2(assigned, qPrintable(errors.keys().join(u',')));
    QCOMPARE(assigned->status, TicketStatus::Assigned);
    QCOMPARE(assigned->assignee->id, 4);

    const auto unassigned = applyTicketPatch(*assigned, {{u"assignee_id"_s, QJsonValue::Null}}, PriorityMatrix(), errors);
    QVERIFY(unassigned);
    QCOMPARE(unassigned->status, TicketStatus::New);
    QVERIFY(!unassigned->assignee);
}

void DomainTest::patch_resolve_needsCodeAndNotes()
{
    FieldErrors errors;
    const Ticket working = ticketIn(TicketStatus::InProgress);
    QVERIFY(!applyTicketPatch(working, {{u"status"_s, u"resolved"_s}}, PriorityMatrix(), errors));
    QCOMPARE(errors.value(u"resolution_code"_s), u"required"_s);
    QCOMPARE(errors.value(u"resolution_notes"_s), u"required"_s);

    errors.clear();
    QVERIFY(!applyTicketPatch(working, {{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"magic"_s},
                                        {u"resolution_notes"_s, u"x"_s}}, PriorityMatrix(), errors));
    QCOMPARE(errors.value(u"resolution_code"_s), u"invalid"_s);

    errors.clear();
    const auto resolved = applyTicketPatch(working, {{u"status"_s, u"resolved"_s}, {u"resolution_code"_s, u"workaround"_s},
                                                     {u"resolution_notes"_s, u"Cleared the cache."_s}},
                                           PriorityMatrix(), errors);
    QVERIFY(resolved);
    QCOMPARE(resolved->resolutionCode, std::optional(ResolutionCode::Workaround));
}

void DomainTest::patch_reopen_isCountedAndDropsResolution()
{
    FieldErrors errors;
    const auto reopened = applyTicketPatch(ticketIn(TicketStatus::Resolved), {{u"status"_s, u"in_progress"_s}},
                                           PriorityMatrix(), errors);
    QVERIFY(reopened);
    QCOMPARE(reopened->reopenCount, 1);
    QVERIFY(!reopened->resolutionCode);
    QVERIFY(reopened->resolutionNotes.isEmpty());

    const auto closed = applyTicketPatch(ticketIn(TicketStatus::Resolved), {{u"status"_s, u"closed"_s}},
                                         PriorityMatrix(), errors);
    QVERIFY(closed);
    QCOMPARE(closed->reopenCount, 0);
    QCOMPARE(closed->resolutionCode, std::optional(ResolutionCode::Fixed));
}

void DomainTest::patch_leavingPending_dropsReason()
{
    FieldErrors errors;
    const auto working = applyTicketPatch(ticketIn(TicketStatus::Pending), {{u"status"_s, u"in_progress"_s}},
                                          PriorityMatrix(), errors);
    QVERIFY(working);
    QVERIFY(!working->pendingReason);
    QVERIFY(!applyTicketPatch(ticketIn(TicketStatus::InProgress), {{u"status"_s, u"pending"_s}}, PriorityMatrix(), errors));
    QCOMPARE(errors.value(u"pending_reason"_s), u"required"_s);
}

void DomainTest::patch_finalTicket_isRefused()
{
    for (const TicketStatus status : {TicketStatus::Closed, TicketStatus::Cancelled}) {
        FieldErrors errors;
        QVERIFY(!applyTicketPatch(ticketIn(status), {{u"title"_s, u"Changed"_s}}, PriorityMatrix(), errors));
        QCOMPARE(errors.value(u"status"_s), u"ticket_is_final"_s);
    }
    FieldErrors errors;
    QVERIFY(!applyTicketPatch(ticketIn(TicketStatus::New), {{u"status"_s, u"closed"_s}}, PriorityMatrix(), errors));
    QCOMPARE(errors.value(u"status"_s), u"transition_not_allowed"_s);
}

void DomainTest::patch_impactUrgency_recomputePriority()
{
    FieldErrors errors;
    const auto raised = applyTicketPatch(ticketIn(TicketStatus::InProgress), {{u"impact"_s, 1}, {u"urgency"_s, 1}},
                                         PriorityMatrix(), errors);
    QVERIFY(raised);
    QCOMPARE(raised->priority, Priority::P1);
    QVERIFY(!applyTicketPatch(ticketIn(TicketStatus::InProgress), {{u"impact"_s, 4}}, PriorityMatrix(), errors));
    QCOMPARE(errors.value(u"impact"_s), u"must_be_1_to_3"_s);
}

void DomainTest::patch_requester_personIdNeedsNoName()
{
    Ticket current = ticketIn(TicketStatus::InProgress);
    FieldErrors errors;
    const auto linked = applyTicketPatch(current, {{u"requester"_s, QJsonObject{{u"person_id"_s, 42}}}},
                                         PriorityMatrix(), errors);
    QVERIFY2(linked, qPrintable(QStringList(errors.keys()).join(u", "_s)));
    QCOMPARE(linked->requester.personId, std::optional<qint64>(42));
    QVERIFY(linked->requester.name.isEmpty());
    QVERIFY(linked->requester.email.isEmpty());

    // A typed-in requester replaces the directory's: the person id goes.
    const auto typed = applyTicketPatch(*linked, {{u"requester"_s, QJsonObject{{u"name"_s, u"Bob"_s}}}},
                                        PriorityMatrix(), errors);
    QVERIFY(typed);
    QCOMPARE(typed->requester.name, u"Bob"_s);
    QCOMPARE(typed->requester.personId, std::nullopt);

    const QList<std::pair<QJsonObject, FieldErrors>> refused{
        {QJsonObject{}, {{u"requester.name"_s, u"required"_s}}},
        {QJsonObject{{u"person_id"_s, QJsonValue::Null}}, {{u"requester.name"_s, u"required"_s}}},
        {QJsonObject{{u"person_id"_s, 0}}, {{u"requester.person_id"_s, u"invalid"_s}, {u"requester.name"_s, u"required"_s}}},
        {QJsonObject{{u"person_id"_s, -4}, {u"name"_s, u"Bob"_s}}, {{u"requester.person_id"_s, u"invalid"_s}}},
        {QJsonObject{{u"person_id"_s, u"42"_s}, {u"name"_s, u"Bob"_s}}, {{u"requester.person_id"_s, u"invalid"_s}}},
        {QJsonObject{{u"person_id"_s, 4.5}, {u"name"_s, u"Bob"_s}}, {{u"requester.person_id"_s, u"invalid"_s}}},
        {QJsonObject{{u"person_id"_s, 42}, {u"email"_s, u"nobody"_s}}, {{u"requester.email"_s, u"invalid"_s}}},
    };
    for (const auto &[requester, expected] : refused) {
        FieldErrors reported;
        QVERIFY(!applyTicketPatch(current, {{u"requester"_s, requester}}, PriorityMatrix(), reported));
        QCOMPARE(reported, expected);
    }
    FieldErrors reported;
    QVERIFY(!applyTicketPatch(current, {{u"requester"_s, u"Ann"_s}}, PriorityMatrix(), reported));
    QCOMPARE(reported, (FieldErrors{{u"requester.name"_s, u"required"_s}}));
}
