// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"
#include "Database.h"
#include "Ticket.h"

#include <optional>

namespace Helpline {

// A ticket the asset is linked to, as the asset record lists it.
struct AssetTicket
{
    qint64 id = 0;
    QString number;
    QString title;
    TicketStatus status = TicketStatus::New;
    QDateTime linkedAt;

    QJsonObject toJson() const;
};

// Which equipment a ticket is about (ticket_assets), seen from either side.
class TicketAssetRepository
{
public:
    explicit TicketAssetRepository(const Database &database) : m_db(database) {}

    bool isLinked(qint64 ticketId, qint64 assetId) const;
    QList<Asset> assetsOf(qint64 ticketId) const;     // by tag
    QList<AssetTicket> ticketsOf(qint64 assetId) const; // newest link first

    // Call inside a Transaction: both write a history row on the ticket and on the asset.
    void link(const Ticket &ticket, const Asset &asset, std::optional<qint64> actorId);
    // false when the two were not linked.
    bool unlink(const Ticket &ticket, const Asset &asset, std::optional<qint64> actorId);

private:
    const Database &m_db;
};

} // namespace Helpline
