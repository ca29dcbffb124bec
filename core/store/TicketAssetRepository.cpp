// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketAssetRepository.h"

#include "AssetRepository.h"
#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"

#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

QJsonObject AssetTicket::toJson() const
{
    return {{u"id"_s, id},
            {u"number"_s, number},
            {u"title"_s, title},
            {u"status"_s, ticketStatusName(status)},
            {u"linked_at"_s, toWireTime(linkedAt)}};
}

bool TicketAssetRepository::isLinked(qint64 ticketId, qint64 assetId) const
{
    SqlQuery query(m_db.connection(), u"SELECT 1 FROM ticket_assets WHERE ticket_id = ? AND asset_id = ?"_s);
    query.bind(ticketId).bind(assetId);
    query.exec();
    return query.next();
}

QList<Asset> TicketAssetRepository::assetsOf(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(),
                   u"SELECT asset_id FROM ticket_assets ta JOIN assets a ON a.id = ta.asset_id "
                   "WHERE ta.ticket_id = ? ORDER BY a.tag_key"_s);
    query.bind(ticketId);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    // A ticket names a handful of assets: one read each keeps one way of reading an asset.
    AssetRepository assets(m_db);
    QList<Asset> linked;
    for (const qint64 id : std::as_const(ids)) {
        if (const auto asset = assets.find(id))
            linked << *asset;
    }
    return linked;
}

QList<AssetTicket> TicketAssetRepository::ticketsOf(qint64 assetId) const
{
    SqlQuery query(m_db.connection(),
                   u"SELECT t.id, t.number, t.title, t.status, ta.created_at FROM ticket_assets ta "
                   "JOIN tickets t ON t.id = ta.ticket_id WHERE ta.asset_id = ? ORDER BY ta.created_at DESC, t.id DESC"_s);
    query.bind(assetId);
    query.exec();
    QList<AssetTicket> tickets;
    while (query.next()) {
        tickets.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        ticketStatusFromName(query.value(3).toString()).value_or(TicketStatus::New),
                        QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::UTC)});
    }
    return tickets;
}

void TicketAssetRepository::link(const Ticket &ticket, const Asset &asset, std::optional<qint64> actorId)
{
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO ticket_assets (ticket_id, asset_id, created_by, created_at) VALUES (?, ?, ?, ?)"_s);
    insert.bind(ticket.id)
        .bind(asset.id)
        .bind(actorId ? QVariant(*actorId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(Clock::current().now().toMSecsSinceEpoch());
    insert.exec();
    AuditLog audit(m_db);
    audit.record(actorId, u"ticket"_s, ticket.id, u"asset_linked"_s, {{u"asset_id"_s, asset.id}, {u"tag"_s, asset.tag}});
    audit.record(actorId, u"asset"_s, asset.id, u"ticket_linked"_s,
                 {{u"ticket_id"_s, ticket.id}, {u"number"_s, ticket.number}});
}

bool TicketAssetRepository::unlink(const Ticket &ticket, const Asset &asset, std::optional<qint64> actorId)
{
    SqlQuery remove(m_db.connection(), u"DELETE FROM ticket_assets WHERE ticket_id = ? AND asset_id = ?"_s);
    remove.bind(ticket.id).bind(asset.id);
    remove.exec();
    if (remove.numRowsAffected() != 1)
        return false;
    AuditLog audit(m_db);
    audit.record(actorId, u"ticket"_s, ticket.id, u"asset_unlinked"_s, {{u"asset_id"_s, asset.id}, {u"tag"_s, asset.tag}});
    audit.record(actorId, u"asset"_s, asset.id, u"ticket_unlinked"_s,
                 {{u"ticket_id"_s, ticket.id}, {u"number"_s, ticket.number}});
    return true;
}

} // namespace Helpline
