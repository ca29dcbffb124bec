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

constexpr std::pair<SupportTier, const char *> tierNames[] = {
    {SupportTier::L1, "L1"},
    {SupportTier::L2, "L2"},
    {SupportTier::L3, "L3"},
};

constexpr std::pair<ContactChannel, const char *> channelNames[] = {
    {ContactChannel::Phone, "phone"},
    {ContactChannel::Email, "email"},
    {ContactChannel::Web, "web"},
    {ContactChannel::Chat, "chat"},
    {ContactChannel::WalkIn, "walk_in"},
};

} // namespace

QString ticketTypeName(TicketType type) { return wireName(typeNames, type); }
std::optional<TicketType> ticketTypeFromName(QStringView name) { return fromWireName(typeNames, name); }
QStringList ticketTypeNames() { return wireNames(typeNames); }
QString ticketNumberPrefix(TicketType type) { return wireName(typePrefixes, type); }

QString ticketStatusName(TicketStatus status) { return wireName(statusNames, status); }
std::optional<TicketStatus> ticketStatusFromName(QStringView name) { return fromWireName(statusNames, name); }
QStringList ticketStatusNames() { return wireNames(statusNames); }

QString supportTierName(SupportTier tier) { return wireName(tierNames, tier); }
std::optional<SupportTier> supportTierFromName(QStringView name) { return fromWireName(tierNames, name); }
QStringList supportTierNames() { return wireNames(tierNames); }

QString contactChannelName(ContactChannel channel) { return wireName(channelNames, channel); }
std::optional<ContactChannel> contactChannelFromName(QStringView name) { return fromWireName(channelNames, name); }
QStringList contactChannelNames() { return wireNames(channelNames); }

bool isOpenStatus(TicketStatus status)
{
    return status != TicketStatus::Resolved && status != TicketStatus::Closed
        && status != TicketStatus::Cancelled;
}

} // namespace Helpline
