// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocationController.h"

#include "ApiError.h"
#include "AssetController.h"
#include "AssetHttp.h"
#include "AssetRepository.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "JsonBody.h"
#include "LocationRepository.h"
#include "RouteTable.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

void LocationController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Get, u"/locations"_s, [this](const QHttpServerRequest &r) { return list(r); });
    routes.add(Method::Post, u"/locations"_s, [this](const QHttpServerRequest &r) { return create(r); });
    routes.addWithId(Method::Get, u"/locations/{id}/assets"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return assets(id, r); });
}

QHttpServerResponse LocationController::list(const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadAssets);
        QJsonArray items;
        for (const Location &location : LocationRepository(m_context.database).all())
            items.append(location.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse LocationController::create(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageLocations);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            FieldErrors errors;
            const auto parsed = parseNewLocation(body, errors);
            if (!parsed)
                throw ApiError::validation(errors);
            LocationRepository locations(m_context.database);
            Transaction transaction(m_context.database);
            QString parentPath;
            if (parsed->parentId) {
                const auto parent = locations.find(*parsed->parentId);
                if (!parent)
                    throw ApiError::validation({{u"parent_id"_s, u"unknown"_s}});
                if (parent->kind != Location::parentKindOf(parsed->kind))
                    throw ApiError::validation({{u"parent_id"_s, u"wrong_kind"_s}});
                parentPath = parent->path;
            }
            if (locations.nameTaken(parsed->parentId, parsed->name))
                throw ApiError::validation({{u"name"_s, u"taken"_s}});
            try {
                const Location added = locations.add(*parsed, parentPath, user.id);
                transaction.commit();
                QHttpServerResponse response(added.toJson(), QHttpServerResponse::StatusCode::Created);
                QHttpHeaders headers = response.headers();
                headers.append(QHttpHeaders::WellKnownHeader::Location,
                               (RouteTable::basePath + u"/locations/%1/assets"_s.arg(added.id)).toLatin1());
                response.setHeaders(std::move(headers));
                return response;
            } catch (const StoreConflict &) {
                throw ApiError::validation({{u"name"_s, u"taken"_s}});
            }
        });
    });
}

QHttpServerResponse LocationController::assets(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadAssets);
        if (!LocationRepository(m_context.database).find(id))
            throw ApiError::notFound(u"Location %1"_s.arg(id));
        const QList<Asset> equipment = AssetRepository(m_context.database).inLocation(id, AssetController::listMax);
        return QHttpServerResponse(QJsonObject{{u"items"_s, assetItems(equipment)}});
    });
}

} // namespace Helpline
