// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QList>
#include <QString>

namespace Helpline::Bench {

// What the asset bench generated and may ask for.
struct GeneratedEstate
{
    qint64 assets = 0;
    qint64 people = 0;
    qint64 rooms = 0;
    QStringList tags;       // a sample of existing tags, for the exact lookups
    QStringList serials;    // a sample of existing serials
    QStringList freeTexts;  // person surnames, room names and model words that match
    QList<qint64> roomIds;  // rooms holding equipment
    double seconds = 0;
};

// Fills the real schema with an estate: sites → buildings → rooms, a people directory and
// N assets across categories, most assigned to someone, all in a room; search keys written
// the way the repositories write them. Seeded: the same rows on every run.
class AssetDataGenerator
{
public:
    explicit AssetDataGenerator(Database &database) : m_db(database) {}
    GeneratedEstate generate(qint64 assets);

private:
    Database &m_db;
};

} // namespace Helpline::Bench
