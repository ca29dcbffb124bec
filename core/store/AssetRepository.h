// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"
#include "Database.h"

#include <optional>

namespace Helpline {

struct AssetPage
{
    QList<Asset> items;
    QString nextCursor; // empty on the last page
};

// The equipment records and their history (audit rows on entity "asset").
class AssetRepository
{
public:
    explicit AssetRepository(const Database &database) : m_db(database) {}

    std::optional<Asset> find(qint64 id) const;
    // The asset whose tag or serial is exactly `text` (any case): what a scanner sends.
    // The tag wins when one asset's tag is another's serial.
    std::optional<Asset> findExact(const QString &text) const;
    // Whether another asset than `exceptId` already has this tag, any case.
    bool tagTaken(const QString &tag, qint64 exceptId = 0) const;

    // Assets matching every word of `text` in their own fields (tag, serial, model, maker,
    // category, hostname, OS), their holder's name or email, or their room's path; by tag,
    // `limit` a page, after the page `cursor` ended. Throws std::invalid_argument for a
    // cursor this list did not hand out.
    AssetPage search(const QString &text, const QString &cursor, int limit) const;
    // The cursor of the page after an exact match: the search's matches from the first, without
    // the asset already shown.
    static QString cursorAfterExact(qint64 exactId);
    // A room's equipment and a person's devices, by tag.
    QList<Asset> inLocation(qint64 locationId, int limit) const;
    QList<Asset> heldBy(qint64 personId, int limit) const;

    // Call inside a Transaction: each writes its audit row. The holder and location carry
    // their ids only (checked by the caller); the stored asset comes back complete.
    Asset create(const Asset &asset, std::optional<qint64> actorId);
    // nullopt when `before.version` is no longer current (someone else changed it first).
    // The history row lists every field that changed, from and to.
    std::optional<Asset> update(const Asset &before, const Asset &after, std::optional<qint64> actorId);

    static QString searchKey(const Asset &asset);

private:
    const Database &m_db;
};

} // namespace Helpline
