// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// /groups: the assignment groups and who works in them. Everyone who works tickets reads
// them; only an administrator (ManageCatalog) adds, renames, retires or staffs them.
class GroupController
{
public:
    explicit GroupController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse patch(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse setMembers(qint64 id, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
