// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// GET and POST /tickets/{id}/watchers, DELETE /tickets/{id}/watchers/{userId}: who follows a
// ticket. Any ticket worker may add or remove themselves or a colleague who works tickets;
// each change is in the ticket's history.
class WatcherController
{
public:
    explicit WatcherController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse add(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse remove(qint64 ticketId, qint64 userId, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
