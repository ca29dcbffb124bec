// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetEnums.h"

#include "WireNames.h"

namespace Helpline {

namespace {
constexpr std::pair<AssetCategory, const char *> categoryNames[] = {
    {AssetCategory::Laptop, "laptop"},
    {AssetCategory::Desktop, "desktop"},
    {AssetCategory::Phone, "phone"},
    {AssetCategory::Monitor, "monitor"},
    {AssetCategory::Projector, "projector"},
    {AssetCategory::Display, "display"},
    {AssetCategory::ConferencePhone, "conference_phone"},
    {AssetCategory::Microphone, "microphone"},
    {AssetCategory::Camera, "camera"},
    {AssetCategory::Dock, "dock"},
    {AssetCategory::Peripheral, "peripheral"},
    {AssetCategory::Other, "other"},
};

constexpr std::pair<AssetStatus, const char *> statusNames[] = {
    {AssetStatus::InStock, "in_stock"},
    {AssetStatus::Assigned, "assigned"},
    {AssetStatus::Loaned, "loaned"},
    {AssetStatus::InRepair, "in_repair"},
    {AssetStatus::Retired, "retired"},
    {AssetStatus::Lost, "lost"},
};

template<typename Enum, std::size_t N>
QList<Enum> allOf(const std::pair<Enum, const char *> (&table)[N])
{
    QList<Enum> values;
    for (const auto &entry : table)
        values << entry.first;
    return values;
}
} // namespace

QString assetCategoryName(AssetCategory category) { return wireName(categoryNames, category); }
std::optional<AssetCategory> assetCategoryFromName(QStringView name) { return fromWireName(categoryNames, name); }
QStringList assetCategoryNames() { return wireNames(categoryNames); }
QList<AssetCategory> allAssetCategories() { return allOf(categoryNames); }

QString assetStatusName(AssetStatus status) { return wireName(statusNames, status); }
std::optional<AssetStatus> assetStatusFromName(QStringView name) { return fromWireName(statusNames, name); }
QStringList assetStatusNames() { return wireNames(statusNames); }
QList<AssetStatus> allAssetStatuses() { return allOf(statusNames); }

} // namespace Helpline
