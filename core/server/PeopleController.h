// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// The people directory: GET /people?q= (lookup by name or email), GET /people/{id}, and
// POST /people/import (an HR export as text/csv; ?dry_run=true previews it).
class PeopleController
{
public:
    explicit PeopleController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse search(const QHttpServerRequest &request);
    QHttpServerResponse get(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse import(const QHttpServerRequest &request);

    static constexpr int searchLimitMax = 50;

private:
    ServerContext &m_context;
};

} // namespace Helpline
