// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAssetSeed.h"

#include "AssetRepository.h"
#include "Clock.h"
#include "LocationRepository.h"
#include "TicketAssetRepository.h"

#include <QHash>
#include <QRandomGenerator>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

struct Model
{
    AssetCategory category;
    const char *prefix;
    const char *manufacturer;
    const char *model;
    const char *os; // empty: no operating system to patch
};

constexpr Model laptops[] = {
    {AssetCategory::Laptop, "LAP", "Dell", "Latitude 7450", "Windows 11 23H2"},
    {AssetCategory::Laptop, "LAP", "Lenovo", "ThinkPad T14 Gen 5", "Windows 11 23H2"},
    {AssetCategory::Laptop, "LAP", "Apple", "MacBook Pro 14\" M3", "macOS 14"},
};
constexpr Model monitor{AssetCategory::Monitor, "MON", "Dell", "P2723DE 27\"", ""};
constexpr Model phone{AssetCategory::Phone, "PHN", "Apple", "iPhone 15", "iOS 18"};
constexpr Model dock{AssetCategory::Dock, "DCK", "Lenovo", "ThinkPad Universal USB-C Dock", ""};
constexpr Model headset{AssetCategory::Peripheral, "PER", "Jabra", "Evolve2 65 headset", ""};
constexpr Model desktop{AssetCategory::Desktop, "DSK", "HP", "EliteDesk 800 G9 Mini", "Windows 11 23H2"};
constexpr Model projector{AssetCategory::Projector, "PRJ", "Epson", "EB-L630U", ""};
constexpr Model display{AssetCategory::Display, "DSP", "Samsung", "QM75C 75\" display", ""};
constexpr Model conferencePhone{AssetCategory::ConferencePhone, "CNF", "Poly", "Trio C60", ""};
constexpr Model camera{AssetCategory::Camera, "CAM", "Logitech", "Rally Bar", ""};
constexpr Model microphone{AssetCategory::Microphone, "MIC", "Shure", "MXA310 table array", ""};

struct RoomPlan
{
    const char *site;
    const char *building;
    const char *room;
    const char *profile;
};

constexpr RoomPlan rooms[] = {
    {"HQ", "Main building", "Reception", ""},
    {"HQ", "Main building", "Finance floor", ""},
    {"HQ", "Main building", "East wing", ""},
    {"HQ", "Main building", "Meeting room Atlas", "meeting room"},
    {"HQ", "Main building", "Meeting room Orion", "meeting room"},
    {"HQ", "Main building", "Training room Nova", "training room"},
    {"HQ", "Main building", "IT storeroom", "storeroom"},
    {"HQ", "Main building", "Server room B", ""},
    {"Warehouse", "Dispatch hall", "Dispatch office", ""},
    {"Branch Leeds", "Office", "Open office", ""},
    {"Branch Leeds", "Office", "Meeting room Pennine", "meeting room"},
    {"Branch Lyon", "Bureau", "Open space", ""},
    {"Branch Lyon", "Bureau", "Salle Rhône", "meeting room"},
};

class EstateBuilder
{
public:
    EstateBuilder(Database &database, std::optional<qint64> actorId, QRandomGenerator &random)
        : m_assets(database), m_actorId(actorId), m_random(random)
    {
    }

    Asset add(const Model &model, AssetStatus status, std::optional<qint64> person, std::optional<qint64> room)
    {
        Asset asset;
        const int number = ++m_numbers[QString::fromLatin1(model.prefix)];
        asset.tag = u"%1-%2"_s.arg(QString::fromLatin1(model.prefix)).arg(number, 4, 10, QLatin1Char('0'));
        asset.category = model.category;
        asset.manufacturer = QString::fromUtf8(model.manufacturer);
        asset.model = QString::fromUtf8(model.model);
        asset.serial = u"%1%2"_s.arg(asset.manufacturer.left(2).toUpper()).arg(m_random.bounded(10000000, 99999999));
        asset.status = status;
        if (person)
            asset.holder = Asset::Holder{*person, {}, {}};
        if (room)
            asset.location = Asset::Place{*room, {}};
        const QDate today = Clock::current().now().date();
        asset.purchaseDate = today.addDays(-m_random.bounded(30, 5 * 365));
        asset.warrantyEnd = asset.purchaseDate.addYears(3);
        if (*model.os) {
            asset.os = QString::fromUtf8(model.os);
            asset.hostname = asset.tag.toLower();
            // Most are current; some are behind on their updates.
            const int monthsBehind = m_random.bounded(10) < 7 ? 0 : 1 + m_random.bounded(5);
            asset.patchLevel = today.addMonths(-monthsBehind).toString(u"yyyy-MM"_s);
        }
        return m_assets.create(asset, m_actorId);
    }

private:
    AssetRepository m_assets;
    std::optional<qint64> m_actorId;
    QRandomGenerator &m_random;
    QHash<QString, int> m_numbers;
};

// Which of the requester's devices a ticket is about, by what its title says.
std::optional<AssetCategory> deviceOf(const QString &title)
{
    const QString lower = title.toLower();
    if (lower.contains(u"docking"_s))
        return AssetCategory::Dock;
    if (lower.contains(u"laptop"_s) || lower.contains(u"camera"_s) || lower.contains(u"outlook"_s))
        return AssetCategory::Laptop;
    if (lower.contains(u"monitor"_s))
        return AssetCategory::Monitor;
    if (lower.contains(u"phone"_s))
        return AssetCategory::Phone;
    return std::nullopt;
}

} // namespace

void seedDemoAssets(Database &database, const QList<qint64> &personIds, const QList<Ticket> &tickets,
                    std::optional<qint64> actorId, QRandomGenerator &random, ManualClock &clock,
                    const QDateTime &recordedAt)
{
    clock.set(recordedAt);
    LocationRepository locations(database);
    QHash<QString, Location> byPath;
    auto place = [&](Location::Kind kind, const QString &name, const std::optional<Location> &parent,
                     const QString &profile) {
        const QString path = Location::pathUnder(parent ? parent->path : QString(), name);
        if (!byPath.contains(path))
            byPath.insert(path, locations.add({kind, name, parent ? std::optional(parent->id) : std::nullopt, profile},
                                              parent ? parent->path : QString(), actorId));
        return byPath.value(path);
    };
    QHash<QString, qint64> roomOf;
    for (const RoomPlan &plan : rooms) {
        const Location site = place(Location::Kind::Site, QString::fromUtf8(plan.site), std::nullopt, {});
        const Location building = place(Location::Kind::Building, QString::fromUtf8(plan.building), site, {});
        roomOf.insert(QString::fromUtf8(plan.room),
                      place(Location::Kind::Room, QString::fromUtf8(plan.room), building, QString::fromUtf8(plan.profile)).id);
    }
    const QList<qint64> desks{roomOf.value(u"Finance floor"_s), roomOf.value(u"East wing"_s), roomOf.value(u"Open office"_s),
                              roomOf.value(u"Open space"_s), roomOf.value(u"Dispatch office"_s)};
    const qint64 storeroom = roomOf.value(u"IT storeroom"_s);

    EstateBuilder estate(database, actorId, random);
    // Everyone's kit: a laptop, one or two monitors, most a phone and a dock, some a headset.
    QHash<qint64, QHash<AssetCategory, qint64>> kitOf;
    for (const qint64 person : personIds) {
        const qint64 desk = desks.at(random.bounded(int(desks.size())));
        auto give = [&](const Model &model) {
            kitOf[person].insert(model.category, estate.add(model, AssetStatus::Assigned, person, desk).id);
        };
        give(laptops[random.bounded(int(std::size(laptops)))]);
        give(monitor);
        if (random.bounded(2) == 0)
            estate.add(monitor, AssetStatus::Assigned, person, desk);
        if (random.bounded(4) != 0)
            give(phone);
        if (random.bounded(3) != 0)
            give(dock);
        if (random.bounded(2) == 0)
            estate.add(headset, AssetStatus::Assigned, person, desk);
    }
    // Meeting and training rooms: their AV kit lives there.
    for (const RoomPlan &plan : rooms) {
        const QString profile = QString::fromUtf8(plan.profile);
        if (profile != u"meeting room"_s && profile != u"training room"_s)
            continue;
        const qint64 room = roomOf.value(QString::fromUtf8(plan.room));
        estate.add(profile == u"training room"_s ? projector : display, AssetStatus::InStock, std::nullopt, room);
        estate.add(conferencePhone, AssetStatus::InStock, std::nullopt, room);
        estate.add(camera, AssetStatus::InStock, std::nullopt, room);
        if (profile == u"training room"_s || random.bounded(2) == 0)
            estate.add(microphone, AssetStatus::InStock, std::nullopt, room);
    }
    // Shared desktops at reception and in dispatch.
    for (int i = 0; i < 3; ++i)
        estate.add(desktop, AssetStatus::InStock, std::nullopt, roomOf.value(u"Reception"_s));
    for (int i = 0; i < 3; ++i)
        estate.add(desktop, AssetStatus::InStock, std::nullopt, roomOf.value(u"Dispatch office"_s));
    // The storeroom: spares, and the few that are away or gone.
    for (int i = 0; i < 10; ++i)
        estate.add(laptops[i % std::size(laptops)], AssetStatus::InStock, std::nullopt, storeroom);
    for (int i = 0; i < 8; ++i)
        estate.add(monitor, AssetStatus::InStock, std::nullopt, storeroom);
    for (int i = 0; i < 6; ++i)
        estate.add(dock, AssetStatus::InStock, std::nullopt, storeroom);
    for (int i = 0; i < 8; ++i)
        estate.add(headset, AssetStatus::InStock, std::nullopt, storeroom);
    for (int i = 0; i < 4; ++i)
        estate.add(phone, AssetStatus::InStock, std::nullopt, storeroom);
    estate.add(laptops[0], AssetStatus::InRepair, std::nullopt, storeroom);
    estate.add(projector, AssetStatus::InRepair, std::nullopt, storeroom);
    estate.add(phone, AssetStatus::Lost, std::nullopt, std::nullopt);
    for (int i = 0; i < 3; ++i)
        estate.add(laptops[1], AssetStatus::Retired, std::nullopt, storeroom);

    // Hardware tickets name the requester's device they are about.
    TicketAssetRepository links(database);
    AssetRepository assets(database);
    for (const Ticket &ticket : tickets) {
        const auto category = deviceOf(ticket.title);
        if (!category || !ticket.requester.personId)
            continue;
        const qint64 assetId = kitOf.value(*ticket.requester.personId).value(*category);
        if (assetId <= 0 || links.isLinked(ticket.id, assetId))
            continue;
        clock.set(ticket.createdAt.addSecs(120 + random.bounded(600)));
        if (const auto asset = assets.find(assetId))
            links.link(ticket, *asset, ticket.assignee ? std::optional(ticket.assignee->id) : actorId);
    }
}

} // namespace Helpline
