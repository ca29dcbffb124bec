// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// The site → building → room tree: GET /locations, POST /locations and
// GET /locations/{id}/assets (a room's equipment).
class LocationController
{
public:
    explicit LocationController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse assets(qint64 id, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
