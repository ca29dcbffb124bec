// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// A place equipment lives: a site holds buildings, a building holds rooms. One tree, so a
// room is always found with its building and site ("Head office / North wing / Atlas").
struct Location
{
    enum class Kind { Site, Building, Room };

    qint64 id = 0;
    std::optional<qint64> parentId;
    Kind kind = Kind::Site;
    QString name;
    // What kind of room this is ("meeting room", "training room", ...); its required
    // equipment list comes with room checks. Rooms only.
    QString roomProfile;
    QString path; // the names from the site down, joined by " / "
    int version = 1;

    static constexpr qsizetype nameMax = 80;
    static constexpr qsizetype profileMax = 80;

    QJsonObject toJson() const;
    static std::optional<Location> fromJson(const QJsonObject &json);

    // The kind a parent of `kind` must have; nullopt for a site, which has none.
    static std::optional<Kind> parentKindOf(Kind kind);
    // The path of a location named `name` under `parentPath` (empty for a site).
    static QString pathUnder(const QString &parentPath, const QString &name);
};

QString locationKindName(Location::Kind kind); // "site", "building", "room"
std::optional<Location::Kind> locationKindFromName(QStringView name);

struct NewLocation
{
    Location::Kind kind = Location::Kind::Site;
    QString name;
    std::optional<qint64> parentId;
    QString roomProfile;
};

// Reads a POST /locations body; every problem is reported. Whether the parent exists and
// has the right kind is the server's check (it needs the store): see Location::parentKindOf.
std::optional<NewLocation> parseNewLocation(const QJsonObject &json, FieldErrors &errors);

} // namespace Helpline
