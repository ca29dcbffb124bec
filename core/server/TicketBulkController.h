// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// POST /tickets/bulk: one change (and/or one note) for up to 200 tickets in one call. Each
// ticket is changed by the same rules as PATCH and either fully or not at all, independently
// of the others; the answer lists each ticket's own result.
class TicketBulkController
{
public:
    explicit TicketBulkController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse bulk(const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
