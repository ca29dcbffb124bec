// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Ticket.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Helpline {

// How two tickets belong together, as stored: one row per pair, oriented one way.
//
//   parent_child      source = the parent (a major incident, say), target = one child
//   related           symmetric; source is the smaller id, so a pair has one spelling
//   problem_incident  source = the problem, target = an incident it caused
//   duplicate         source = the duplicate, target = the ticket it was merged into
enum class LinkType { ParentChild, Related, ProblemIncident, Duplicate };
QString linkTypeName(LinkType type); // "parent_child", "related", ...
std::optional<LinkType> linkTypeFromName(QStringView name);

// The same link seen from one of its two tickets: what the other ticket is to this one.
// "parent": the other is this ticket's parent; "child": the other is one of its children;
// "caused_by_problem": the other is the problem behind this incident; "incident": the other
// is an incident this problem caused; "duplicate_of": this ticket was merged into the other;
// "duplicate": the other was merged into this one.
enum class LinkKind { Parent, Child, Related, CausedByProblem, Incident, DuplicateOf, Duplicate };
QString linkKindName(LinkKind kind);
std::optional<LinkKind> linkKindFromName(QStringView name);
QList<LinkKind> linkKindsInOrder(); // the order a ticket's links are shown in

LinkKind linkKindFor(LinkType type, bool seenFromSource);

// A stored link between two tickets.
struct TicketLink
{
    qint64 id = 0;
    LinkType type = LinkType::Related;
    qint64 sourceId = 0;
    qint64 targetId = 0;

    bool touches(qint64 ticketId) const { return sourceId == ticketId || targetId == ticketId; }
    qint64 otherThan(qint64 ticketId) const { return sourceId == ticketId ? targetId : sourceId; }
    LinkKind kindFor(qint64 ticketId) const { return linkKindFor(type, sourceId == ticketId); }
};

// A link as GET /tickets/{id}/links lists it: the kind from this ticket's point of view and
// enough of the other ticket to show it and open it.
struct LinkedTicket
{
    qint64 linkId = 0;
    LinkKind kind = LinkKind::Related;
    qint64 ticketId = 0;
    QString number;
    QString title;
    TicketType type = TicketType::Incident;
    TicketStatus status = TicketStatus::New;
    QDateTime createdAt;
    std::optional<UserRef> createdBy;

    QJsonObject toJson() const;
    static std::optional<LinkedTicket> fromJson(const QJsonObject &json);
};

// What POST /tickets/{id}/links asks for.
struct NewLink
{
    LinkKind kind = LinkKind::Related;
    qint64 ticketId = 0;
};
// Reads the body; every problem is reported. duplicate_of and duplicate are refused here:
// only a merge sets them.
std::optional<NewLink> parseNewLink(const QJsonObject &json, FieldErrors &errors);

// The rules of links, in one place: the server enforces them, the client offers only what
// they allow. Each refusal is a field error ("ticket_id" or "kind") with a code, and
// message() says it in a sentence.
class TicketLinkRules
{
public:
    // What the store knows around the two tickets.
    struct Facts
    {
        QList<TicketLink> selfLinks;    // every link touching this ticket
        QList<TicketLink> otherLinks;   // every link touching the other ticket
        QList<qint64> ancestorsOfSelf;  // this ticket's parent, its parent, ... (nearest first)
        QList<qint64> ancestorsOfOther; // the same for the other ticket
    };

    // The kinds an analyst may create on a ticket of this type.
    static QList<LinkKind> kindsOffered(TicketType type);
    // Whether `kind` may link `self` to `other`. Empty: allowed.
    static FieldErrors check(LinkKind kind, const Ticket &self, const Ticket &other, const Facts &facts);
    // The stored row for `kind` from `selfId` to `otherId`.
    static TicketLink orient(LinkKind kind, qint64 selfId, qint64 otherId);
    // Whether a link of this type may be removed again (a merge may not be undone so).
    static bool isRemovable(LinkType type) { return type != LinkType::Duplicate; }

    static QString message(const FieldErrors &errors);
};

// The rules of POST /tickets/{id}/merge: `duplicate` closes as a duplicate of `target` and
// its conversation moves there.
class TicketMergeRules
{
public:
    // `duplicateAlreadyMerged`: the duplicate already has a duplicate_of link.
    static FieldErrors check(const Ticket &duplicate, const Ticket &target, bool duplicateAlreadyMerged);
    // The duplicate as the merge leaves it (status, resolution); see the .cpp for why closed.
    static Ticket closedAsDuplicate(const Ticket &duplicate, const Ticket &target);
    static QString message(const FieldErrors &errors);
};

struct MergeRequest
{
    qint64 into = 0;
    QString note; // optional, markdown; added to the target's merge note
    static constexpr qsizetype noteMax = 4000;
};
std::optional<MergeRequest> parseMergeRequest(const QJsonObject &json, FieldErrors &errors);

} // namespace Helpline
