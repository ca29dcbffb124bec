// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// The queue's views: GET/POST /views, PATCH/DELETE /views/{id}, and GET /tickets/counts
// (how many tickets each view holds, in one call).
//
// Custom views live on the server, not in the client's settings: an analyst who signs in at
// another desk (or after a reinstall) finds the same views, and the counts of every view come
// from one indexed query each on the server without the client sending their definitions.
class ViewController
{
public:
    explicit ViewController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse update(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse remove(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse counts(const QHttpServerRequest &request);

    static constexpr int maxCountedViews = 50;

private:
    ServerContext &m_context;
};

} // namespace Helpline
