// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketLink.h"

#include "WireNames.h"

#include <QStringList>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

constexpr std::pair<LinkType, const char *> typeNames[] = {
    {LinkType::ParentChild, "parent_child"},
    {LinkType::Related, "related"},
    {LinkType::ProblemIncident, "problem_incident"},
    {LinkType::Duplicate, "duplicate"},
};

constexpr std::pair<LinkKind, const char *> kindNames[] = {
    {LinkKind::Parent, "parent"},
    {LinkKind::Child, "child"},
    {LinkKind::CausedByProblem, "caused_by_problem"},
    {LinkKind::Incident, "incident"},
    {LinkKind::Related, "related"},
    {LinkKind::DuplicateOf, "duplicate_of"},
    {LinkKind::Duplicate, "duplicate"},
};

const QString ticketIdField = u"ticket_id"_s;
const QString kindField = u"kind"_s;

bool hasParent(qint64 ticketId, const QList<TicketLink> &links)
{
    return std::any_of(links.cbegin(), links.cend(), [ticketId](const TicketLink &link) {
        return link.type == LinkType::ParentChild && link.targetId == ticketId;
    });
}

bool hasProblem(qint64 ticketId, const QList<TicketLink> &links)
{
    return std::any_of(links.cbegin(), links.cend(), [ticketId](const TicketLink &link) {
        return link.type == LinkType::ProblemIncident && link.targetId == ticketId;
    });
}

bool isFinal(TicketStatus status)
{
    return status == TicketStatus::Closed || status == TicketStatus::Cancelled;
}

} // namespace

QString linkTypeName(LinkType type) { return wireName(typeNames, type); }
std::optional<LinkType> linkTypeFromName(QStringView name) { return fromWireName(typeNames, name); }
QString linkKindName(LinkKind kind) { return wireName(kindNames, kind); }
std::optional<LinkKind> linkKindFromName(QStringView name) { return fromWireName(kindNames, name); }

QList<LinkKind> linkKindsInOrder()
{
    QList<LinkKind> kinds;
    for (const auto &entry : kindNames)
        kinds << entry.first;
    return kinds;
}

LinkKind linkKindFor(LinkType type, bool seenFromSource)
{
    switch (type) {
    case LinkType::ParentChild: return seenFromSource ? LinkKind::Child : LinkKind::Parent;
    case LinkType::Related: return LinkKind::Related;
    case LinkType::ProblemIncident: return seenFromSource ? LinkKind::Incident : LinkKind::CausedByProblem;
    case LinkType::Duplicate: return seenFromSource ? LinkKind::DuplicateOf : LinkKind::Duplicate;
    }
    return LinkKind::Related;
}

QJsonObject LinkedTicket::toJson() const
{
    QJsonValue creator = QJsonValue::Null;
    if (createdBy)
        creator = QJsonObject{{u"id"_s, createdBy->id}, {u"name"_s, createdBy->name}};
    return {
        {u"id"_s, linkId},
        {u"kind"_s, linkKindName(kind)},
        {u"ticket"_s, QJsonObject{{u"id"_s, ticketId},
                                  {u"number"_s, number},
                                  {u"title"_s, title},
                                  {u"type"_s, ticketTypeName(type)},
                                  {u"status"_s, ticketStatusName(status)}}},
        {u"created_at"_s, toWireTime(createdAt)},
        {u"created_by"_s, creator},
    };
}

std::optional<LinkedTicket> LinkedTicket::fromJson(const QJsonObject &json)
{
    const QJsonObject ticket = json.value(u"ticket"_s).toObject();
    const auto kind = linkKindFromName(json.value(u"kind"_s).toString());
    const auto type = ticketTypeFromName(ticket.value(u"type"_s).toString());
    const auto status = ticketStatusFromName(ticket.value(u"status"_s).toString());
    LinkedTicket link;
    link.linkId = json.value(u"id"_s).toInteger();
    link.ticketId = ticket.value(u"id"_s).toInteger();
    if (!kind || !type || !status || link.linkId <= 0 || link.ticketId <= 0)
        return std::nullopt;
    link.kind = *kind;
    link.type = *type;
    link.status = *status;
    link.number = ticket.value(u"number"_s).toString();
    link.title = ticket.value(u"title"_s).toString();
    link.createdAt = fromWireTime(json.value(u"created_at"_s).toString());
    const QJsonObject creator = json.value(u"created_by"_s).toObject();
    if (!creator.isEmpty())
        link.createdBy = UserRef{creator.value(u"id"_s).toInteger(), creator.value(u"name"_s).toString()};
    return link;
}

std::optional<NewLink> parseNewLink(const QJsonObject &json, FieldErrors &errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != kindField && it.key() != ticketIdField)
            errors.insert(it.key(), u"unknown_field"_s);
    }
    NewLink link;
    const QJsonValue kind = json.value(kindField);
    const auto parsedKind = linkKindFromName(kind.toString());
    if (kind.isUndefined() || kind.isNull())
        errors.insert(kindField, u"required"_s);
    else if (!parsedKind)
        errors.insert(kindField, u"invalid"_s);
    else if (*parsedKind == LinkKind::DuplicateOf || *parsedKind == LinkKind::Duplicate)
        errors.insert(kindField, u"set_by_merge"_s);
    else
        link.kind = *parsedKind;
    const QJsonValue id = json.value(ticketIdField);
    if (id.isUndefined() || id.isNull())
        errors.insert(ticketIdField, u"required"_s);
    else if (!id.isDouble() || id.toDouble() != double(id.toInteger()) || id.toInteger() <= 0)
        errors.insert(ticketIdField, u"invalid"_s);
    else
        link.ticketId = id.toInteger();
    if (!errors.isEmpty())
        return std::nullopt;
    return link;
}

QList<LinkKind> TicketLinkRules::kindsOffered(TicketType type)
{
    QList<LinkKind> kinds{LinkKind::Parent, LinkKind::Child};
    if (type == TicketType::Incident)
        kinds << LinkKind::CausedByProblem;
    if (type == TicketType::Problem)
        kinds << LinkKind::Incident;
    kinds << LinkKind::Related;
    return kinds;
}

TicketLink TicketLinkRules::orient(LinkKind kind, qint64 selfId, qint64 otherId)
{
    switch (kind) {
    case LinkKind::Parent: return {0, LinkType::ParentChild, otherId, selfId};
    case LinkKind::Child: return {0, LinkType::ParentChild, selfId, otherId};
    case LinkKind::Related: return {0, LinkType::Related, std::min(selfId, otherId), std::max(selfId, otherId)};
    case LinkKind::CausedByProblem: return {0, LinkType::ProblemIncident, otherId, selfId};
    case LinkKind::Incident: return {0, LinkType::ProblemIncident, selfId, otherId};
    case LinkKind::DuplicateOf: return {0, LinkType::Duplicate, selfId, otherId};
    case LinkKind::Duplicate: return {0, LinkType::Duplicate, otherId, selfId};
    }
    return {};
}

FieldErrors TicketLinkRules::check(LinkKind kind, const Ticket &self, const Ticket &other, const Facts &facts)
{
    if (kind == LinkKind::DuplicateOf || kind == LinkKind::Duplicate)
        return {{kindField, u"set_by_merge"_s}};
    if (self.id == other.id)
        return {{ticketIdField, u"same_ticket"_s}};
    // One link per pair: a child is not also "related", a duplicate not also a child.
    if (std::any_of(facts.selfLinks.cbegin(), facts.selfLinks.cend(),
                    [&](const TicketLink &link) { return link.touches(other.id); }))
        return {{ticketIdField, u"already_linked"_s}};

    switch (kind) {
    case LinkKind::Parent:
    case LinkKind::Child: {
        const bool otherIsParent = kind == LinkKind::Parent;
        const Ticket &parent = otherIsParent ? other : self;
        const Ticket &child = otherIsParent ? self : other;
        // A major incident gathers incidents, a problem problems: children share the type.
        if (parent.type != child.type)
            return {{ticketIdField, u"other_type"_s}};
        if (hasParent(child.id, otherIsParent ? facts.selfLinks : facts.otherLinks))
            return {{ticketIdField, u"already_has_parent"_s}};
        // Each ticket has at most one parent, so its ancestors are a chain: the link closes a
        // loop exactly when the child is somewhere up the parent's chain.
        const QList<qint64> &ancestors = otherIsParent ? facts.ancestorsOfOther : facts.ancestorsOfSelf;
        if (ancestors.contains(child.id))
            return {{ticketIdField, u"would_create_cycle"_s}};
        return {};
    }
    case LinkKind::CausedByProblem:
        if (self.type != TicketType::Incident)
            return {{kindField, u"not_for_this_type"_s}};
        if (other.type != TicketType::Problem)
            return {{ticketIdField, u"must_be_problem"_s}};
        if (hasProblem(self.id, facts.selfLinks))
            return {{ticketIdField, u"already_has_problem"_s}};
        return {};
    case LinkKind::Incident:
        if (self.type != TicketType::Problem)
            return {{kindField, u"not_for_this_type"_s}};
        if (other.type != TicketType::Incident)
            return {{ticketIdField, u"must_be_incident"_s}};
        if (hasProblem(other.id, facts.otherLinks))
            return {{ticketIdField, u"already_has_problem"_s}};
        return {};
    case LinkKind::Related:
    case LinkKind::DuplicateOf:
    case LinkKind::Duplicate:
        return {};
    }
    return {};
}

QString TicketLinkRules::message(const FieldErrors &errors)
{
    static const QHash<QString, QString> sentences{
        {u"set_by_merge"_s, u"Duplicate links are made by merging a ticket, not by hand."_s},
        {u"same_ticket"_s, u"A ticket cannot be linked to itself."_s},
        {u"already_linked"_s, u"These two tickets are already linked."_s},
        {u"other_type"_s, u"A parent and its children must be tickets of the same type."_s},
        {u"already_has_parent"_s, u"The child ticket already has a parent; a ticket has at most one."_s},
        {u"would_create_cycle"_s, u"The child ticket is already above the parent: the link would make a loop."_s},
        {u"not_for_this_type"_s, u"This kind of link does not fit a ticket of this type."_s},
        {u"must_be_problem"_s, u"The other ticket must be a problem."_s},
        {u"must_be_incident"_s, u"The other ticket must be an incident."_s},
        {u"already_has_problem"_s, u"The incident is already linked to a problem; an incident has one cause."_s},
    };
    QStringList text;
    for (const QString &code : errors)
        text << sentences.value(code);
    text.removeAll(QString());
    return text.isEmpty() ? u"Some fields are missing or invalid."_s : text.join(u' ');
}

FieldErrors TicketMergeRules::check(const Ticket &duplicate, const Ticket &target, bool duplicateAlreadyMerged)
{
    if (duplicate.id == target.id)
        return {{u"into"_s, u"same_ticket"_s}};
    if (duplicateAlreadyMerged)
        return {{u"ticket"_s, u"already_merged"_s}};
    if (isFinal(duplicate.status))
        return {{u"ticket"_s, u"ticket_is_final"_s}};
    if (isFinal(target.status))
        return {{u"into"_s, u"ticket_is_final"_s}};
    // An incident is not the duplicate of a problem: that is a problem ↔ incident link.
    if (duplicate.type != target.type)
        return {{u"into"_s, u"other_type"_s}};
    return {};
}

Ticket TicketMergeRules::closedAsDuplicate(const Ticket &duplicate, const Ticket &target)
{
    // Closed rather than resolved. Resolved waits for the requester to confirm and may be
    // reopened; a merged ticket has nothing left to confirm or reopen: its conversation now
    // lives on the target, where the work (and any reopening) carries on, and a reopened
    // duplicate would be an empty shell beside it. Closed is final, which is also what makes
    // a second merge of the same ticket impossible. The workflow allows this path: every
    // open status may move to resolved, and resolved to closed; the merge takes both steps
    // at once and records them as one change.
    Q_ASSERT(TicketWorkflow::canMove(duplicate.status, TicketStatus::Resolved));
    Q_ASSERT(TicketWorkflow::canMove(TicketStatus::Resolved, TicketStatus::Closed));
    Ticket closed = duplicate;
    closed.status = TicketStatus::Closed;
    closed.pendingReason.reset();
    closed.resolutionCode = ResolutionCode::Duplicate;
    closed.resolutionNotes = u"Duplicate of %1; its conversation continues there."_s.arg(target.number);
    return closed;
}

QString TicketMergeRules::message(const FieldErrors &errors)
{
    static const QHash<QString, QString> sentences{
        {u"same_ticket"_s, u"A ticket cannot be merged into itself."_s},
        {u"already_merged"_s, u"This ticket has already been merged into another one."_s},
        {u"other_type"_s, u"A ticket can only be merged into a ticket of the same type."_s},
    };
    QStringList text;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (it.value() == u"ticket_is_final"_s)
            text << (it.key() == u"into"_s ? u"The ticket to merge into is closed or cancelled."_s
                                           : u"A closed or cancelled ticket cannot be merged."_s);
        else
            text << sentences.value(it.value());
    }
    text.removeAll(QString());
    return text.isEmpty() ? u"Some fields are missing or invalid."_s : text.join(u' ');
}

std::optional<MergeRequest> parseMergeRequest(const QJsonObject &json, FieldErrors &errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != u"into"_s && it.key() != u"note"_s)
            errors.insert(it.key(), u"unknown_field"_s);
    }
    MergeRequest request;
    const QJsonValue into = json.value(u"into"_s);
    if (into.isUndefined() || into.isNull())
        errors.insert(u"into"_s, u"required"_s);
    else if (!into.isDouble() || into.toDouble() != double(into.toInteger()) || into.toInteger() <= 0)
        errors.insert(u"into"_s, u"invalid"_s);
    else
        request.into = into.toInteger();
    const QJsonValue note = json.value(u"note"_s);
    if (!note.isUndefined() && !note.isNull()) {
        if (!note.isString())
            errors.insert(u"note"_s, u"must_be_text"_s);
        else if (note.toString().size() > MergeRequest::noteMax)
            errors.insert(u"note"_s, u"too_long"_s);
        else
            request.note = note.toString().trimmed();
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return request;
}

} // namespace Helpline
