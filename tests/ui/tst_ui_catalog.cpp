// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's groups and categories, the ticket forms' combos fed by them, and the
// priority override in the ticket pane: offscreen against a real server.
#include "CatalogAdminDialog.h"
#include "CategoryRepository.h"
#include "ClientUnderTest.h"
#include "InProcessServer.h"
#include "MainWindow.h"
#include "NewTicketDialog.h"
#include "QueueDock.h"
#include "TicketCatalog.h"
#include "TicketDock.h"
#include "TicketFieldsEditor.h"
#include "TicketRepository.h"
#include "TicketTableModel.h"
#include "Transaction.h"
#include "UserGroupRepository.h"
#include "UserRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
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

class TestUiCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void admin_addsSubcategory_itIsOfferedInTheNewTicketForm();
    void admin_retiresSubcategory_itIsNoLongerOffered();
    void analyst_hasNoCatalogMenu();
    void pane_overridesPriorityWithReason_andGoesBackToTheMatrix();
    void pane_groupAndCategory_arePickedFromTheLists();

private:
    MainWindow *signIn(const QString &username);
    std::optional<Ticket> openTicketWithStatus(MainWindow *window, TicketStatus status);
    static QStringList itemsOf(const QComboBox *combo);
    static void choose(QComboBox *combo, const QString &name); // as the analyst would
    static QTreeWidgetItem *treeItem(QTreeWidget *tree, const QString &name);

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<ClientUnderTest> m_client;
    QSet<qint64> m_used; // tickets an earlier test changed
};

void TestUiCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HelplineTests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_catalog"_s);
    m_server = std::make_unique<InProcessServer>(12);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestUiCatalog::init()
{
    m_client = std::make_unique<ClientUnderTest>(m_server->url());
}

void TestUiCatalog::cleanup()
{
    m_client.reset();
}

MainWindow *TestUiCatalog::signIn(const QString &username)
{
    MainWindow *window = m_client->signIn(username);
    if (window && !QTest::qWaitFor([&] { return window->ticketDock()->ticketCatalog().isLoaded(); }))
        return nullptr;
    return window;
}

std::optional<Ticket> TestUiCatalog::openTicketWithStatus(MainWindow *window, TicketStatus status)
{
    QueueDock *queue = window->queueDock();
    if (!QTest::qWaitFor([&] { return queue->model()->rowCount() >= 12; }))
        return std::nullopt;
    QAbstractItemModel *rows = queue->view()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex index = rows->index(row, 0);
        const qint64 id = index.data(TicketTableModel::TicketIdRole).toLongLong();
        if (index.data(TicketTableModel::StatusRole).toInt() != int(status) || m_used.contains(id))
            continue;
        m_used.insert(id);
        queue->view()->setCurrentIndex(index);
        TicketDock *dock = window->ticketDock();
        if (!QTest::qWaitFor([&] { return dock->ticket() && dock->ticket()->id == id; }))
            return std::nullopt;
        return dock->ticket();
    }
    return std::nullopt;
}

QStringList TestUiCatalog::itemsOf(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemData(i).toString();
    return items;
}

void TestUiCatalog::choose(QComboBox *combo, const QString &name)
{
    const int index = combo->findData(name);
    QVERIFY2(index >= 0, qPrintable(name));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

QTreeWidgetItem *TestUiCatalog::treeItem(QTreeWidget *tree, const QString &name)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.constFirst();
}

void TestUiCatalog::admin_addsSubcategory_itIsOfferedInTheNewTicketForm()
{
    MainWindow *window = signIn(u"admin"_s);
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(u"actionEditCatalog"_s);
    QVERIFY(action);
    QVERIFY(action->isVisible());
    action->trigger();
    CatalogAdminDialog *admin = window->catalogAdmin();
    QVERIFY(admin);
    admin->findChild<QTabWidget *>(u"catalogTabs"_s)->setCurrentIndex(1);
    auto *tree = admin->findChild<QTreeWidget *>(u"categoryTree"_s);
    QTRY_VERIFY(treeItem(tree, u"Hardware"_s));
    tree->setCurrentItem(treeItem(tree, u"Hardware"_s));
    auto *name = admin->findChild<QLineEdit *>(u"categoryNameEdit"_s);
    QCOMPARE(name->text(), u"Hardware"_s); // the selection's name, ready to be renamed
    name->clear();
    QTest::keyClicks(name, u"Docking station"_s);
    auto *add = admin->findChild<QPushButton *>(u"addSubcategoryButton"_s);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(treeItem(tree, u"Docking station"_s));
    QCOMPARE(treeItem(tree, u"Docking station"_s)->parent()->text(0), u"Hardware"_s);
    QVERIFY(admin->findChild<QLabel *>(u"catalogStatus"_s)->text().contains(u"Docking station"_s));

    // Stored on the server, and offered in the new-ticket form under its category.
    const auto stored = CategoryRepository(m_server->database()).list();
    QCOMPARE(stored.at(0).subcategories.constLast().name, u"Docking station"_s);
    NewTicketDialog *dialog = window->openNewTicket();
    auto *category = dialog->findChild<QComboBox *>(u"categoryCombo"_s);
    auto *subcategory = dialog->findChild<QComboBox *>(u"subcategoryCombo"_s);
    QCOMPARE(itemsOf(subcategory), QStringList{QString()}); // nothing until a category is chosen
    choose(category, u"Hardware"_s);
    QCOMPARE(itemsOf(subcategory), (QStringList{QString(), u"Laptop"_s, u"Printer"_s, u"Docking station"_s}));
    choose(subcategory, u"Docking station"_s);
    choose(dialog->findChild<QComboBox *>(u"groupCombo"_s), u"Desktop Support L2"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"requesterEdit"_s), u"Hannah Becker"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Dock does not charge"_s);
    QSignalSpy created(dialog, &NewTicketDialog::ticketCreated);
    dialog->submit();
    QVERIFY(created.wait(5000));
    const Ticket ticket = created.at(0).at(0).value<Ticket>();
    const auto onServer = TicketRepository(m_server->database()).find(ticket.id);
    QVERIFY(onServer);
    QCOMPARE(onServer->category, u"Hardware"_s);
    QCOMPARE(onServer->subcategory, u"Docking station"_s);
    QCOMPARE(onServer->group, u"Desktop Support L2"_s);
}

void TestUiCatalog::admin_retiresSubcategory_itIsNoLongerOffered()
{
    MainWindow *window = signIn(u"admin"_s);
    QVERIFY(window);
    NewTicketDialog *dialog = window->openNewTicket();
    auto *category = dialog->findChild<QComboBox *>(u"categoryCombo"_s);
    auto *subcategory = dialog->findChild<QComboBox *>(u"subcategoryCombo"_s);
    choose(category, u"Hardware"_s);
    QVERIFY(itemsOf(subcategory).contains(u"Printer"_s));

    CatalogAdminDialog *admin = window->editCatalog();
    auto *tree = admin->findChild<QTreeWidget *>(u"categoryTree"_s);
    QTRY_VERIFY(treeItem(tree, u"Printer"_s));
    tree->setCurrentItem(treeItem(tree, u"Printer"_s));
    auto *retire = admin->findChild<QPushButton *>(u"retireCategoryButton"_s);
    QTest::mouseClick(retire, Qt::LeftButton);
    // Greyed in the tree, still there; gone from the open form's combo once the lists reload.
    QTRY_VERIFY(treeItem(tree, u"Printer (retired)"_s));
    QTRY_VERIFY(!itemsOf(subcategory).contains(u"Printer"_s));
    QCOMPARE(category->currentData().toString(), u"Hardware"_s); // the form kept what was chosen
    QCOMPARE(retire->text(), u"&Bring back"_s);
    const auto stored = CategoryRepository(m_server->database()).list();
    QCOMPARE(stored.at(0).subcategories.at(1).active, false);
}

void TestUiCatalog::analyst_hasNoCatalogMenu()
{
    MainWindow *window = signIn(u"analyst"_s);
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(u"actionEditCatalog"_s);
    QVERIFY(!action || !action->isVisible());
}

void TestUiCatalog::pane_overridesPriorityWithReason_andGoesBackToTheMatrix()
{
    MainWindow *window = signIn(u"analyst"_s);
    QVERIFY(window);
    const auto ticket = openTicketWithStatus(window, TicketStatus::New);
    QVERIFY(ticket);
    QVERIFY(!ticket->isPriorityOverridden());
    TicketDock *dock = window->ticketDock();
    auto *editor = dock->findChild<TicketFieldsEditor *>(u"ticketFieldsEditor"_s);
    auto *label = editor->findChild<QLabel *>(u"panePriorityLabel"_s);
    QVERIFY(label->text().contains(u"from impact and urgency"_s));
    auto *check = editor->findChild<QCheckBox *>(u"paneOverrideCheck"_s);
    auto *level = editor->findChild<QComboBox *>(u"paneOverridePriorityCombo"_s);
    auto *reason = editor->findChild<QLineEdit *>(u"paneOverrideReasonEdit"_s);
    QVERIFY(reason->isHidden());
    check->click();
    QVERIFY(!reason->isHidden());
    QCOMPARE(level->currentData().toInt(), int(ticket->priority)); // starts from the matrix
    const int p1 = level->findData(int(Priority::P1));
    level->setCurrentIndex(p1);
    Q_EMIT level->activated(p1);
    QVERIFY(label->text().contains(u"set by hand"_s));

    // Without a reason: refused in place, nothing sent, nothing lost.
    auto *save = editor->findChild<QPushButton *>(u"saveFieldsButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto *errors = editor->findChild<QLabel *>(u"fieldErrors"_s);
    QVERIFY(!errors->isHidden());
    QVERIFY(errors->text().contains(u"Reason for the priority"_s));
    QCOMPARE(TicketRepository(m_server->database()).find(ticket->id)->version, ticket->version);
    QCOMPARE(level->currentData().toInt(), int(Priority::P1));
    QVERIFY(check->isChecked());

    QTest::keyClicks(reason, u"The CEO's laptop before the board meeting"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(dock->ticket()->version, ticket->version + 1);
    auto stored = TicketRepository(m_server->database()).find(ticket->id);
    QCOMPARE(stored->priority, Priority::P1);
    QCOMPARE(stored->priorityReason, u"The CEO's laptop before the board meeting"_s);
    QVERIFY(check->isChecked()); // the pane shows the stored override
    QCOMPARE(reason->text(), stored->priorityReason);
    QVERIFY(!save->isEnabled());

    // Back to the matrix.
    check->click();
    QVERIFY(reason->isHidden());
    QVERIFY(label->text().contains(u"from impact and urgency"_s));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(dock->ticket()->version, ticket->version + 2);
    stored = TicketRepository(m_server->database()).find(ticket->id);
    QCOMPARE(stored->priority, PriorityMatrix().priorityFor(stored->impact, stored->urgency));
    QVERIFY(!stored->isPriorityOverridden());
}

void TestUiCatalog::pane_groupAndCategory_arePickedFromTheLists()
{
    // The senior works in Network L3: offered first as the assignee once the group is chosen.
    const auto senior = UserRepository(m_server->database()).findByUsername(u"senior"_s);
    QVERIFY(senior);
    {
        Transaction transaction(m_server->database());
        UserGroupRepository(m_server->database()).add(senior->user.id, u"Network L3"_s, std::nullopt);
        transaction.commit();
    }
    MainWindow *window = signIn(u"analyst"_s);
    QVERIFY(window);
    const auto ticket = openTicketWithStatus(window, TicketStatus::New);
    QVERIFY(ticket);
    TicketDock *dock = window->ticketDock();
    auto *editor = dock->findChild<TicketFieldsEditor *>(u"ticketFieldsEditor"_s);
    auto *group = editor->findChild<QComboBox *>(u"groupCombo"_s);
    auto *category = editor->findChild<QComboBox *>(u"categoryCombo"_s);
    auto *subcategory = editor->findChild<QComboBox *>(u"subcategoryCombo"_s);
    QCOMPARE(group->currentData().toString(), ticket->group);
    QCOMPARE(category->currentData().toString(), ticket->category);
    QCOMPARE(itemsOf(group), (QStringList{QString(), u"Desktop Support L2"_s, u"Network L3"_s, u"Service Desk L1"_s}));
    auto *assignee = editor->findChild<QComboBox *>(u"assigneeCombo"_s);
    QTRY_VERIFY(assignee->count() > 2); // the colleagues have arrived
    QVERIFY(assignee->itemData(1).toLongLong() != senior->user.id);
    choose(group, u"Network L3"_s);
    QCOMPARE(assignee->itemData(1).toLongLong(), senior->user.id);
    QVERIFY(assignee->itemText(1).contains(u"Network L3"_s));
    choose(subcategory, u"Laptop"_s);
    const int seniorIndex = 1;
    assignee->setCurrentIndex(seniorIndex);
    Q_EMIT assignee->activated(seniorIndex);
    QCOMPARE(editor->changes(), (QJsonObject{{u"group"_s, u"Network L3"_s},
                                             {u"subcategory"_s, u"Laptop"_s},
                                             {u"assignee_id"_s, senior->user.id}}));
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveFieldsButton"_s), Qt::LeftButton);
    QTRY_COMPARE(dock->ticket()->version, ticket->version + 1);
    const auto stored = TicketRepository(m_server->database()).find(ticket->id);
    QCOMPARE(stored->group, u"Network L3"_s);
    QCOMPARE(stored->subcategory, u"Laptop"_s);
    QCOMPARE(stored->assignee->id, senior->user.id);
}

QTEST_MAIN(TestUiCatalog)
#include "tst_ui_catalog.moc"
