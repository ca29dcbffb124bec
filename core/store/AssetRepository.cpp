// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QTimeZone>
#include <stdexcept>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString selectAssets =
    u"SELECT a.id, a.tag, a.serial, a.model, a.manufacturer, a.category, a.status, a.person_id, p.name, "
    "p.email, a.location_id, l.path, a.purchase_date, a.warranty_end, a.hostname, a.os, a.patch_level, "
    "a.notes, a.created_at, a.updated_at, a.version "
    "FROM assets a LEFT JOIN people p ON p.id = a.person_id LEFT JOIN locations l ON l.id = a.location_id "_s;

Asset readAsset(const SqlQuery &q)
{
    Asset a;
    a.id = q.value(0).toLongLong();
    a.tag = q.value(1).toString();
    a.serial = q.value(2).toString();
    a.model = q.value(3).toString();
    a.manufacturer = q.value(4).toString();
    a.category = assetCategoryFromName(q.value(5).toString()).value_or(AssetCategory::Other);
    a.status = assetStatusFromName(q.value(6).toString()).value_or(AssetStatus::InStock);
    if (!q.value(7).isNull())
        a.holder = Asset::Holder{q.value(7).toLongLong(), q.value(8).toString(), q.value(9).toString()};
    if (!q.value(10).isNull())
        a.location = Asset::Place{q.value(10).toLongLong(), q.value(11).toString()};
    a.purchaseDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    a.warrantyEnd = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    a.hostname = q.value(14).toString();
    a.os = q.value(15).toString();
    a.patchLevel = q.value(16).toString();
    a.notes = q.value(17).toString();
    a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(18).toLongLong(), QTimeZone::UTC);
    a.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(19).toLongLong(), QTimeZone::UTC);
    a.version = q.value(20).toInt();
    return a;
}

QList<Asset> readAll(SqlQuery &query)
{
    QList<Asset> assets;
    while (query.next())
        assets.append(readAsset(query));
    return assets;
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
    return u"%"_s + escaped + u"%"_s;
}

// The keyset cursor: the last tag key of the page, and the asset an exact match already
// showed (0: none), so the pages after it do not list it again. base64url, so any tag travels.
struct Cursor
{
    QString afterKey; // empty: from the first asset
    qint64 excludedId = 0;
};

QString encodeCursor(const Cursor &cursor)
{
    const QByteArray text = QByteArray::number(cursor.excludedId) + '\n' + cursor.afterKey.toUtf8();
    return QString::fromLatin1(text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Cursor decodeCursor(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw std::invalid_argument("cursor");
    const qsizetype newline = decoded.decoded.indexOf('\n');
    if (newline <= 0)
        throw std::invalid_argument("cursor");
    bool ok = false;
    Cursor cursor;
    cursor.excludedId = decoded.decoded.left(newline).toLongLong(&ok);
    const QByteArray key = decoded.decoded.mid(newline + 1);
    cursor.afterKey = QString::fromUtf8(key);
    if (!ok || cursor.excludedId < 0 || cursor.afterKey.toUtf8() != key
        || cursor.afterKey != cursor.afterKey.trimmed().toLower() || (cursor.afterKey.isEmpty() && cursor.excludedId == 0))
        throw std::invalid_argument("cursor");
    return cursor;
}

std::optional<qint64> holderId(const Asset &asset)
{
    return asset.holder ? std::optional(asset.holder->id) : std::nullopt;
}

std::optional<qint64> locationId(const Asset &asset)
{
    return asset.location ? std::optional(asset.location->id) : std::nullopt;
}
} // namespace

QString AssetRepository::searchKey(const Asset &asset)
{
    return QStringList{asset.tag, asset.serial, asset.model, asset.manufacturer,
                       assetCategoryName(asset.category).replace(u'_', u' '), asset.hostname, asset.os}
        .join(u' ')
        .toLower();
}

std::optional<Asset> AssetRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), selectAssets + u"WHERE a.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readAsset(query);
}

std::optional<Asset> AssetRepository::findExact(const QString &text) const
{
    const QString key = assetKey(text);
    if (key.isEmpty())
        return std::nullopt;
    // Two indexed lookups rather than one OR, so both databases use their index for each.
    for (const QString &column : {u"a.tag_key"_s, u"a.serial_key"_s}) {
        SqlQuery query(m_db.connection(), selectAssets + u"WHERE "_s + column + u" = ? ORDER BY a.id LIMIT 1"_s);
        query.bind(key);
        query.exec();
        if (query.next())
            return readAsset(query);
    }
    return std::nullopt;
}

bool AssetRepository::tagTaken(const QString &tag, qint64 exceptId) const
{
    SqlQuery query(m_db.connection(), u"SELECT 1 FROM assets WHERE tag_key = ? AND id <> ?"_s);
    query.bind(assetKey(tag)).bind(exceptId);
    query.exec();
    return query.next();
}

QString AssetRepository::cursorAfterExact(qint64 exactId)
{
    return encodeCursor({QString(), exactId});
}

AssetPage AssetRepository::search(const QString &text, const QString &cursorText, int limit) const
{
    const Cursor cursor = cursorText.isEmpty() ? Cursor() : decodeCursor(cursorText);
    // At most four words count: enough to say "dell latitude atlas 3" and bounded work.
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts).mid(0, 4);
    QStringList conditions;
    if (!cursor.afterKey.isEmpty())
        conditions << u"a.tag_key > ?"_s;
    if (cursor.excludedId > 0)
        conditions << u"a.id <> ?"_s;
    // Each word names a set of assets found by its own means (the asset's words, its holder,
    // its room), so the person and room parts use their indexes and no row is read twice.
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions << u"a.id IN (SELECT id FROM assets WHERE search_key LIKE ? ESCAPE '!' "
                      "UNION SELECT id FROM assets WHERE person_id IN "
                      "(SELECT id FROM people WHERE search_key LIKE ? ESCAPE '!') "
                      "UNION SELECT id FROM assets WHERE location_id IN "
                      "(SELECT id FROM locations WHERE search_key LIKE ? ESCAPE '!'))"_s;
    QString sql = selectAssets;
    if (!conditions.isEmpty())
        sql += u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    sql += u"ORDER BY a.tag_key LIMIT ?"_s;
    SqlQuery query(m_db.connection(), sql);
    if (!cursor.afterKey.isEmpty())
        query.bind(cursor.afterKey);
    if (cursor.excludedId > 0)
        query.bind(cursor.excludedId);
    for (const QString &word : words) {
        const QString pattern = likePattern(word);
        query.bind(pattern).bind(pattern).bind(pattern);
    }
    query.bind(limit + 1); // one more says whether another page follows
    query.exec();
    AssetPage page;
    page.items = readAll(query);
    if (page.items.size() > limit) {
        page.items.resize(limit);
        page.nextCursor = encodeCursor({assetKey(page.items.constLast().tag), cursor.excludedId});
    }
    return page;
}

QList<Asset> AssetRepository::inLocation(qint64 locationId, int limit) const
{
    SqlQuery query(m_db.connection(), selectAssets + u"WHERE a.location_id = ? ORDER BY a.tag_key LIMIT ?"_s);
    query.bind(locationId).bind(limit);
    query.exec();
    return readAll(query);
}

QList<Asset> AssetRepository::heldBy(qint64 personId, int limit) const
{
    SqlQuery query(m_db.connection(), selectAssets + u"WHERE a.person_id = ? ORDER BY a.tag_key LIMIT ?"_s);
    query.bind(personId).bind(limit);
    query.exec();
    return readAll(query);
}

Asset AssetRepository::create(const Asset &asset, std::optional<qint64> actorId)
{
    const qint64 now = Clock::current().now().toMSecsSinceEpoch();
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO assets (tag, tag_key, serial, serial_key, model, manufacturer, category, status, "
                    "person_id, location_id, purchase_date, warranty_end, hostname, hostname_key, os, patch_level, "
                    "notes, search_key, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(asset.tag)
        .bind(assetKey(asset.tag))
        .bind(asset.serial)
        .bind(assetKey(asset.serial))
        .bind(asset.model)
        .bind(asset.manufacturer)
        .bind(assetCategoryName(asset.category))
        .bind(assetStatusName(asset.status))
        .bind(nullableId(holderId(asset)))
        .bind(nullableId(locationId(asset)))
        .bind(nullableDate(asset.purchaseDate))
        .bind(nullableDate(asset.warrantyEnd))
        .bind(asset.hostname)
        .bind(assetKey(asset.hostname))
        .bind(asset.os)
        .bind(asset.patchLevel)
        .bind(asset.notes)
        .bind(searchKey(asset))
        .bind(now)
        .bind(now);
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into assets returned no id"_s);
    const auto created = find(insert.value(0).toLongLong());
    if (!created)
        throw StoreError(u"asset not found after insert"_s);
    AuditLog(m_db).record(actorId, u"asset"_s, created->id, u"created"_s, created->toJson());
    return *created;
}

std::optional<Asset> AssetRepository::update(const Asset &before, const Asset &after, std::optional<qint64> actorId)
{
    SqlQuery update(m_db.connection(),
                    u"UPDATE assets SET tag = ?, tag_key = ?, serial = ?, serial_key = ?, model = ?, manufacturer = ?, "
                    "category = ?, status = ?, person_id = ?, location_id = ?, purchase_date = ?, warranty_end = ?, "
                    "hostname = ?, hostname_key = ?, os = ?, patch_level = ?, notes = ?, search_key = ?, "
                    "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    update.bind(after.tag)
        .bind(assetKey(after.tag))
        .bind(after.serial)
        .bind(assetKey(after.serial))
        .bind(after.model)
        .bind(after.manufacturer)
        .bind(assetCategoryName(after.category))
        .bind(assetStatusName(after.status))
        .bind(nullableId(holderId(after)))
        .bind(nullableId(locationId(after)))
        .bind(nullableDate(after.purchaseDate))
        .bind(nullableDate(after.warrantyEnd))
        .bind(after.hostname)
        .bind(assetKey(after.hostname))
        .bind(after.os)
        .bind(after.patchLevel)
        .bind(after.notes)
        .bind(searchKey(after))
        .bind(Clock::current().now().toMSecsSinceEpoch())
        .bind(before.id)
        .bind(before.version);
    update.exec();
    if (update.numRowsAffected() != 1)
        return std::nullopt;
    const auto stored = find(before.id);
    if (!stored)
        throw StoreError(u"updated asset %1 not found"_s.arg(before.id));
    // The history: every field that changed, from and to; an assignment or a move is the
    // person or location changing.
    const QJsonObject from = before.toJson();
    const QJsonObject to = stored->toJson();
    QJsonObject changes;
    for (auto it = to.begin(); it != to.end(); ++it) {
        if (it.key() == u"version"_s || it.key() == u"updated_at"_s || from.value(it.key()) == it.value())
            continue;
        changes.insert(it.key(), QJsonObject{{u"from"_s, from.value(it.key())}, {u"to"_s, it.value()}});
    }
    if (!changes.isEmpty())
        AuditLog(m_db).record(actorId, u"asset"_s, before.id, u"updated"_s, changes);
    return stored;
}

} // namespace Helpline
