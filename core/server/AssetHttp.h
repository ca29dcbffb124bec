// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"
#include "ServerContext.h"

#include <QHttpServerResponse>
#include <QJsonArray>

namespace Helpline {

// An asset as a response: its JSON, its version as the ETag, and where it lives when created.
QHttpServerResponse assetResponse(const Asset &asset, QHttpServerResponse::StatusCode status);
QJsonArray assetItems(const QList<Asset> &assets);

// The asset that exists with this id, or 404.
Asset existingAsset(const ServerContext &context, qint64 id);

// Checks what an asset refers to: its holder is a person of the directory and its location
// a room. Throws 422 (person_id / location_id: unknown, not_a_room) otherwise.
void checkAssetReferences(const ServerContext &context, const Asset &asset);

// The audit rows of one entity as a timeline: [{at, actor{id,name}|null, action, changes}].
QJsonArray historyItems(const ServerContext &context, const QString &entity, qint64 id);

} // namespace Helpline
