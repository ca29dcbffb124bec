// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace Helpline {

// What kind of thing an asset is. Room equipment (projector, display, conference phone,
// microphone, camera) sits beside the desk kit because room staff look after both.
enum class AssetCategory {
    Laptop,
    Desktop,
    Phone,
    Monitor,
    Projector,
    Display,
    ConferencePhone,
    Microphone,
    Camera,
    Dock,
    Peripheral,
    Other,
};

// Where an asset stands in its life; the allowed moves are in AssetLifecycle.h.
enum class AssetStatus {
    InStock,  // on the shelf, nobody holds it
    Assigned, // a person has it for their work
    Loaned,   // lent for a while (an event, a trip)
    InRepair, // with the vendor or the bench
    Retired,  // written off; final
    Lost,     // missing until found again
};

QString assetCategoryName(AssetCategory category); // wire name: "conference_phone", ...
std::optional<AssetCategory> assetCategoryFromName(QStringView name);
QStringList assetCategoryNames();
QList<AssetCategory> allAssetCategories();

QString assetStatusName(AssetStatus status); // wire name: "in_stock", ...
std::optional<AssetStatus> assetStatusFromName(QStringView name);
QStringList assetStatusNames();
QList<AssetStatus> allAssetStatuses();

} // namespace Helpline
