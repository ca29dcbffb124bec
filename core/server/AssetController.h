// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// The equipment records: GET /assets?q= (the scanner's lookup), GET/PATCH /assets/{id},
// POST /assets, GET /assets/{id}/history, GET /assets/{id}/tickets and GET /people/{id}/assets.
class AssetController
{
public:
    explicit AssetController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse search(const QHttpServerRequest &request);
    QHttpServerResponse get(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse patch(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse history(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse tickets(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse ofPerson(qint64 personId, const QHttpServerRequest &request);

    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 200;
    static constexpr int listMax = 500; // a person's or room's equipment, unpaged

private:
    ServerContext &m_context;
};

} // namespace Helpline
