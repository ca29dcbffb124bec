// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketEnums.h"

#include "WireNames.h"

namespace Helpline {

namespace {
constexpr std::pair<TicketType, const char *> typeNames[] = {
    {TicketType::Incident, "incident"},
    {TicketType::ServiceRequest, "service_request"},
    {TicketType::Problem, "problem"},
    {TicketType::Change, "change"},
};

constexpr std::pair<TicketType, const char *> typePrefixes[] = {
    {TicketType::Incident, "INC"},
    {TicketType::ServiceRequest, "REQ"},
    {TicketType::Problem, "PRB"},
    {TicketType::Change, "CHG"},
};

constexpr std::pair<TicketStatus, const char *> statusNames[] = {
    {TicketStatus::New, "new"},
    {TicketStatus::Assigned, "assigned"},
    {TicketStatus::InProgress, "in_progress"},
    {TicketStatus::Pending, "pending"},
    {TicketStatus::Resolved, "resolved"},
    {TicketStatus::Closed, "closed"},
    {TicketStatus::Cancelled, "cancelled"},
};

} // namespace

QString ticketTypeName(TicketType type) { return wireName(typeNames, type); }
std::optional<TicketType> ticketTypeFromName(QStringView name) { return fromWireName(typeNames, name); }
QStringList ticketTypeNames() { return wireNames(typeNames); }
QString ticketNumberPrefix(TicketType type) { return wireName(typePrefixes, type); }

QString ticketStatusName(TicketStatus status) { return wireName(statusNames, status); }
std::optional<TicketStatus> ticketStatusFromName(QStringView name) { return fromWireName(statusNames, name); }
QStringList ticketStatusNames() { return wireNames(statusNames); }

bool isOpenStatus(TicketStatus status)
{
    return status != TicketStatus::Resolved && status != TicketStatus::Closed
        && status != TicketStatus::Cancelled;
}

} // namespace Helpline
