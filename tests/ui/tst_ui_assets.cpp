// SPDX-License-Identifier: GPL-3.0-or-later
// The Assets pane and the ticket pane's linked assets, offscreen, against a real server on
// loopback: a scanned tag opens its record, a field is edited in place (and a change that
// crossed someone else's keeps what was typed), an asset is linked to a ticket by its tag,
// and the requester card lists the requester's devices.
#include "AssetFieldsEditor.h"
#include "AssetListModel.h"
#include "AssetRecordView.h"
#include "AssetRepository.h"
#include "AssetsDock.h"
#include "ClientUnderTest.h"
#include "InProcessServer.h"
#include "LocationRepository.h"
#include "MainWindow.h"
#include "NewAssetDialog.h"
#include "PeopleImport.h"
#include "PersonRepository.h"
#include "TicketAssetRepository.h"
#include "TicketDock.h"
#include "TicketRepository.h"
#include "Transaction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Helpline;
using namespace Qt::StringLiterals;

class TestUiAssets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scannedTagAndEnter_opensTheRecordReadyForTheNextScan();
    void freeText_listsMatchesAndOpensTheChosenOne();
    void editField_savesInPlaceAndShowsInHistory();
    void editAfterSomeoneElse_keepsWhatWasTypedOnTop();
    void newAsset_dialogRecordsAndOpensIt();
    void ticketPane_linksAssetByTagAndRequesterCardListsDevices();
    void roomStaff_readsRecordButCannotEdit();

private:
    Asset assetByTag(const QString &tag);
    AssetsDock *openAssets(MainWindow *window);
    // Types `text` into the search field and presses Enter, as a keyboard-wedge scanner does.
    void scan(AssetsDock *dock, const QString &text);
    bool recordShows(AssetsDock *dock, const QString &tag);

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<ClientUnderTest> m_client;
    qint64 m_ann = 0;
};

void TestUiAssets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HelplineTests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_assets"_s);
    m_server = std::make_unique<InProcessServer>(3);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    Database &db = m_server->database();
    Transaction transaction(db);
    PersonRepository people(db);
    people.import(planPeopleImport(u"name,email\nAnn Smith,ann.smith@example.com\nBob Jones,bob.jones@example.com\n"_s,
                                   [](const QString &) { return false; }),
                  std::nullopt);
    const QList<Person> found = people.search(u"ann"_s, 5);
    QCOMPARE(found.size(), 1);
    m_ann = found.first().id;
    LocationRepository locations(db);
    const Location site = locations.add({Location::Kind::Site, u"HQ"_s, std::nullopt, {}}, {}, std::nullopt);
    const Location building = locations.add({Location::Kind::Building, u"Main"_s, site.id, {}}, site.path, std::nullopt);
    const Location atlas = locations.add({Location::Kind::Room, u"Atlas"_s, building.id, u"meeting room"_s}, building.path, std::nullopt);
    AssetRepository assets(db);
    auto add = [&](const QString &tag, AssetCategory category, const QString &model, std::optional<qint64> person,
                   std::optional<qint64> room) {
        Asset asset;
        asset.tag = tag;
        asset.category = category;
        asset.model = model;
        asset.serial = u"SN-"_s + tag;
        asset.status = person ? AssetStatus::Assigned : AssetStatus::InStock;
        if (person)
            asset.holder = Asset::Holder{*person, {}, {}};
        if (room)
            asset.location = Asset::Place{*room, {}};
        assets.create(asset, std::nullopt);
    };
    add(u"LAP-0042"_s, AssetCategory::Laptop, u"Latitude 7450"_s, m_ann, std::nullopt);
    add(u"LAP-0043"_s, AssetCategory::Laptop, u"Latitude 7450"_s, std::nullopt, std::nullopt);
    add(u"DCK-0007"_s, AssetCategory::Dock, u"USB-C Dock G5"_s, m_ann, std::nullopt);
    add(u"PRJ-0001"_s, AssetCategory::Projector, u"EB-L630U"_s, std::nullopt, atlas.id);
    add(u"CAM-0001"_s, AssetCategory::Camera, u"Rally Bar"_s, std::nullopt, atlas.id);
    transaction.commit();
}

void TestUiAssets::init()
{
    m_client = std::make_unique<ClientUnderTest>(m_server->url());
}

void TestUiAssets::cleanup()
{
    m_client.reset();
}

Asset TestUiAssets::assetByTag(const QString &tag)
{
    const auto asset = AssetRepository(m_server->database()).findExact(tag);
    if (!asset)
        qFatal("no asset %s", qPrintable(tag));
    return *asset;
}

AssetsDock *TestUiAssets::openAssets(MainWindow *window)
{
    auto *find = window->findChild<QAction *>(u"actionFindAsset"_s);
    if (!find)
        return nullptr;
    find->trigger();
    return window->assetsDock();
}

void TestUiAssets::scan(AssetsDock *dock, const QString &text)
{
    QLineEdit *field = dock->searchField();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

bool TestUiAssets::recordShows(AssetsDock *dock, const QString &tag)
{
    return QTest::qWaitFor([&] { return dock->record()->asset() && dock->record()->asset()->tag == tag; });
}

void TestUiAssets::scannedTagAndEnter_opensTheRecordReadyForTheNextScan()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    AssetsDock *dock = openAssets(window);
    QVERIFY(dock);
    QAbstractItemModelTester tester(dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(dock->searchField()->hasFocus());
    QCOMPARE(window->findChild<QAction *>(u"actionFindAsset"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    // A scanner types the label in its own case; the tag opens, not the asset whose serial
    // only contains it.
    scan(dock, u"lap-0042"_s);
    QVERIFY(recordShows(dock, u"LAP-0042"_s));
    QCOMPARE(dock->searchField()->selectedText(), u"lap-0042"_s); // the next scan replaces it
    auto *header = dock->record()->findChild<QLabel *>(u"assetHeader"_s);
    QTRY_VERIFY(header->text().contains(u"Ann Smith"_s));
    // The next scan, a serial this time.
    scan(dock, u"SN-PRJ-0001"_s);
    QVERIFY(recordShows(dock, u"PRJ-0001"_s));
    QTRY_VERIFY(header->text().contains(u"HQ / Main / Atlas"_s));
    QCOMPARE(dock->results()->currentIndex().row(), 0);
}

void TestUiAssets::freeText_listsMatchesAndOpensTheChosenOne()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    AssetsDock *dock = openAssets(window);
    QSignalSpy searched(dock, &AssetsDock::searchFinished);
    QTest::keyClicks(dock->searchField(), u"atlas"_s);
    QVERIFY(searched.wait());
    QCOMPARE(searched.constLast().at(0).toInt(), 2);
    QCOMPARE(dock->model()->rowCount(), 2);
    QCOMPARE(dock->model()->assetAt(0)->tag, u"CAM-0001"_s);
    // Typing alone opens nothing; choosing a row does.
    QVERIFY(!dock->record()->asset());
    dock->results()->setCurrentIndex(dock->model()->index(1, 0));
    QVERIFY(recordShows(dock, u"PRJ-0001"_s));
    // Nothing found says so.
    QTest::keyClicks(dock->searchField(), u"zzz"_s);
    QVERIFY(searched.wait());
    QCOMPARE(dock->model()->rowCount(), 0);
    QVERIFY(dock->findChild<QLabel *>(u"assetSearchStatus"_s)->text().contains(u"atlaszzz"_s));
}

void TestUiAssets::editField_savesInPlaceAndShowsInHistory()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    AssetsDock *dock = openAssets(window);
    scan(dock, u"LAP-0043"_s);
    QVERIFY(recordShows(dock, u"LAP-0043"_s));
    AssetRecordView *record = dock->record();
    auto *hostname = record->findChild<QLineEdit *>(u"assetHostnameEdit"_s);
    auto *save = record->findChild<QPushButton *>(u"assetSaveButton"_s);
    QVERIFY(hostname && save);
    QVERIFY(!hostname->isReadOnly());
    QVERIFY(!save->isEnabled());
    hostname->selectAll();
    QTest::keyClicks(hostname, u"fin-lap-43"_s);
    QVERIFY(save->isEnabled());
    QSignalSpy saved(record->fields(), &AssetFieldsEditor::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait());
    QCOMPARE(assetByTag(u"LAP-0043"_s).hostname, u"fin-lap-43"_s);
    QCOMPARE(record->asset()->version, 2);
    QVERIFY(!save->isEnabled());
    // The history timeline says who changed what, from and to, newest first.
    auto *timeline = record->findChild<QTreeWidget *>(u"assetHistory"_s);
    QTRY_VERIFY(timeline->topLevelItemCount() >= 2);
    QCOMPARE(timeline->topLevelItem(0)->text(1), u"Alex Morgan"_s);
    QVERIFY2(timeline->topLevelItem(0)->text(2).contains(u"fin-lap-43"_s), qPrintable(timeline->topLevelItem(0)->text(2)));
    // And the list row shows the change too.
    QCOMPARE(dock->model()->assetAt(dock->model()->rowOf(record->asset()->id))->hostname, u"fin-lap-43"_s);
}

void TestUiAssets::editAfterSomeoneElse_keepsWhatWasTypedOnTop()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    AssetsDock *dock = openAssets(window);
    scan(dock, u"CAM-0001"_s);
    QVERIFY(recordShows(dock, u"CAM-0001"_s));
    // A colleague changes the notes meanwhile.
    {
        const Asset before = assetByTag(u"CAM-0001"_s);
        Asset after = before;
        after.notes = u"Firmware updated"_s;
        Transaction transaction(m_server->database());
        QVERIFY(AssetRepository(m_server->database()).update(before, after, std::nullopt));
        transaction.commit();
    }
    AssetRecordView *record = dock->record();
    auto *os = record->findChild<QLineEdit *>(u"assetOsEdit"_s);
    auto *notes = record->findChild<QWidget *>(u"assetNotesEdit"_s);
    auto *problem = record->findChild<QLabel *>(u"assetProblem"_s);
    QTest::keyClicks(os, u"CollabOS 1.12"_s);
    QSignalSpy failed(record->fields(), &AssetFieldsEditor::saveFailed);
    QTest::keyClick(os, Qt::Key_Return);
    QVERIFY(failed.wait());
    QVERIFY(problem->isVisible());
    // Their notes are shown, the typed OS is still there, and saving again keeps both.
    QCOMPARE(os->text(), u"CollabOS 1.12"_s);
    QCOMPARE(notes->property("plainText").toString(), u"Firmware updated"_s);
    QSignalSpy saved(record->fields(), &AssetFieldsEditor::saved);
    QTest::mouseClick(record->findChild<QPushButton *>(u"assetSaveButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait());
    const Asset stored = assetByTag(u"CAM-0001"_s);
    QCOMPARE(stored.os, u"CollabOS 1.12"_s);
    QCOMPARE(stored.notes, u"Firmware updated"_s);
}

void TestUiAssets::newAsset_dialogRecordsAndOpensIt()
{
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    AssetsDock *dock = openAssets(window);
    // A scanned label that is nobody's yet: the new asset form starts with it.
    QSignalSpy searched(dock, &AssetsDock::searchFinished);
    scan(dock, u"MON-0900"_s);
    QVERIFY(searched.wait());
    QCOMPARE(searched.constLast().at(0).toInt(), 0);
    NewAssetDialog *dialog = dock->openNewAsset();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"newAssetTag"_s)->text(), u"MON-0900"_s);
    auto *create = dialog->findChild<QPushButton *>(u"newAssetCreateButton"_s);
    QVERIFY(!create->isEnabled()); // a model is needed
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newAssetModel"_s), u"P2723DE"_s);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(recordShows(dock, u"MON-0900"_s));
    QCOMPARE(assetByTag(u"mon-0900"_s).model, u"P2723DE"_s);
}

void TestUiAssets::ticketPane_linksAssetByTagAndRequesterCardListsDevices()
{
    NewTicket ticket;
    ticket.title = u"Docking station not detecting monitors"_s;
    ticket.requesterName = u"Ann Smith"_s;
    ticket.requesterEmail = u"ann.smith@example.com"_s;
    ticket.requesterPersonId = m_ann;
    Ticket created;
    {
        Transaction transaction(m_server->database());
        created = TicketRepository(m_server->database()).create(ticket, Priority::P3, std::nullopt);
        transaction.commit();
    }
    MainWindow *window = m_client->signIn(u"analyst"_s);
    QVERIFY(window);
    TicketDock *ticketDock = window->ticketDock();
    QSignalSpy assetsLoaded(ticketDock, &TicketDock::linkedAssetsLoaded);
    QSignalSpy factsLoaded(ticketDock, &TicketDock::factsLoaded);
    ticketDock->showTicket(created.id);
    QTRY_VERIFY(!assetsLoaded.isEmpty() && !factsLoaded.isEmpty());
    // The requester card lists Ann's devices: tag, model, status.
    auto *card = ticketDock->findChild<QLabel *>(u"requesterAssets"_s);
    QVERIFY(card);
    QVERIFY2(card->text().contains(u"LAP-0042"_s) && card->text().contains(u"USB-C Dock G5"_s)
                 && card->text().contains(u"Assigned"_s),
             qPrintable(card->text()));

    // The Assets tab: the dock scanned by its tag, Enter links it.
    auto *tabs = ticketDock->findChild<QTabWidget *>(u"ticketTabs"_s);
    auto *panel = ticketDock->findChild<QWidget *>(u"ticketAssetsPanel"_s);
    tabs->setCurrentWidget(panel);
    auto *edit = panel->findChild<QLineEdit *>(u"linkAssetEdit"_s);
    auto *tree = panel->findChild<QTreeWidget *>(u"ticketAssets"_s);
    assetsLoaded.clear();
    QTest::keyClicks(edit, u"dck-0007"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!assetsLoaded.isEmpty());
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"DCK-0007"_s);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(tabs->tabText(tabs->indexOf(panel)).contains(u"(1)"_s));
    QVERIFY(TicketAssetRepository(m_server->database()).isLinked(created.id, assetByTag(u"DCK-0007"_s).id));
    // A tag nobody has is refused in words, and nothing is linked.
    QTest::keyClicks(edit, u"NOPE-1"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    auto *problem = panel->findChild<QLabel *>(u"ticketAssetsProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"NOPE-1"_s));

    // Opening the linked asset shows its record, which lists the ticket.
    AssetsDock *assets = window->assetsDock();
    QSignalSpy ticketsLoaded(assets->record(), &AssetRecordView::ticketsLoaded);
    tree->setCurrentItem(tree->topLevelItem(0));
    Q_EMIT tree->itemActivated(tree->topLevelItem(0), 0);
    QVERIFY(recordShows(assets, u"DCK-0007"_s));
    QTRY_VERIFY(!ticketsLoaded.isEmpty());
    auto *tickets = assets->record()->findChild<QTreeWidget *>(u"assetTickets"_s);
    QCOMPARE(tickets->topLevelItem(0)->text(0), created.number);

    // Unlinking with the Remove button.
    ticketDock->raise();
    tabs->setCurrentWidget(panel);
    assetsLoaded.clear();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(panel->findChild<QPushButton *>(u"removeAssetButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!assetsLoaded.isEmpty());
    QVERIFY(!TicketAssetRepository(m_server->database()).isLinked(created.id, assetByTag(u"DCK-0007"_s).id));
}

void TestUiAssets::roomStaff_readsRecordButCannotEdit()
{
    MainWindow *window = m_client->signIn(u"rooms"_s);
    QVERIFY(window);
    AssetsDock *dock = openAssets(window);
    QVERIFY(!dock->findChild<QPushButton *>(u"newAssetButton"_s)->isVisible());
    QVERIFY(!window->findChild<QAction *>(u"actionNewAsset"_s)->isVisible());
    scan(dock, u"PRJ-0001"_s);
    QVERIFY(recordShows(dock, u"PRJ-0001"_s));
    AssetRecordView *record = dock->record();
    QVERIFY(record->findChild<QLineEdit *>(u"assetTagEdit"_s)->isReadOnly());
    QVERIFY(!record->findChild<QPushButton *>(u"assetSaveButton"_s)->isVisible());
    auto *tabs = record->findChild<QTabWidget *>(u"assetTabs"_s);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(record->findChild<QWidget *>(u"assetTickets"_s))));
    QVERIFY(dock->openNewAsset() == nullptr);
}

QTEST_MAIN(TestUiAssets)
#include "tst_ui_assets.moc"
