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

QString DisplayText::linkKindText(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Parent: return tr("Parent");
    case LinkKind::Child: return tr("Children");
    case LinkKind::CausedByProblem: return tr("Caused by problem");
    case LinkKind::Incident: return tr("Incidents");
    case LinkKind::Related: return tr("Related");
    case LinkKind::DuplicateOf: return tr("Duplicate of");
    case LinkKind::Duplicate: return tr("Merged duplicates");
    }
    return {};
}

QString DisplayText::linkKindChoiceText(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Parent: return tr("Parent – this ticket is part of the other one");
    case LinkKind::Child: return tr("Child – the other ticket is part of this one");
    case LinkKind::CausedByProblem: return tr("Caused by problem – the other ticket is the problem behind this one");
    case LinkKind::Incident: return tr("Incident – the other ticket is an incident this problem causes");
    case LinkKind::Related: return tr("Related");
    case LinkKind::DuplicateOf: return tr("Duplicate of");
    case LinkKind::Duplicate: return tr("Merged duplicate");
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
    if (code == u"not_a_ticket_worker"_s)
        return tr("does not work tickets, so cannot watch one");
    if (code == u"not_an_analyst"_s)
        return tr("can only be an analyst");
    if (code == u"too_short"_s)
        return tr("too short");
    if (code == u"no_higher_tier"_s)
        return tr("the ticket is already at the highest tier");
    if (code == u"not_higher"_s)
        return tr("an escalation cannot go to a lower tier");
    if (code == u"no_change"_s)
        return tr("this would not change anything");
    if (code == u"ticket_not_open"_s)
        return tr("the ticket is no longer open");
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
    if (code == u"unknown_placeholder"_s)
        return tr("uses a placeholder that does not exist");
    if (code == u"taken"_s)
        return tr("is already used by another one");
    if (code == u"unknown"_s)
        return tr("is not in the list the administrator keeps");
    if (code == u"retired"_s)
        return tr("has been retired; choose another one");
    if (code == u"not_in_category"_s)
        return tr("does not belong to the chosen category");
    if (code == u"must_be_boolean"_s)
        return tr("must be yes or no");
    if (code == u"must_be_list"_s)
        return tr("must be a list");
    if (code == u"only_with_pending"_s)
        return tr("only goes with the status Pending");
    if (code == u"must_be_object"_s)
        return tr("is not in the expected form");
    if (code == u"must_be_1_to_1440"_s)
        return tr("must be 1 to 1440 minutes");
    if (code == u"in_future"_s)
        return tr("cannot be in the future");
    if (code == u"same_ticket"_s)
        return tr("is this ticket itself");
    if (code == u"already_linked"_s)
        return tr("is already linked to this ticket");
    if (code == u"other_type"_s)
        return tr("is a ticket of another type");
    if (code == u"already_has_parent"_s)
        return tr("the child already has a parent; a ticket has at most one");
    if (code == u"would_create_cycle"_s)
        return tr("the child is already above the parent: the link would make a loop");
    if (code == u"not_for_this_type"_s)
        return tr("does not fit a ticket of this type");
    if (code == u"must_be_problem"_s)
        return tr("must be a problem");
    if (code == u"must_be_incident"_s)
        return tr("must be an incident");
    if (code == u"already_has_problem"_s)
        return tr("the incident is already linked to a problem");
    if (code == u"set_by_merge"_s)
        return tr("only a merge makes or keeps this link");
    if (code == u"not_found"_s)
        return tr("no such ticket");
    if (code == u"already_merged"_s)
        return tr("has already been merged into another ticket");
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
    if (key == u"watching"_s)
        return tr("Watching");
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
        {QStringLiteral("subcategory"), QT_TR_NOOP("Subcategory")},
        {QStringLiteral("tier"), QT_TR_NOOP("Tier")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("priority_reason"), QT_TR_NOOP("Reason for the priority")},
        {QStringLiteral("to_tier"), QT_TR_NOOP("To tier")},
        {QStringLiteral("to_group"), QT_TR_NOOP("To group")},
        {QStringLiteral("requester"), QT_TR_NOOP("Requester")},
        {QStringLiteral("pending_reason"), QT_TR_NOOP("Waiting for")},
        {QStringLiteral("resolution_code"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("resolution_notes"), QT_TR_NOOP("Resolution notes")},
        {QStringLiteral("reopen_count"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("assignee_id"), QT_TR_NOOP("Assignee")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("visibility"), QT_TR_NOOP("Reply or note")},
        {QStringLiteral("ticket_id"), QT_TR_NOOP("Other ticket")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind of link")},
        {QStringLiteral("into"), QT_TR_NOOP("Ticket to keep")},
        {QStringLiteral("ticket"), QT_TR_NOOP("This ticket")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("requester.name"), QT_TR_NOOP("Requester's name")},
        {QStringLiteral("requester.email"), QT_TR_NOOP("Requester's email")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("changes"), QT_TR_NOOP("Field changes")},
        {QStringLiteral("changes.status"), QT_TR_NOOP("Sets status")},
        {QStringLiteral("changes.pending_reason"), QT_TR_NOOP("Sets waiting for")},
        {QStringLiteral("changes.group"), QT_TR_NOOP("Sets group")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("worked_at"), QT_TR_NOOP("Worked at")},
        {QStringLiteral("user_ids"), QT_TR_NOOP("Members")},
        {QStringLiteral("active"), QT_TR_NOOP("In use")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
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

QString DisplayText::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString DisplayText::durationText(qint64 minutes)
{
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayText::timeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayText::measuresText(const Ticket &ticket)
{
    QStringList parts;
    const auto minutesBetween = [](const QDateTime &from, const QDateTime &to) {
        return std::max<qint64>(0, from.secsTo(to) / 60);
    };
    parts << (ticket.firstResponseAt.isValid()
                  ? tr("first response after %1").arg(durationText(minutesBetween(ticket.createdAt, ticket.firstResponseAt)))
                  : tr("no reply to the requester yet"));
    if (ticket.resolvedAt.isValid())
        parts << tr("resolved after %1").arg(durationText(minutesBetween(ticket.createdAt, ticket.resolvedAt)));
    if (const auto fcr = ticket.firstContactResolution())
        parts << (*fcr ? tr("first contact resolution") : tr("not a first contact resolution"));
    if (ticket.reopenCount > 0)
        parts << tr("reopened %n time(s)", nullptr, ticket.reopenCount);
    if (ticket.escalationCount > 0)
        parts << tr("escalated %n time(s)", nullptr, ticket.escalationCount);
    if (ticket.reassignmentCount > 0)
        parts << tr("handed over %n time(s)", nullptr, ticket.reassignmentCount);
    return parts.join(u"  ·  "_s);
}

QString DisplayText::escalationPathText(const QList<EscalationStep> &steps, SupportTier current)
{
    if (steps.isEmpty())
        return tr("%1, not escalated").arg(supportTierName(current));
    QStringList path{supportTierName(steps.constFirst().fromTier)};
    for (const EscalationStep &step : steps) {
        const bool groupChanged = step.toGroup != step.fromGroup && !step.toGroup.isEmpty();
        path << (groupChanged ? u"%1 (%2)"_s.arg(supportTierName(step.toTier), step.toGroup)
                              : supportTierName(step.toTier));
    }
    return path.join(u" → "_s);
}

QString DisplayText::escalationNotesText(const QList<EscalationStep> &steps)
{
    QStringList lines;
    for (const EscalationStep &step : steps)
        lines << tr("%1 → %2 by %3, %4: %5")
                     .arg(supportTierName(step.fromTier), supportTierName(step.toTier), step.by.name,
                          timeText(step.at), step.note);
    return lines.join(u"\n"_s);
}

QString DisplayText::personText(const Person &person)
{
    QStringList parts;
    if (!person.department.isEmpty())
        parts << person.department;
    if (!person.location.isEmpty())
        parts << person.location;
    if (person.managerId)
        parts << tr("manager %1").arg(person.managerName);
    if (!person.active)
        parts << tr("no longer active");
    return parts.isEmpty() ? tr("No details in the directory.") : parts.join(u"  ·  "_s);
}

QString DisplayText::assetCategoryText(AssetCategory category)
{
    switch (category) {
    case AssetCategory::Laptop: return tr("Laptop");
    case AssetCategory::Desktop: return tr("Desktop");
    case AssetCategory::Phone: return tr("Phone");
    case AssetCategory::Monitor: return tr("Monitor");
    case AssetCategory::Projector: return tr("Projector");
    case AssetCategory::Display: return tr("Display");
    case AssetCategory::ConferencePhone: return tr("Conference phone");
    case AssetCategory::Microphone: return tr("Microphone");
    case AssetCategory::Camera: return tr("Camera");
    case AssetCategory::Dock: return tr("Dock");
    case AssetCategory::Peripheral: return tr("Peripheral");
    case AssetCategory::Other: return tr("Other");
    }
    return {};
}

QString DisplayText::assetStatusText(AssetStatus status)
{
    switch (status) {
    case AssetStatus::InStock: return tr("In stock");
    case AssetStatus::Assigned: return tr("Assigned");
    case AssetStatus::Loaned: return tr("On loan");
    case AssetStatus::InRepair: return tr("In repair");
    case AssetStatus::Retired: return tr("Retired");
    case AssetStatus::Lost: return tr("Lost");
    }
    return {};
}

QString DisplayText::locationKindText(Location::Kind kind)
{
    switch (kind) {
    case Location::Kind::Site: return tr("Site");
    case Location::Kind::Building: return tr("Building");
    case Location::Kind::Room: return tr("Room");
    }
    return {};
}

QString DisplayText::dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("—");
}

QString DisplayText::assetFieldText(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("tag"), QT_TR_NOOP("Tag")},
        {QStringLiteral("serial"), QT_TR_NOOP("Serial number")},
        {QStringLiteral("model"), QT_TR_NOOP("Model")},
        {QStringLiteral("manufacturer"), QT_TR_NOOP("Manufacturer")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("person"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("location"), QT_TR_NOOP("Room")},
        {QStringLiteral("location_id"), QT_TR_NOOP("Room")},
        {QStringLiteral("purchase_date"), QT_TR_NOOP("Purchased")},
        {QStringLiteral("warranty_end"), QT_TR_NOOP("Warranty ends")},
        {QStringLiteral("hostname"), QT_TR_NOOP("Hostname")},
        {QStringLiteral("os"), QT_TR_NOOP("Operating system")},
        {QStringLiteral("patch_level"), QT_TR_NOOP("Patch level")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("asset_id"), QT_TR_NOOP("Asset")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Inside")},
        {QStringLiteral("room_profile"), QT_TR_NOOP("Room profile")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : tr(it.value());
}

QString DisplayText::assetFieldErrorText(const QString &code)
{
    if (code == u"transition_not_allowed"_s)
        return tr("the asset cannot go to this status from the one it has");
    if (code == u"required_for_status"_s)
        return tr("an assigned or loaned asset needs a person");
    if (code == u"not_allowed_in_status"_s)
        return tr("only an assigned or loaned asset has a person");
    if (code == u"invalid_date"_s)
        return tr("is not a date (YYYY-MM-DD)");
    if (code == u"before_purchase"_s)
        return tr("cannot end before the purchase");
    if (code == u"not_a_room"_s)
        return tr("must be a room");
    if (code == u"unknown"_s)
        return tr("was not found");
    if (code == u"already_linked"_s)
        return tr("is already linked to this ticket");
    if (code == u"taken"_s)
        return tr("is already used by another asset");
    if (code == u"wrong_kind"_s)
        return tr("a building goes inside a site, a room inside a building");
    if (code == u"rooms_only"_s)
        return tr("only rooms have a profile");
    if (code == u"not_allowed"_s)
        return tr("a site is not inside anything");
    return fieldErrorText(code);
}

QString DisplayText::assetFieldErrorsText(const FieldErrors &fields)
{
    QStringList parts;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        parts << tr("%1: %2").arg(assetFieldText(it.key()), assetFieldErrorText(it.value()));
    return parts.join(u"; "_s);
}

QStringList DisplayText::assetHistoryLines(const QString &action, const QJsonObject &changes)
{
    if (action == u"created"_s)
        return {tr("Recorded the asset")};
    if (action == u"ticket_linked"_s)
        return {tr("Linked to ticket %1").arg(changes.value(u"number"_s).toString())};
    if (action == u"ticket_unlinked"_s)
        return {tr("Unlinked from ticket %1").arg(changes.value(u"number"_s).toString())};
    const auto valueText = [](const QString &field, const QJsonValue &value) -> QString {
        if (value.isNull() || (value.isString() && value.toString().isEmpty()))
            return tr("(none)");
        if (field == u"status"_s) {
            if (const auto status = assetStatusFromName(value.toString()))
                return assetStatusText(*status);
        } else if (field == u"category"_s) {
            if (const auto category = assetCategoryFromName(value.toString()))
                return assetCategoryText(*category);
        } else if (field == u"person"_s) {
            return value.toObject().value(u"name"_s).toString();
        } else if (field == u"location"_s) {
            return value.toObject().value(u"path"_s).toString();
        } else if (field == u"purchase_date"_s || field == u"warranty_end"_s) {
            return dateText(QDate::fromString(value.toString(), Qt::ISODate));
        }
        const QString text = value.toString();
        return text.size() > 80 ? text.left(79) + u'…' : text;
    };
    QStringList lines;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        lines << tr("%1: %2 → %3")
                     .arg(assetFieldText(it.key()), valueText(it.key(), change.value(u"from"_s)),
                          valueText(it.key(), change.value(u"to"_s)));
    }
    return lines;
}

} // namespace Helpline
