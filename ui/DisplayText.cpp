// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include <QLocale>

namespace Helpline {

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
