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

// Who works a ticket: L1 (service desk) → L2 (specialists) → L3 (engineering, vendors).
enum class SupportTier { L1 = 1, L2 = 2, L3 = 3 };
QString supportTierName(SupportTier tier); // "L1", "L2", "L3"
std::optional<SupportTier> supportTierFromName(QStringView name);
QStringList supportTierNames();

// How the requester reached the desk.
enum class ContactChannel { Phone, Email, Web, Chat, WalkIn };
QString contactChannelName(ContactChannel channel); // "phone", ..., "walk_in"
std::optional<ContactChannel> contactChannelFromName(QStringView name);
QStringList contactChannelNames();

} // namespace Helpline
