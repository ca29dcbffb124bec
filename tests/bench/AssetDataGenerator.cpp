// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetDataGenerator.h"

#include "Asset.h"
#include "AssetRepository.h"
#include "Location.h"
#include "PersonRepository.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace Helpline::Bench {

using namespace Qt::StringLiterals;

namespace {

struct ModelLine
{
    AssetCategory category;
    const char *prefix;
    const char *manufacturer;
    const char *model;
};

constexpr ModelLine models[] = {
    {AssetCategory::Laptop, "LAP", "Dell", "Latitude 7450"},      {AssetCategory::Laptop, "LAP", "Lenovo", "ThinkPad T14"},
    {AssetCategory::Desktop, "DSK", "HP", "EliteDesk 800"},       {AssetCategory::Monitor, "MON", "Dell", "P2723DE"},
    {AssetCategory::Monitor, "MON", "LG", "27UP850"},             {AssetCategory::Phone, "PHN", "Apple", "iPhone 15"},
    {AssetCategory::Dock, "DCK", "Lenovo", "USB-C Dock"},         {AssetCategory::Peripheral, "PER", "Jabra", "Evolve2 65"},
    {AssetCategory::Projector, "PRJ", "Epson", "EB-L630U"},       {AssetCategory::Display, "DSP", "Samsung", "QM75C"},
    {AssetCategory::ConferencePhone, "CNF", "Poly", "Trio C60"},  {AssetCategory::Camera, "CAM", "Logitech", "Rally Bar"},
    {AssetCategory::Microphone, "MIC", "Shure", "MXA310"},
};

constexpr const char *firstNames[] = {"Hannah", "Oliver", "Amira", "Lucas", "Sofia", "Noah", "Mei", "Daniel",
                                      "Fatima", "Jonas", "Elena", "Samuel", "Chloe", "Mateo", "Aisha", "Tom"};
constexpr const char *surnames[] = {"Becker", "Schmidt", "Haddad", "Moreau", "Rossi", "Williams", "Lin", "Novak",
                                    "Khan", "Weber", "Petrova", "Okafor", "Martin", "Garcia", "Bello", "Jansen",
                                    "Oneill", "Patel", "Keller", "Dvorak", "Nair", "Chen", "Rivera", "Morgan"};

// Qt binds a null QString as SQL NULL; the columns want an empty text.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw StoreError(query.lastError().text());
}

} // namespace

GeneratedEstate AssetDataGenerator::generate(qint64 count)
{
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator random(20261123);
    GeneratedEstate estate;
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);

    // 10 sites x 5 buildings x 40 rooms.
    QSqlQuery location(db);
    location.prepare(u"INSERT INTO locations (parent_id, kind, name, name_key, room_profile, path, search_key, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0) RETURNING id"_s);
    auto addLocation = [&](std::optional<qint64> parent, Location::Kind kind, const QString &name, const QString &parentPath) {
        const QString path = Location::pathUnder(parentPath, name);
        location.bindValue(0, parent ? QVariant(*parent) : QVariant(QMetaType::fromType<qint64>()));
        location.bindValue(1, locationKindName(kind));
        location.bindValue(2, name);
        location.bindValue(3, name.toLower());
        location.bindValue(4, text(kind == Location::Kind::Room ? u"meeting room"_s : QString()));
        location.bindValue(5, path);
        location.bindValue(6, path.toLower());
        exec(location);
        location.next();
        const qint64 id = location.value(0).toLongLong();
        location.finish();
        return std::pair{id, path};
    };
    QStringList roomNames;
    for (int s = 0; s < 10; ++s) {
        const auto site = addLocation(std::nullopt, Location::Kind::Site, u"Site %1"_s.arg(s + 1), {});
        for (int b = 0; b < 5; ++b) {
            const auto building = addLocation(site.first, Location::Kind::Building, u"Building %1"_s.arg(QChar(u'A' + b)), site.second);
            for (int r = 0; r < 40; ++r) {
                const QString name = u"Room %1%2-%3"_s.arg(s + 1).arg(QChar(u'a' + b)).arg(r + 1, 2, 10, QLatin1Char('0'));
                estate.roomIds << addLocation(building.first, Location::Kind::Room, name, building.second).first;
                roomNames << name;
            }
        }
    }
    estate.rooms = estate.roomIds.size();

    // One person for every four assets.
    QSqlQuery person(db);
    person.prepare(u"INSERT INTO people (name, email, search_key, created_at, updated_at) VALUES (?, ?, ?, 0, 0) RETURNING id"_s);
    QList<qint64> personIds;
    const qint64 peopleCount = std::max<qint64>(16, count / 4);
    for (qint64 i = 0; i < peopleCount; ++i) {
        const QString name = u"%1 %2%3"_s.arg(QString::fromLatin1(firstNames[i % std::size(firstNames)]),
                                              QString::fromLatin1(surnames[(i / std::size(firstNames)) % std::size(surnames)]))
                                 .arg(i / (std::size(firstNames) * std::size(surnames)));
        const QString email = u"person%1@example.com"_s.arg(i);
        person.bindValue(0, name);
        person.bindValue(1, email);
        person.bindValue(2, PersonRepository::searchKey(name, email));
        exec(person);
        person.next();
        personIds << person.value(0).toLongLong();
        person.finish();
        if (i % 997 == 0)
            estate.freeTexts << name.section(u' ', 1); // a surname with its number: a handful of people
    }
    estate.people = personIds.size();

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO assets (tag, tag_key, serial, serial_key, model, manufacturer, category, status, "
                   "person_id, location_id, hostname, hostname_key, search_key, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"_s);
    for (qint64 i = 0; i < count; ++i) {
        const ModelLine &line = models[random.bounded(int(std::size(models)))];
        Asset asset;
        asset.tag = u"%1-%2"_s.arg(QString::fromLatin1(line.prefix)).arg(i + 1, 7, 10, QLatin1Char('0'));
        asset.serial = u"%1%2"_s.arg(QString::fromLatin1(line.manufacturer).left(2).toUpper())
                           .arg(random.generate64() % 10000000000ULL, 10, 10, QLatin1Char('0'));
        asset.model = QString::fromLatin1(line.model);
        asset.manufacturer = QString::fromLatin1(line.manufacturer);
        asset.category = line.category;
        const bool personal = line.category == AssetCategory::Laptop || line.category == AssetCategory::Desktop
                              || line.category == AssetCategory::Phone || line.category == AssetCategory::Monitor;
        const bool assigned = personal && random.bounded(10) < 8;
        asset.status = assigned ? AssetStatus::Assigned : AssetStatus::InStock;
        if (line.category == AssetCategory::Laptop || line.category == AssetCategory::Desktop)
            asset.hostname = asset.tag.toLower();
        insert.bindValue(0, asset.tag);
        insert.bindValue(1, assetKey(asset.tag));
        insert.bindValue(2, asset.serial);
        insert.bindValue(3, assetKey(asset.serial));
        insert.bindValue(4, asset.model);
        insert.bindValue(5, asset.manufacturer);
        insert.bindValue(6, assetCategoryName(asset.category));
        insert.bindValue(7, assetStatusName(asset.status));
        insert.bindValue(8, assigned ? QVariant(personIds.at(random.bounded(int(personIds.size()))))
                                     : QVariant(QMetaType::fromType<qint64>()));
        insert.bindValue(9, estate.roomIds.at(random.bounded(int(estate.roomIds.size()))));
        insert.bindValue(10, text(asset.hostname));
        insert.bindValue(11, text(assetKey(asset.hostname)));
        insert.bindValue(12, AssetRepository::searchKey(asset));
        exec(insert);
        if (i % 97 == 0 && estate.tags.size() < 500) {
            estate.tags << asset.tag;
            estate.serials << asset.serial;
        }
    }
    estate.assets = count;
    transaction.commit();
    for (int i = 0; i < 20; ++i)
        estate.freeTexts << roomNames.at(random.bounded(int(roomNames.size())));
    estate.freeTexts << u"rally bar"_s << u"latitude 7450"_s << u"evolve2"_s;
    if (m_db.dialect() == SqlDialect::PostgreSQL) {
        QSqlQuery analyze(db);
        if (!analyze.exec(u"ANALYZE"_s))
            throw StoreError(analyze.lastError().text());
    }
    estate.seconds = double(clock.elapsed()) / 1000.0;
    return estate;
}

} // namespace Helpline::Bench
