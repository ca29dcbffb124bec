// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// /macros: every ticket reader lists and reads the canned responses; seniors and admins
// create, change (PATCH with If-Match) and delete them.
class MacroController
{
public:
    explicit MacroController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse get(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse patch(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse remove(qint64 id, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
