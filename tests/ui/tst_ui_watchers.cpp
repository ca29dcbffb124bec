// SPDX-License-Identifier: GPL-3.0-or-later
// Watchers in the ticket pane (watch/unwatch with W, add a colleague, the Watching view and
// its marks) and the queue's bulk actions that ask once (resolve with a resolution, take
// unassigned tickets into work, assign to any colleague), offscreen against a real server.
#include "BulkActionBar.h"
#include "ClientUnderTest.h"
#include "ColleaguePickerDialog.h"
#include "InProcessServer.h"
#include "MainWindow.h"
#include "QueueDock.h"
#include "QueueViewList.h"
#include "SeenTickets.h"
#include "Session.h"
#include "StatusChangeDialog.h"
#include "TicketDock.h"
#include "TicketFilterProxy.h"
#include "TicketRepository.h"
#include "TicketTableModel.h"
#include "Transaction.h"
#include "UserRepository.h"
#include "WatcherRepository.h"
#include "WatchersPanel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <functional>

using namespace Helpline;
using namespace Qt::StringLiterals;

class TestUiWatchers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void watch_toggleAndShortcut_followAndStopFollowing();
    void addWatcher_colleague_listedAndWatchingViewShowsMine();
    void watchedTicket_changedByAColleague_isMarkedUpdated();
    void bulk_resolve_asksOnceAndSendsTheResolution();
    void bulk_inProgress_offersToTakeUnassigned();
    void bulk_assignTo_listsEveryColleagueWithGroups();

private:
    MainWindow *signIn(const QString &username = u"analyst"_s);
    static bool choose(QueueDock *queue, const QString &reference);
    static QString textOfView(QueueDock *queue, const QString &reference);
    void openTicket(MainWindow *window, qint64 id);
    qint64 userId(const QString &username);
    // Rows of the queue's current view, by their ticket's state.
    QList<qint64> rowsWhere(QueueDock *queue, const std::function<bool(const Ticket &)> &wanted, int atMost);
    void select(QueueDock *queue, const QList<qint64> &ids);

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<ClientUnderTest> m_client;
};

void TestUiWatchers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HelplineTests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_watchers"_s);
    m_server = std::make_unique<InProcessServer>(40);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestUiWatchers::init()
{
    m_client = std::make_unique<ClientUnderTest>(m_server->url());
}

void TestUiWatchers::cleanup()
{
    m_client.reset();
}

MainWindow *TestUiWatchers::signIn(const QString &username)
{
    return m_client->signIn(username);
}

qint64 TestUiWatchers::userId(const QString &username)
{
    const auto stored = UserRepository(m_server->database()).findByUsername(username);
    return stored ? stored->user.id : 0;
}

bool TestUiWatchers::choose(QueueDock *queue, const QString &reference)
{
    QueueViewList *list = queue->viewList();
    if (!QTest::qWaitFor([&] { return list->count() > 0; }))
        return false;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(QueueViewList::ReferenceRole).toString() == reference) {
            list->setCurrentRow(row);
            return QTest::qWaitFor([&] { return queue->currentView() == reference; });
        }
    }
    return false;
}

QString TestUiWatchers::textOfView(QueueDock *queue, const QString &reference)
{
    QueueViewList *list = queue->viewList();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(QueueViewList::ReferenceRole).toString() == reference)
            return list->item(row)->text();
    }
    return {};
}

void TestUiWatchers::openTicket(MainWindow *window, qint64 id)
{
    QueueDock *queue = window->queueDock();
    QTRY_VERIFY(queue->model()->rowOf(id) >= 0);
    queue->view()->setCurrentIndex(queue->proxy()->mapFromSource(queue->model()->index(queue->model()->rowOf(id), 0)));
    QTRY_VERIFY(window->ticketDock()->ticket() && window->ticketDock()->ticket()->id == id);
}

QList<qint64> TestUiWatchers::rowsWhere(QueueDock *queue, const std::function<bool(const Ticket &)> &wanted, int atMost)
{
    QList<qint64> ids;
    QAbstractItemModel *shown = queue->view()->model();
    for (int row = 0; row < shown->rowCount() && ids.size() < atMost; ++row) {
        const qint64 id = shown->index(row, 0).data(TicketTableModel::TicketIdRole).toLongLong();
        const Ticket *ticket = queue->model()->ticketAt(queue->model()->rowOf(id));
        if (ticket && wanted(*ticket))
            ids << id;
    }
    return ids;
}

void TestUiWatchers::select(QueueDock *queue, const QList<qint64> &ids)
{
    QTableView *view = queue->view();
    view->selectionModel()->clearSelection();
    for (const qint64 id : ids) {
        const QModelIndex index = queue->proxy()->mapFromSource(queue->model()->index(queue->model()->rowOf(id), 0));
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestUiWatchers::watch_toggleAndShortcut_followAndStopFollowing()
{
    MainWindow *window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QVERIFY(choose(queue, u"all"_s));
    QTRY_VERIFY(queue->view()->model()->rowCount() > 0);
    const qint64 id = queue->view()->model()->index(0, 0).data(TicketTableModel::TicketIdRole).toLongLong();
    openTicket(window, id);

    auto *toggle = window->ticketDock()->findChild<QPushButton *>(u"watchToggle"_s);
    QVERIFY(toggle);
    QTRY_COMPARE(toggle->text(), u"Watch (0)"_s);
    QVERIFY(!toggle->isChecked());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE(toggle->text(), u"Unwatch (1)"_s);
    QVERIFY(toggle->isChecked());
    WatcherRepository watchers(m_server->database());
    QVERIFY(watchers.isWatching(id, userId(u"analyst"_s)));
    // The pane's Watchers tab says who, and the history says who started watching.
    auto *list = window->ticketDock()->findChild<QListWidget *>(u"watchersList"_s);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(u"Alex Morgan (you)"_s));

    // W, wherever no text field has the focus, stops watching again.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    queue->view()->setFocus();
    QTest::keyClick(queue->view(), Qt::Key_W);
    QTRY_COMPARE(toggle->text(), u"Watch (0)"_s);
    QVERIFY(!watchers.isWatching(id, userId(u"analyst"_s)));
    QTRY_VERIFY(list->item(0)->text() == u"Nobody watches this ticket."_s);
}

void TestUiWatchers::addWatcher_colleague_listedAndWatchingViewShowsMine()
{
    MainWindow *window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QVERIFY(choose(queue, u"all"_s));
    QTRY_VERIFY(queue->view()->model()->rowCount() > 3);
    const qint64 id = queue->view()->model()->index(2, 0).data(TicketTableModel::TicketIdRole).toLongLong();
    openTicket(window, id);
    WatchersPanel *panel = window->ticketDock()->watchersPanel();

    // Add watcher…: the picker lists those who work tickets, with their groups; not room staff.
    QTest::mouseClick(panel->findChild<QPushButton *>(u"addWatcherButton"_s), Qt::LeftButton);
    QTRY_VERIFY(panel->picker() && !panel->picker()->listedIds().isEmpty());
    ColleaguePickerDialog *picker = panel->picker();
    QVERIFY(picker->listedIds().contains(userId(u"senior"_s)));
    QVERIFY(!picker->listedIds().contains(userId(u"rooms"_s)));
    // Typing narrows it.
    QTest::keyClicks(picker->findChild<QLineEdit *>(u"colleagueFilter"_s), u"sam"_s);
    QCOMPARE(picker->listedIds(), (QList<qint64>{userId(u"senior"_s)}));
    QVERIFY(picker->choose(userId(u"senior"_s)));
    QTest::keyClick(picker->findChild<QListWidget *>(u"colleagueList"_s), Qt::Key_Return);
    QTRY_VERIFY(WatcherRepository(m_server->database()).isWatching(id, userId(u"senior"_s)));
    auto *list = panel->findChild<QListWidget *>(u"watchersList"_s);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(u"Sam Rivera"_s));
    auto *toggle = panel->watchToggle();
    QTRY_COMPARE(toggle->text(), u"Watch (1)"_s); // the senior watches; I do not (yet)

    // Removing the colleague again takes them off the list.
    list->setCurrentRow(0);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"removeWatcherButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!WatcherRepository(m_server->database()).isWatching(id, userId(u"senior"_s)));
    QTRY_COMPARE(toggle->text(), u"Watch (0)"_s);

    // Watching it myself puts it in my Watching view, with its count.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE(toggle->text(), u"Unwatch (1)"_s);
    QVERIFY(choose(queue, u"watching"_s));
    QTRY_COMPARE(queue->view()->model()->rowCount(), 1);
    QCOMPARE(queue->view()->model()->index(0, 0).data(TicketTableModel::TicketIdRole).toLongLong(), id);
    QTRY_COMPARE(textOfView(queue, u"watching"_s), u"Watching  (1)"_s);
    // Unwatching it in the pane takes it out of the view at once.
    openTicket(window, id);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE(queue->view()->model()->rowCount(), 0);
    QTRY_COMPARE(textOfView(queue, u"watching"_s), u"Watching  (0)"_s);
}

void TestUiWatchers::watchedTicket_changedByAColleague_isMarkedUpdated()
{
    // The analyst watches a ticket and has seen it.
    QPointer<MainWindow> window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QVERIFY(choose(queue, u"all"_s));
    QTRY_VERIFY(queue->view()->model()->rowCount() > 5);
    const qint64 id = queue->view()->model()->index(5, 0).data(TicketTableModel::TicketIdRole).toLongLong();
    openTicket(window, id);
    QTest::mouseClick(window->ticketDock()->watchersPanel()->watchToggle(), Qt::LeftButton);
    QTRY_VERIFY(WatcherRepository(m_server->database()).isWatching(id, userId(u"analyst"_s)));
    QVERIFY(choose(queue, u"watching"_s));
    QTRY_COMPARE(queue->view()->model()->rowCount(), 1);
    QCOMPARE(queue->model()->index(queue->model()->rowOf(id), 0).data(TicketTableModel::MarkRole).toInt(), 0);
    window->findChild<QAction *>(u"actionSignOut"_s)->trigger();
    QTRY_VERIFY(!window);

    // Meanwhile the senior changes it.
    {
        TicketRepository tickets(m_server->database());
        Transaction transaction(m_server->database());
        const Ticket before = *tickets.find(id);
        Ticket after = before;
        after.title = before.title + u" (senior had a look)"_s;
        QVERIFY(tickets.update(before, after, userId(u"senior"_s)));
        transaction.commit();
    }

    window = signIn();
    QVERIFY(window);
    queue = window->queueDock();
    QTRY_COMPARE(queue->currentView(), u"watching"_s); // remembered
    QTRY_COMPARE(queue->model()->rowCount(), 1);
    QCOMPARE(queue->model()->index(0, TicketTableModel::Title).data(TicketTableModel::MarkRole).toInt(),
             int(SeenTickets::Mark::Updated));
}

void TestUiWatchers::bulk_resolve_asksOnceAndSendsTheResolution()
{
    MainWindow *window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QVERIFY(choose(queue, u"all"_s));
    QTRY_VERIFY(queue->view()->model()->rowCount() > 10);
    const QList<qint64> ids =
        rowsWhere(queue, [](const Ticket &t) { return t.status == TicketStatus::Assigned; }, 2);
    QCOMPARE(ids.size(), 2);
    select(queue, ids);
    BulkActionBar *bar = queue->bulkBar();
    QTRY_VERIFY(bar->isVisible());

    QTest::mouseClick(bar->findChild<QPushButton *>(u"bulkResolve"_s), Qt::LeftButton);
    QTRY_VERIFY(bar->statusDialog() && bar->statusDialog()->isVisible());
    StatusChangeDialog *dialog = bar->statusDialog();
    auto *code = dialog->findChild<QComboBox *>(u"statusDetailChoice"_s);
    code->setCurrentIndex(code->findData(u"workaround"_s));
    // The notes are required, as for one ticket.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"statusDetailOk"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"resolutionNotesEdit"_s), u"Cleared the spooler on both."_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"statusDetailOk"_s), Qt::LeftButton);

    auto *result = bar->findChild<QLabel *>(u"bulkResult"_s);
    QTRY_VERIFY2(result->text().startsWith(u"2 ticket"_s) && result->text().endsWith(u" changed."_s)
                     && !result->text().contains(u"not changed"_s),
                 qPrintable(result->text()));
    TicketRepository tickets(m_server->database());
    for (const qint64 id : ids) {
        const Ticket ticket = *tickets.find(id);
        QCOMPARE(ticket.status, TicketStatus::Resolved);
        QCOMPARE(ticket.resolutionCode, ResolutionCode::Workaround);
        QCOMPARE(ticket.resolutionNotes, u"Cleared the spooler on both."_s);
    }
    // Resolved ones leave the open list; nothing failed, so nothing stays selected.
    QTRY_COMPARE(queue->view()->selectionModel()->selectedRows().size(), 0);
}

void TestUiWatchers::bulk_inProgress_offersToTakeUnassigned()
{
    MainWindow *window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QVERIFY(choose(queue, u"all"_s));
    QTRY_VERIFY(queue->view()->model()->rowCount() > 10);
    const qint64 me = userId(u"analyst"_s);
    const QList<qint64> nobodys = rowsWhere(queue, [](const Ticket &t) { return t.status == TicketStatus::New && !t.assignee; }, 2);
    const QList<qint64> mine =
        rowsWhere(queue, [me](const Ticket &t) { return t.status == TicketStatus::Assigned && t.assignee && t.assignee->id == me; }, 1);
    QCOMPARE(nobodys.size(), 2);
    QCOMPARE(mine.size(), 1);
    select(queue, nobodys + mine);
    BulkActionBar *bar = queue->bulkBar();
    QTRY_VERIFY(bar->isVisible());

    // "In progress" needs an assignee (the workflow's rule): the bar offers to take them.
    bar->applyStatus(TicketStatus::InProgress);
    QTRY_VERIFY(bar->takeQuestion() && bar->takeQuestion()->isVisible());
    QVERIFY(bar->takeQuestion()->text().startsWith(u"2 of the selected tickets have no assignee"_s));
    QTest::mouseClick(bar->takeQuestion()->findChild<QPushButton *>(u"bulkTakeUnassignedYes"_s), Qt::LeftButton);

    auto *result = bar->findChild<QLabel *>(u"bulkResult"_s);
    QTRY_VERIFY2(result->text().startsWith(u"3 ticket"_s) && result->text().endsWith(u" changed."_s)
                     && !result->text().contains(u"not changed"_s),
                 qPrintable(result->text()));
    TicketRepository tickets(m_server->database());
    for (const qint64 id : nobodys + mine) {
        const Ticket ticket = *tickets.find(id);
        QCOMPARE(ticket.status, TicketStatus::InProgress);
        QCOMPARE(ticket.assignee->id, me);
    }

    // Leaving them out instead: the unassigned one is refused, says why, and stays selected.
    const QList<qint64> another = rowsWhere(queue, [](const Ticket &t) { return t.status == TicketStatus::New && !t.assignee; }, 1);
    const QList<qint64> assigned =
        rowsWhere(queue, [me](const Ticket &t) { return t.status == TicketStatus::Assigned && t.assignee && t.assignee->id == me; }, 1);
    QCOMPARE(another.size(), 1);
    QCOMPARE(assigned.size(), 1);
    select(queue, another + assigned);
    QTRY_COMPARE(queue->view()->selectionModel()->selectedRows().size(), 2);
    bar->applyStatus(TicketStatus::InProgress);
    QTRY_VERIFY(bar->takeQuestion() && bar->takeQuestion()->isVisible());
    QTest::mouseClick(bar->takeQuestion()->findChild<QPushButton *>(u"bulkTakeUnassignedNo"_s), Qt::LeftButton);
    QTRY_VERIFY2(result->text().startsWith(u"1 ticket"_s) && result->text().contains(u"not changed:"_s),
                 qPrintable(result->text()));
    QVERIFY(result->text().contains(u"Assignee: required"_s));
    QCOMPARE(tickets.find(another.first())->status, TicketStatus::New);
    QTRY_COMPARE(queue->view()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(queue->view()->selectionModel()->selectedRows().at(0).data(TicketTableModel::TicketIdRole).toLongLong(),
             another.first());
}

void TestUiWatchers::bulk_assignTo_listsEveryColleagueWithGroups()
{
    MainWindow *window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QVERIFY(choose(queue, u"unassigned"_s));
    QTRY_VERIFY(queue->view()->model()->rowCount() >= 2);
    const QList<qint64> ids = rowsWhere(queue, [](const Ticket &) { return true; }, 2);
    select(queue, ids);
    BulkActionBar *bar = queue->bulkBar();
    QTRY_VERIFY(bar->isVisible());

    // Every ticket worker, not only those already on loaded tickets: the senior holds none here.
    QTest::mouseClick(bar->findChild<QPushButton *>(u"bulkAssignTo"_s), Qt::LeftButton);
    QTRY_VERIFY(bar->colleaguePicker() && !bar->colleaguePicker()->listedIds().isEmpty());
    ColleaguePickerDialog *picker = bar->colleaguePicker();
    QCOMPARE(picker->listedIds().size(), 3); // analyst, senior, admin; not room staff
    auto *list = picker->findChild<QListWidget *>(u"colleagueList"_s);
    QVERIFY(list->item(0)->text().contains(u"—"_s)); // each with their groups
    QVERIFY(picker->choose(userId(u"senior"_s)));
    QTest::keyClick(list, Qt::Key_Return);

    auto *result = bar->findChild<QLabel *>(u"bulkResult"_s);
    QTRY_VERIFY2(result->text().startsWith(u"2 ticket"_s) && result->text().endsWith(u" changed."_s)
                     && !result->text().contains(u"not changed"_s),
                 qPrintable(result->text()));
    TicketRepository tickets(m_server->database());
    for (const qint64 id : ids)
        QCOMPARE(tickets.find(id)->assignee->id, userId(u"senior"_s));
}

QTEST_MAIN(TestUiWatchers)
#include "tst_ui_watchers.moc"
