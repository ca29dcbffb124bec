// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// GET /tickets, GET /tickets/{id}, POST /tickets, PATCH /tickets/{id}, GET /tickets/{id}/history.
class TicketController
{
public:
    explicit TicketController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse get(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse patch(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse history(qint64 id, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
