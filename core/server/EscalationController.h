// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// POST /tickets/{id}/escalate and GET /tickets/{id}/escalations: sending a ticket up a tier
// or to another group with what was tried, and the path it took.
class EscalationController
{
public:
    explicit EscalationController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse escalate(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse path(qint64 ticketId, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
