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

QString DisplayText::channelText(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Phone: return tr("Phone");
    case ContactChannel::Email: return tr("Email");
    case ContactChannel::Web: return tr("Web form");
    case ContactChannel::Chat: return tr("Chat");
    case ContactChannel::WalkIn: return tr("Walk-in");
    }
    return {};
}

QString DisplayText::tierText(SupportTier tier)
{
    switch (tier) {
    case SupportTier::L1: return tr("L1 – Service desk");
    case SupportTier::L2: return tr("L2 – Specialists");
    case SupportTier::L3: return tr("L3 – Engineering and vendors");
    }
    return {};
}

QString DisplayText::impactChoiceText(int level)
{
    switch (level) {
    case 1: return tr("High – organisation or site");
    case 2: return tr("Medium – department or group");
    case 3: return tr("Low – one person");
    }
    return QString::number(level);
}

QString DisplayText::urgencyChoiceText(int level)
{
    switch (level) {
    case 1: return tr("High – work has stopped");
    case 2: return tr("Medium – work is impaired");
    case 3: return tr("Low – can wait");
    }
    return QString::number(level);
}

QString DisplayText::importFileErrorText(const QString &code)
{
    const QString kind = code.section(u':', 0, 0);
    const QString detail = code.section(u':', 1);
    if (kind == u"empty"_s)
        return tr("The file is empty.");
    if (kind == u"no_rows"_s)
        return tr("The file names its columns but has no rows of people.");
    if (kind == u"missing_column"_s) {
        if (detail == u"name"_s)
            return tr("The file has no name column. The first row must name the columns: "
                      "name (or first name and last name), email, department, location, manager email.");
        return tr("The file has no %1 column. The first row must name the columns: "
                  "name, email, department, location, manager email.")
            .arg(detail == u"email"_s ? tr("email") : detail);
    }
    if (kind == u"unterminated_quote"_s)
        return tr("A quoted value that starts on line %1 is never closed, so the rest of the file cannot be read.")
            .arg(detail);
    if (kind == u"text_after_quote"_s)
        return tr("Line %1 has text after a closing quote; a quote inside a value must be doubled (\"\").")
            .arg(detail);
    if (kind == u"too_many_rows"_s)
        return tr("The file has more rows than one import takes (50,000); split it into smaller files.");
    if (kind == u"not_utf8"_s)
        return tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\" and choose it again.");
    if (kind == u"rows_invalid"_s)
        return tr("Some rows have errors, so nothing was imported.");
    return tr("The file cannot be read (%1).").arg(code);
}

QString DisplayText::importCellErrorText(const QString &column, const QString &code)
{
    if (code == u"required"_s)
        return column == u"email"_s ? tr("Every person needs an email address.") : tr("Every person needs a name.");
    if (code == u"too_long"_s)
        return tr("Too long.");
    if (code == u"invalid"_s)
        return tr("Not a valid email address.");
    if (code == u"duplicate"_s)
        return tr("This email address is already on an earlier line of the file.");
    if (code == u"unknown_manager"_s)
        return tr("No one with this email address is in the file or the directory.");
    if (code == u"self"_s)
        return tr("A person cannot be their own manager.");
    return fieldErrorText(code);
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
