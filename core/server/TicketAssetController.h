// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// The equipment a ticket is about: GET and POST /tickets/{id}/assets,
// DELETE /tickets/{id}/assets/{assetId}.
class TicketAssetController
{
public:
    explicit TicketAssetController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse add(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse remove(qint64 ticketId, qint64 assetId, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
