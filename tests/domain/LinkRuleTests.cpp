// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "TicketLink.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

Ticket ticket(qint64 id, TicketType type = TicketType::Incident, TicketStatus status = TicketStatus::New)
{
    Ticket t;
    t.id = id;
    t.type = type;
    t.number = Ticket::numberFor(type, id);
    t.title = u"Ticket %1"_s.arg(id);
    t.status = status;
    return t;
}

TicketLink parentChild(qint64 parent, qint64 child) { return {100 + child, LinkType::ParentChild, parent, child}; }

} // namespace

void DomainTest::linkKind_isSeenFromEachSide()
{
    const TicketLink child = TicketLinkRules::orient(LinkKind::Child, 1, 2);
    QCOMPARE(child.type, LinkType::ParentChild);
    QCOMPARE(child.kindFor(1), LinkKind::Child);
    QCOMPARE(child.kindFor(2), LinkKind::Parent);
    QCOMPARE(TicketLinkRules::orient(LinkKind::Parent, 2, 1).sourceId, child.sourceId); // one spelling
    const TicketLink related = TicketLinkRules::orient(LinkKind::Related, 9, 4);
    QCOMPARE(related.sourceId, 4);
    QCOMPARE(related.kindFor(9), LinkKind::Related);
    const TicketLink cause = TicketLinkRules::orient(LinkKind::CausedByProblem, 5, 6);
    QCOMPARE(cause.sourceId, 6); // the problem
    QCOMPARE(cause.kindFor(6), LinkKind::Incident);
    QCOMPARE(cause.kindFor(5), LinkKind::CausedByProblem);
    const TicketLink duplicate = TicketLinkRules::orient(LinkKind::DuplicateOf, 7, 8);
    QCOMPARE(duplicate.kindFor(7), LinkKind::DuplicateOf);
    QCOMPARE(duplicate.kindFor(8), LinkKind::Duplicate);
    for (const LinkKind kind : linkKindsInOrder())
        QCOMPARE(linkKindFromName(linkKindName(kind)), std::optional(kind));
    QVERIFY(!linkKindFromName(u"sibling"_s));
}

void DomainTest::linkRules_parentChild_refusesLoopsSecondParentAndSelf()
{
    // 1 → 2 → 3 (parent → child)
    const Ticket one = ticket(1), two = ticket(2), three = ticket(3), four = ticket(4);
    TicketLinkRules::Facts facts;
    facts.selfLinks = {parentChild(2, 3)};
    facts.ancestorsOfSelf = {2, 1};
    // 3 as parent of 1 would close the loop 1 → 2 → 3 → 1.
    QCOMPARE(TicketLinkRules::check(LinkKind::Child, three, one, facts),
             (FieldErrors{{u"ticket_id"_s, u"would_create_cycle"_s}}));
    // 4 as parent of 3: 3 already has one.
    facts.otherLinks = {};
    facts.ancestorsOfOther = {};
    QCOMPARE(TicketLinkRules::check(LinkKind::Parent, three, four, facts),
             (FieldErrors{{u"ticket_id"_s, u"already_has_parent"_s}}));
    // 3 as parent of 4 is fine: a ticket may have many children.
    QVERIFY(TicketLinkRules::check(LinkKind::Child, three, four, facts).isEmpty());
    // The same from the other side: 4 takes 3's chain as its own ancestry check.
    TicketLinkRules::Facts fromFour;
    fromFour.otherLinks = {parentChild(2, 3)};
    fromFour.ancestorsOfOther = {2, 1};
    QVERIFY(TicketLinkRules::check(LinkKind::Parent, four, three, fromFour).isEmpty());
    QCOMPARE(TicketLinkRules::check(LinkKind::Child, four, three, fromFour),
             (FieldErrors{{u"ticket_id"_s, u"already_has_parent"_s}}));
    QCOMPARE(TicketLinkRules::check(LinkKind::Related, one, one, {}), (FieldErrors{{u"ticket_id"_s, u"same_ticket"_s}}));
    QCOMPARE(TicketLinkRules::check(LinkKind::Child, one, ticket(5, TicketType::Change), {}),
             (FieldErrors{{u"ticket_id"_s, u"other_type"_s}}));
    QVERIFY(TicketLinkRules::message({{u"ticket_id"_s, u"would_create_cycle"_s}}).contains(u"loop"_s));
}

void DomainTest::linkRules_problemIncident_needsOneOfEach()
{
    const Ticket problem = ticket(1, TicketType::Problem);
    const Ticket incident = ticket(2);
    const Ticket request = ticket(3, TicketType::ServiceRequest);
    QVERIFY(TicketLinkRules::check(LinkKind::CausedByProblem, incident, problem, {}).isEmpty());
    QVERIFY(TicketLinkRules::check(LinkKind::Incident, problem, incident, {}).isEmpty());
    QCOMPARE(TicketLinkRules::check(LinkKind::CausedByProblem, incident, request, {}),
             (FieldErrors{{u"ticket_id"_s, u"must_be_problem"_s}}));
    QCOMPARE(TicketLinkRules::check(LinkKind::Incident, problem, request, {}),
             (FieldErrors{{u"ticket_id"_s, u"must_be_incident"_s}}));
    QCOMPARE(TicketLinkRules::check(LinkKind::CausedByProblem, request, problem, {}),
             (FieldErrors{{u"kind"_s, u"not_for_this_type"_s}}));
    QCOMPARE(TicketLinkRules::check(LinkKind::Incident, incident, incident, {}),
             (FieldErrors{{u"ticket_id"_s, u"same_ticket"_s}}));
    // An incident has one cause.
    TicketLinkRules::Facts facts;
    facts.otherLinks = {{7, LinkType::ProblemIncident, 9, incident.id}};
    QCOMPARE(TicketLinkRules::check(LinkKind::Incident, problem, incident, facts),
             (FieldErrors{{u"ticket_id"_s, u"already_has_problem"_s}}));
    QCOMPARE(TicketLinkRules::kindsOffered(TicketType::Incident).contains(LinkKind::CausedByProblem), true);
    QCOMPARE(TicketLinkRules::kindsOffered(TicketType::Incident).contains(LinkKind::Incident), false);
    QCOMPARE(TicketLinkRules::kindsOffered(TicketType::Problem).contains(LinkKind::Incident), true);
    QCOMPARE(TicketLinkRules::kindsOffered(TicketType::ServiceRequest),
             (QList<LinkKind>{LinkKind::Parent, LinkKind::Child, LinkKind::Related}));
}

void DomainTest::linkRules_relatedOnceAndDuplicateOnlyByMerge()
{
    const Ticket a = ticket(1), b = ticket(2);
    TicketLinkRules::Facts facts;
    facts.selfLinks = {{3, LinkType::Related, 1, 2}};
    QCOMPARE(TicketLinkRules::check(LinkKind::Related, b, a, facts), (FieldErrors{{u"ticket_id"_s, u"already_linked"_s}}));
    QCOMPARE(TicketLinkRules::check(LinkKind::Child, b, a, facts), (FieldErrors{{u"ticket_id"_s, u"already_linked"_s}}));
    QCOMPARE(TicketLinkRules::check(LinkKind::DuplicateOf, a, ticket(5), {}), (FieldErrors{{u"kind"_s, u"set_by_merge"_s}}));
    FieldErrors errors;
    QVERIFY(!parseNewLink({{u"kind"_s, u"duplicate"_s}, {u"ticket_id"_s, 4}}, errors));
    QCOMPARE(errors.value(u"kind"_s), u"set_by_merge"_s);
    errors.clear();
    QVERIFY(!parseNewLink({{u"kind"_s, u"related"_s}, {u"ticket_id"_s, 1.5}}, errors));
    QCOMPARE(errors.value(u"ticket_id"_s), u"invalid"_s);
    errors.clear();
    const auto parsed = parseNewLink({{u"kind"_s, u"caused_by_problem"_s}, {u"ticket_id"_s, 12}}, errors);
    QVERIFY(parsed);
    QCOMPARE(parsed->kind, LinkKind::CausedByProblem);
    QCOMPARE(parsed->ticketId, 12);
    QVERIFY(!TicketLinkRules::isRemovable(LinkType::Duplicate));
    QVERIFY(TicketLinkRules::isRemovable(LinkType::Related));
}

void DomainTest::mergeRules_refuseSelfFinalMergedAndOtherType()
{
    const Ticket dup = ticket(1, TicketType::Incident, TicketStatus::InProgress);
    const Ticket target = ticket(2, TicketType::Incident, TicketStatus::Pending);
    QVERIFY(TicketMergeRules::check(dup, target, false).isEmpty());
    QCOMPARE(TicketMergeRules::check(dup, dup, false), (FieldErrors{{u"into"_s, u"same_ticket"_s}}));
    QCOMPARE(TicketMergeRules::check(dup, target, true), (FieldErrors{{u"ticket"_s, u"already_merged"_s}}));
    QCOMPARE(TicketMergeRules::check(dup, ticket(3, TicketType::Incident, TicketStatus::Closed), false),
             (FieldErrors{{u"into"_s, u"ticket_is_final"_s}}));
    QCOMPARE(TicketMergeRules::check(dup, ticket(3, TicketType::Incident, TicketStatus::Cancelled), false),
             (FieldErrors{{u"into"_s, u"ticket_is_final"_s}}));
    QCOMPARE(TicketMergeRules::check(ticket(4, TicketType::Incident, TicketStatus::Cancelled), target, false),
             (FieldErrors{{u"ticket"_s, u"ticket_is_final"_s}}));
    QCOMPARE(TicketMergeRules::check(dup, ticket(5, TicketType::Problem), false), (FieldErrors{{u"into"_s, u"other_type"_s}}));
    // A resolved target still takes a duplicate: it may yet be reopened.
    QVERIFY(TicketMergeRules::check(dup, ticket(6, TicketType::Incident, TicketStatus::Resolved), false).isEmpty());
    QVERIFY(TicketMergeRules::message({{u"into"_s, u"ticket_is_final"_s}}).contains(u"closed or cancelled"_s));
}

void DomainTest::mergeRules_duplicateIsClosedWhatTheWorkflowRequires()
{
    Ticket dup = ticket(1, TicketType::Incident, TicketStatus::Pending);
    dup.pendingReason = PendingReason::AwaitingUser;
    dup.assignee = UserRef{3, u"Alex"_s};
    const Ticket closed = TicketMergeRules::closedAsDuplicate(dup, ticket(2));
    QCOMPARE(closed.status, TicketStatus::Closed);
    QCOMPARE(closed.resolutionCode, std::optional(ResolutionCode::Duplicate));
    QVERIFY(!closed.pendingReason);
    QVERIFY(closed.resolutionNotes.contains(u"INC-000002"_s));
    // What a closed ticket must carry, it carries; and closed is final: no second merge.
    TicketWorkflow::Facts facts{closed.assignee.has_value(), closed.pendingReason, closed.resolutionCode,
                                closed.resolutionNotes};
    QVERIFY(TicketWorkflow::requirementsOf(TicketStatus::Closed, facts).isEmpty());
    QVERIFY(TicketWorkflow::nextStatuses(closed.status).isEmpty());
    // The path it stands for is the workflow's own: open → resolved → closed.
    QVERIFY(TicketWorkflow::canMove(dup.status, TicketStatus::Resolved));
    QVERIFY(TicketWorkflow::canMove(TicketStatus::Resolved, TicketStatus::Closed));

    FieldErrors errors;
    const auto request = parseMergeRequest({{u"into"_s, 2}, {u"note"_s, u"  same laptop  "_s}}, errors);
    QVERIFY(request);
    QCOMPARE(request->into, 2);
    QCOMPARE(request->note, u"same laptop"_s);
    QVERIFY(!parseMergeRequest({{u"note"_s, QString(MergeRequest::noteMax + 1, u'x')}}, errors));
    QCOMPARE(errors.value(u"into"_s), u"required"_s);
    QCOMPARE(errors.value(u"note"_s), u"too_long"_s);
}

void DomainTest::linkedTicketJson_roundTrips()
{
    LinkedTicket link;
    link.linkId = 4;
    link.kind = LinkKind::CausedByProblem;
    link.ticketId = 9;
    link.number = u"PRB-000009"_s;
    link.title = u"Recurring VPN drops"_s;
    link.type = TicketType::Problem;
    link.status = TicketStatus::InProgress;
    link.createdAt = QDateTime::fromMSecsSinceEpoch(1767225600123, QTimeZone::UTC);
    link.createdBy = UserRef{3, u"Alex"_s};
    const auto back = LinkedTicket::fromJson(link.toJson());
    QVERIFY(back);
    QCOMPARE(back->kind, link.kind);
    QCOMPARE(back->number, link.number);
    QCOMPARE(back->status, link.status);
    QCOMPARE(back->type, link.type);
    QCOMPARE(back->createdAt, link.createdAt);
    QCOMPARE(back->createdBy->name, u"Alex"_s);
    QJsonObject broken = link.toJson();
    broken.insert(u"kind"_s, u"cousin"_s);
    QVERIFY(!LinkedTicket::fromJson(broken));
}
