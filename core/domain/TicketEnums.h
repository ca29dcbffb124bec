// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace Helpline {

enum class TicketType { Incident, ServiceRequest, Problem, Change };

enum class TicketStatus { New, Assigned, InProgress, Pending, Resolved, Closed, Cancelled };

QString ticketTypeName(TicketType type); // wire names: "incident", "service_request", ...
std::optional<TicketType> ticketTypeFromName(QStringView name);
QStringList ticketTypeNames();
QString ticketNumberPrefix(TicketType type); // "INC", "REQ", "PRB", "CHG"

QString ticketStatusName(TicketStatus status); // wire names: "new", "in_progress", ...
std::optional<TicketStatus> ticketStatusFromName(QStringView name);
QStringList ticketStatusNames();
bool isOpenStatus(TicketStatus status); // not resolved, closed or cancelled

} // namespace Helpline
