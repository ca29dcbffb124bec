// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// POST /auth/login, POST /auth/logout, GET /me.
class AuthController
{
public:
    explicit AuthController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse logout(const QHttpServerRequest &request);
    QHttpServerResponse me(const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
