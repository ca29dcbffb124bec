// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetHttp.h"

#include "ApiError.h"
#include "AssetRepository.h"
#include "AuditLog.h"
#include "LocationRepository.h"
#include "PersonRepository.h"
#include "RouteTable.h"
#include "Ticket.h"
#include "UserRepository.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QHttpServerResponse assetResponse(const Asset &asset, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(asset.toJson(), status);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(asset.version) + '"');
    if (status == QHttpServerResponse::StatusCode::Created)
        headers.append(QHttpHeaders::WellKnownHeader::Location,
                       (RouteTable::basePath + u"/assets/"_s + QString::number(asset.id)).toLatin1());
    response.setHeaders(std::move(headers));
    return response;
}

QJsonArray assetItems(const QList<Asset> &assets)
{
    QJsonArray items;
    for (const Asset &asset : assets)
        items.append(asset.toJson());
    return items;
}

Asset existingAsset(const ServerContext &context, qint64 id)
{
    const auto asset = AssetRepository(context.database).find(id);
    if (!asset)
        throw ApiError::notFound(u"Asset %1"_s.arg(id));
    return *asset;
}

void checkAssetReferences(const ServerContext &context, const Asset &asset)
{
    FieldErrors errors;
    if (asset.holder && !PersonRepository(context.database).find(asset.holder->id))
        errors.insert(u"person_id"_s, u"unknown"_s);
    if (asset.location) {
        const auto location = LocationRepository(context.database).find(asset.location->id);
        if (!location)
            errors.insert(u"location_id"_s, u"unknown"_s);
        else if (location->kind != Location::Kind::Room)
            errors.insert(u"location_id"_s, u"not_a_room"_s);
    }
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
}

QJsonArray historyItems(const ServerContext &context, const QString &entity, qint64 id)
{
    UserRepository users(context.database);
    QHash<qint64, QString> names;
    QJsonArray items;
    for (const AuditLog::Entry &entry : AuditLog(context.database).entriesFor(entity, id)) {
        QJsonValue actor = QJsonValue::Null;
        if (entry.actorId) {
            if (!names.contains(*entry.actorId)) {
                const auto found = users.find(*entry.actorId);
                names.insert(*entry.actorId, found ? found->displayName : QString());
            }
            actor = QJsonObject{{u"id"_s, *entry.actorId}, {u"name"_s, names.value(*entry.actorId)}};
        }
        items.append(QJsonObject{{u"at"_s, toWireTime(entry.at)},
                                 {u"actor"_s, actor},
                                 {u"action"_s, entry.action},
                                 {u"changes"_s, entry.changes}});
    }
    return items;
}

} // namespace Helpline
