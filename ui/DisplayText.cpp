// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include <QLocale>

namespace Helpline {

using namespace Qt::StringLiterals;

QString DisplayText::statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New: return tr("New");
    case TicketStatus::Assigned: return tr("Assigned");
    case TicketStatus::InProgress: return tr("In progress");
    case TicketStatus::Pending: return tr("Pending");
    case TicketStatus::Resolved: return tr("Resolved");
    case TicketStatus::Closed: return tr("Closed");
    case TicketStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString DisplayText::typeText(TicketType type)
{
    switch (type) {
    case TicketType::Incident: return tr("Incident");
    case TicketType::ServiceRequest: return tr("Service request");
    case TicketType::Problem: return tr("Problem");
    case TicketType::Change: return tr("Change");
    }
    return {};
}

QString DisplayText::priorityText(Priority priority)
{
    switch (priority) {
    case Priority::P1: return tr("P1 Critical");
    case Priority::P2: return tr("P2 High");
    case Priority::P3: return tr("P3 Medium");
    case Priority::P4: return tr("P4 Low");
    }
    return {};
}

QString DisplayText::roleText(Role role)
{
    switch (role) {
    case Role::Analyst: return tr("Analyst");
    case Role::Senior: return tr("Senior analyst");
    case Role::RoomStaff: return tr("Room and event staff");
    case Role::Admin: return tr("Administrator");
    }
    return {};
}

QString DisplayText::pendingReasonText(PendingReason reason)
{
    switch (reason) {
    case PendingReason::AwaitingUser: return tr("Awaiting the requester");
    case PendingReason::AwaitingVendor: return tr("Awaiting a vendor");
    case PendingReason::AwaitingChange: return tr("Awaiting a change");
    }
    return {};
}

QString DisplayText::resolutionCodeText(ResolutionCode code)
{
    switch (code) {
    case ResolutionCode::Fixed: return tr("Fixed");
    case ResolutionCode::Workaround: return tr("Workaround provided");
    case ResolutionCode::UserInstructed: return tr("User instructed");
    case ResolutionCode::NoFaultFound: return tr("No fault found");
    case ResolutionCode::Duplicate: return tr("Duplicate");
    case ResolutionCode::NotReproducible: return tr("Could not reproduce");
    }
    return {};
}

QString DisplayText::impactText(int level)
{
    switch (level) {
    case 1: return tr("1 – Organisation or site");
    case 2: return tr("2 – Department or group");
    case 3: return tr("3 – One person");
    }
    return QString::number(level);
}

QString DisplayText::urgencyText(int level)
{
    switch (level) {
    case 1: return tr("1 – Work has stopped");
    case 2: return tr("2 – Work is impaired");
    case 3: return tr("3 – Can wait");
    }
    return QString::number(level);
}

QString DisplayText::fieldErrorText(const QString &code)
{
    if (code == u"required"_s)
        return tr("required");
    if (code == u"too_long"_s)
        return tr("too long");
    if (code == u"invalid"_s)
        return tr("not valid");
    if (code == u"transition_not_allowed"_s)
        return tr("this step is not allowed from the ticket's status");
    if (code == u"ticket_is_final"_s)
        return tr("the ticket is closed or cancelled");
    if (code == u"not_an_analyst"_s)
        return tr("can only be an analyst");
    if (code == u"must_be_1_to_3"_s)
        return tr("must be 1, 2 or 3");
    if (code == u"must_be_empty_when_new"_s)
        return tr("must be empty for a new ticket");
    if (code == u"must_be_text"_s)
        return tr("must be text");
    if (code == u"read_only"_s)
        return tr("cannot be changed");
    if (code == u"unknown_field"_s)
        return tr("is not a field of this item");
    if (code == u"no_changes"_s)
        return tr("nothing was changed");
    return tr("not accepted");
}

QString DisplayText::viewName(const QString &key)
{
    if (key == u"my_open"_s)
        return tr("My open tickets");
    if (key == u"my_group"_s)
        return tr("My group");
    if (key == u"unassigned"_s)
        return tr("Unassigned");
    if (key == u"pending"_s)
        return tr("Pending");
    if (key == u"all"_s)
        return tr("All tickets");
    return key;
}

QString DisplayText::fieldErrorsText(const FieldErrors &fields)
{
    QStringList parts;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        parts << tr("%1: %2").arg(fieldText(it.key()), fieldErrorText(it.value()));
    return parts.join(u"; "_s);
}

QString DisplayText::fieldText(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("impact"), QT_TR_NOOP("Impact")},
        {QStringLiteral("urgency"), QT_TR_NOOP("Urgency")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Assignee")},
        {QStringLiteral("group"), QT_TR_NOOP("Group")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("requester"), QT_TR_NOOP("Requester")},
        {QStringLiteral("pending_reason"), QT_TR_NOOP("Waiting for")},
        {QStringLiteral("resolution_code"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("resolution_notes"), QT_TR_NOOP("Resolution notes")},
        {QStringLiteral("reopen_count"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("assignee_id"), QT_TR_NOOP("Assignee")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("visibility"), QT_TR_NOOP("Reply or note")},
        {QStringLiteral("requester.name"), QT_TR_NOOP("Requester's name")},
        {QStringLiteral("requester.email"), QT_TR_NOOP("Requester's email")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(*it);
}

QColor DisplayText::priorityColor(Priority priority)
{
    switch (priority) {
    case Priority::P1: return QColor(0xc6, 0x28, 0x28);
    case Priority::P2: return QColor(0xe6, 0x5c, 0x00);
    default: return {};
    }
}

QString DisplayText::timeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace Helpline
