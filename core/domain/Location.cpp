// SPDX-License-Identifier: GPL-3.0-or-later
#include "Location.h"

#include "JsonFields.h"
#include "WireNames.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr std::pair<Location::Kind, const char *> kindNames[] = {
    {Location::Kind::Site, "site"},
    {Location::Kind::Building, "building"},
    {Location::Kind::Room, "room"},
};
} // namespace

QString locationKindName(Location::Kind kind) { return wireName(kindNames, kind); }
std::optional<Location::Kind> locationKindFromName(QStringView name) { return fromWireName(kindNames, name); }

QJsonObject Location::toJson() const
{
    return {
        {u"id"_s, id},
        {u"parent_id"_s, parentId ? QJsonValue(*parentId) : QJsonValue(QJsonValue::Null)},
        {u"kind"_s, locationKindName(kind)},
        {u"name"_s, name},
        {u"room_profile"_s, roomProfile},
        {u"path"_s, path},
        {u"version"_s, version},
    };
}

std::optional<Location> Location::fromJson(const QJsonObject &json)
{
    const auto kind = locationKindFromName(json.value(u"kind"_s).toString());
    Location location;
    location.id = json.value(u"id"_s).toInteger();
    if (!kind || location.id <= 0)
        return std::nullopt;
    location.kind = *kind;
    if (json.value(u"parent_id"_s).isDouble())
        location.parentId = json.value(u"parent_id"_s).toInteger();
    location.name = json.value(u"name"_s).toString();
    location.roomProfile = json.value(u"room_profile"_s).toString();
    location.path = json.value(u"path"_s).toString();
    location.version = json.value(u"version"_s).toInt(1);
    return location;
}

std::optional<Location::Kind> Location::parentKindOf(Kind kind)
{
    switch (kind) {
    case Kind::Site:
        return std::nullopt;
    case Kind::Building:
        return Kind::Site;
    case Kind::Room:
        return Kind::Building;
    }
    return std::nullopt;
}

QString Location::pathUnder(const QString &parentPath, const QString &name)
{
    return parentPath.isEmpty() ? name : parentPath + u" / "_s + name;
}

std::optional<NewLocation> parseNewLocation(const QJsonObject &json, FieldErrors &errors)
{
    static const QStringList known{u"kind"_s, u"name"_s, u"parent_id"_s, u"room_profile"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            errors.insert(it.key(), u"unknown_field"_s);
    }
    NewLocation location;
    const auto kind = locationKindFromName(json.value(u"kind"_s).toString());
    if (!kind)
        errors.insert(u"kind"_s, json.contains(u"kind"_s) ? u"invalid"_s : u"required"_s);
    else
        location.kind = *kind;
    location.name = readTextField(json, u"name"_s, Location::nameMax, true, errors);
    // A slash would make the path ambiguous.
    if (location.name.contains(u'/') && !errors.contains(u"name"_s))
        errors.insert(u"name"_s, u"invalid"_s);
    location.roomProfile = readTextField(json, u"room_profile"_s, Location::profileMax, false, errors);
    const QJsonValue parent = json.value(u"parent_id"_s);
    if (parent.isDouble() && parent.toDouble() >= 1 && parent.toDouble() == double(parent.toInteger()))
        location.parentId = parent.toInteger();
    else if (!parent.isUndefined() && !parent.isNull())
        errors.insert(u"parent_id"_s, u"invalid"_s);
    if (kind) {
        if (Location::parentKindOf(*kind) && !location.parentId && !errors.contains(u"parent_id"_s))
            errors.insert(u"parent_id"_s, u"required"_s);
        else if (!Location::parentKindOf(*kind) && location.parentId)
            errors.insert(u"parent_id"_s, u"not_allowed"_s);
        if (*kind != Location::Kind::Room && !location.roomProfile.isEmpty())
            errors.insert(u"room_profile"_s, u"rooms_only"_s);
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return location;
}

} // namespace Helpline
