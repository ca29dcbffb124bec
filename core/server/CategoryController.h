// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// /categories and /subcategories: how tickets are classified. Everyone who works tickets
// reads them; only an administrator (ManageCatalog) adds, renames, retires or reorders them.
class CategoryController
{
public:
    explicit CategoryController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse patch(qint64 id, const QHttpServerRequest &request);
    QHttpServerResponse createSubcategory(qint64 categoryId, const QHttpServerRequest &request);
    QHttpServerResponse patchSubcategory(qint64 id, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
