// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// GET /users: the colleagues an analyst can assign a ticket to or add as a watcher, with the
// assignment groups each works in. Never a password hash.
class UserController
{
public:
    explicit UserController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
