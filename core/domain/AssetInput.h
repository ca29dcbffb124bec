// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"
#include "FieldErrors.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// Reading POST /assets and PATCH /assets/{id} bodies by the asset rules. Both take the same
// writable fields: tag, serial, model, manufacturer, category, status, person_id,
// location_id, purchase_date, warranty_end, hostname, os, patch_level, notes. Anything else
// (id, version, times) is refused, so no caller can set it.
//
// The rules besides each field's own: the status moves only as AssetLifecycle allows; an
// assigned or loaned asset has a person and no other status has one. Giving an asset in
// stock a person assigns it, taking the person away from an assigned asset returns it to
// stock, and a status that has no holder drops the person. The warranty cannot end before
// the purchase. Whether the person and the room exist is the server's check: the returned
// asset carries only their ids (holder->id, location->id).

// A new asset; status in_stock unless given (assigned when a person is given).
std::optional<Asset> parseNewAsset(const QJsonObject &json, FieldErrors &errors);

// `current` changed by `patch`; nullopt with every problem in `errors`.
std::optional<Asset> applyAssetPatch(const Asset &current, const QJsonObject &patch, FieldErrors &errors);

// Whether `tag` is usable as a label and a barcode: letters, digits and - _ . / only.
bool isValidAssetTag(const QString &tag);

} // namespace Helpline
