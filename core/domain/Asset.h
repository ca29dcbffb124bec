// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssetEnums.h"
#include "FieldErrors.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Helpline {

// A piece of equipment: a laptop on a desk, the projector in a meeting room. Its tag is the
// label stuck on it (and its barcode); tags are unique, whatever their case.
struct Asset
{
    struct Holder // the person it is assigned or loaned to
    {
        qint64 id = 0;
        QString name;
        QString email;
    };
    struct Place // the room it lives in
    {
        qint64 id = 0;
        QString path; // "Head office / North wing / Atlas"
    };

    qint64 id = 0;
    QString tag;
    QString serial;
    QString model;
    QString manufacturer;
    AssetCategory category = AssetCategory::Other;
    AssetStatus status = AssetStatus::InStock;
    std::optional<Holder> holder;
    std::optional<Place> location;
    QDate purchaseDate;
    QDate warrantyEnd;
    QString hostname;
    QString os;
    QString patchLevel; // what the OS is patched to ("23H2 2026-10", "14.7.1")
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    static constexpr qsizetype tagMax = 40;
    static constexpr qsizetype serialMax = 80;
    static constexpr qsizetype modelMax = 120;
    static constexpr qsizetype manufacturerMax = 80;
    static constexpr qsizetype hostnameMax = 253;
    static constexpr qsizetype osMax = 80;
    static constexpr qsizetype patchLevelMax = 80;
    static constexpr qsizetype notesMax = 4000;

    // Whether the warranty has run out on `today`; false when no end is known.
    bool warrantyExpired(const QDate &today) const { return warrantyEnd.isValid() && warrantyEnd < today; }

    QJsonObject toJson() const;
    static std::optional<Asset> fromJson(const QJsonObject &json);
};

// The form a tag or serial is compared in: trimmed and lower-cased, so "LAP-0042" and
// "lap-0042" are the same tag and a scanner's case never matters.
QString assetKey(const QString &text);

// Dates on the wire: "2026-11-23", or null for none.
QJsonValue toWireDate(const QDate &date);

} // namespace Helpline
