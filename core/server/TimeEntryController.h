// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// Time spent on tickets: GET and POST /tickets/{id}/time-entries (the list carries the
// ticket's handle time), DELETE /time-entries/{id} by the analyst who logged it or an admin.
class TimeEntryController
{
public:
    explicit TimeEntryController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse add(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse remove(qint64 entryId, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
