// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketAssetController.h"

#include "ApiError.h"
#include "AssetHttp.h"
#include "AssetRepository.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "StoreError.h"
#include "TicketAssetRepository.h"
#include "TicketRepository.h"
#include "Transaction.h"

#include <QHttpServerRequest>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

Ticket existingTicket(const ServerContext &context, qint64 id)
{
    const auto ticket = TicketRepository(context.database).find(id);
    if (!ticket)
        throw ApiError::notFound(u"Ticket %1"_s.arg(id));
    return *ticket;
}

ApiError alreadyLinked()
{
    return ApiError::validation({{u"asset_id"_s, u"already_linked"_s}});
}

// The asset a POST names: {"asset_id": 12} or {"tag": "LAP-0042"} (what a scanner gives).
Asset namedAsset(const ServerContext &context, const QJsonObject &body)
{
    FieldErrors errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"asset_id"_s && it.key() != u"tag"_s)
            errors.insert(it.key(), u"unknown_field"_s);
    }
    const QJsonValue id = body.value(u"asset_id"_s);
    const QJsonValue tag = body.value(u"tag"_s);
    if (id.isUndefined() && tag.isUndefined())
        errors.insert(u"asset_id"_s, u"required"_s);
    else if (!id.isUndefined() && !tag.isUndefined())
        errors.insert(u"tag"_s, u"either_id_or_tag"_s);
    else if (!id.isUndefined() && (!id.isDouble() || id.toDouble() < 1 || id.toDouble() != double(id.toInteger())))
        errors.insert(u"asset_id"_s, u"invalid"_s);
    else if (!tag.isUndefined() && (!tag.isString() || tag.toString().trimmed().isEmpty()))
        errors.insert(u"tag"_s, u"invalid"_s);
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
    AssetRepository assets(context.database);
    if (!id.isUndefined()) {
        const auto asset = assets.find(id.toInteger());
        if (!asset)
            throw ApiError::validation({{u"asset_id"_s, u"unknown"_s}});
        return *asset;
    }
    const auto asset = assets.findExact(tag.toString());
    if (!asset)
        throw ApiError::validation({{u"tag"_s, u"unknown"_s}});
    return *asset;
}

} // namespace

void TicketAssetController::registerRoutes(RouteTable &routes)
{
    routes.addWithId(Method::Get, u"/tickets/{id}/assets"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return list(id, r); });
    routes.addWithId(Method::Post, u"/tickets/{id}/assets"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return add(id, r); });
    routes.addWithTwoIds(Method::Delete, u"/tickets/{id}/assets/{assetId}"_s,
                         [this](qint64 id, qint64 assetId, const QHttpServerRequest &r) { return remove(id, assetId, r); });
}

QHttpServerResponse TicketAssetController::list(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        existingTicket(m_context, ticketId);
        return QHttpServerResponse(
            QJsonObject{{u"items"_s, assetItems(TicketAssetRepository(m_context.database).assetsOf(ticketId))}});
    });
}

QHttpServerResponse TicketAssetController::add(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            const Ticket ticket = existingTicket(m_context, ticketId);
            const Asset asset = namedAsset(m_context, body);
            TicketAssetRepository links(m_context.database);
            Transaction transaction(m_context.database);
            if (links.isLinked(ticket.id, asset.id))
                throw alreadyLinked();
            try {
                links.link(ticket, asset, user.id);
            } catch (const StoreConflict &) {
                throw alreadyLinked();
            }
            transaction.commit();
            return QHttpServerResponse(asset.toJson(), QHttpServerResponse::StatusCode::Created);
        });
    });
}

QHttpServerResponse TicketAssetController::remove(qint64 ticketId, qint64 assetId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const Ticket ticket = existingTicket(m_context, ticketId);
        const Asset asset = existingAsset(m_context, assetId);
        Transaction transaction(m_context.database);
        if (!TicketAssetRepository(m_context.database).unlink(ticket, asset, user.id))
            throw ApiError::notFound(u"Asset %1 on ticket %2"_s.arg(assetId).arg(ticketId));
        transaction.commit();
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

} // namespace Helpline
