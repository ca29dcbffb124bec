// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// GET and POST /tickets/{id}/comments: the ticket's conversation.
class CommentController
{
public:
    explicit CommentController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(qint64 ticketId, const QHttpServerRequest &request);
    QHttpServerResponse add(qint64 ticketId, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
