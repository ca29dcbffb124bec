// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// GET, POST /tickets/{id}/links and DELETE /tickets/{id}/links/{linkId}: how tickets belong
// together. POST /tickets/{id}/merge: close a duplicate into the ticket it duplicates.
class LinkController
{
public:
    explicit LinkController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse add(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse remove(qint64 ticketId, qint64 linkId, const QHttpServerRequest &request);
    QHttpServerResponse merge(qint64 ticketId, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
