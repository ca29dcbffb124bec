// SPDX-License-Identifier: GPL-3.0-or-later
#include "Asset.h"

#include "Ticket.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QString assetKey(const QString &text)
{
    return text.trimmed().toLower();
}

QJsonValue toWireDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject Asset::toJson() const
{
    QJsonValue person = QJsonValue::Null;
    if (holder)
        person = QJsonObject{{u"id"_s, holder->id}, {u"name"_s, holder->name}, {u"email"_s, holder->email}};
    QJsonValue place = QJsonValue::Null;
    if (location)
        place = QJsonObject{{u"id"_s, location->id}, {u"path"_s, location->path}};
    return {
        {u"id"_s, id},
        {u"tag"_s, tag},
        {u"serial"_s, serial},
        {u"model"_s, model},
        {u"manufacturer"_s, manufacturer},
        {u"category"_s, assetCategoryName(category)},
        {u"status"_s, assetStatusName(status)},
        {u"person"_s, person},
        {u"location"_s, place},
        {u"purchase_date"_s, toWireDate(purchaseDate)},
        {u"warranty_end"_s, toWireDate(warrantyEnd)},
        {u"hostname"_s, hostname},
        {u"os"_s, os},
        {u"patch_level"_s, patchLevel},
        {u"notes"_s, notes},
        {u"created_at"_s, toWireTime(createdAt)},
        {u"updated_at"_s, toWireTime(updatedAt)},
        {u"version"_s, version},
    };
}

std::optional<Asset> Asset::fromJson(const QJsonObject &json)
{
    const auto category = assetCategoryFromName(json.value(u"category"_s).toString());
    const auto status = assetStatusFromName(json.value(u"status"_s).toString());
    Asset asset;
    asset.id = json.value(u"id"_s).toInteger();
    asset.tag = json.value(u"tag"_s).toString();
    if (!category || !status || asset.id <= 0 || asset.tag.isEmpty())
        return std::nullopt;
    asset.category = *category;
    asset.status = *status;
    asset.serial = json.value(u"serial"_s).toString();
    asset.model = json.value(u"model"_s).toString();
    asset.manufacturer = json.value(u"manufacturer"_s).toString();
    const QJsonObject person = json.value(u"person"_s).toObject();
    if (!person.isEmpty())
        asset.holder = Holder{person.value(u"id"_s).toInteger(), person.value(u"name"_s).toString(),
                              person.value(u"email"_s).toString()};
    const QJsonObject place = json.value(u"location"_s).toObject();
    if (!place.isEmpty())
        asset.location = Place{place.value(u"id"_s).toInteger(), place.value(u"path"_s).toString()};
    asset.purchaseDate = QDate::fromString(json.value(u"purchase_date"_s).toString(), Qt::ISODate);
    asset.warrantyEnd = QDate::fromString(json.value(u"warranty_end"_s).toString(), Qt::ISODate);
    asset.hostname = json.value(u"hostname"_s).toString();
    asset.os = json.value(u"os"_s).toString();
    asset.patchLevel = json.value(u"patch_level"_s).toString();
    asset.notes = json.value(u"notes"_s).toString();
    asset.createdAt = fromWireTime(json.value(u"created_at"_s).toString());
    asset.updatedAt = fromWireTime(json.value(u"updated_at"_s).toString());
    asset.version = json.value(u"version"_s).toInt(1);
    return asset;
}

} // namespace Helpline
