// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's views, counts, columns, bulk changes and new/updated marks, offscreen against
// a real server on loopback.
#include "BulkActionBar.h"
#include "ClientUnderTest.h"
#include "InProcessServer.h"
#include "MainWindow.h"
#include "QueueColumns.h"
#include "QueueDock.h"
#include "QueueViewList.h"
#include "QueueViews.h"
#include "SavedView.h"
#include "SeenTickets.h"
#include "Session.h"
#include "TicketDock.h"
#include "TicketFilterProxy.h"
#include "TicketRepository.h"
#include "TicketTableModel.h"
#include "Transaction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Helpline;
using namespace Qt::StringLiterals;

class TestUiQueueViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void views_switching_showsEachViewsTicketsAndCounts();
    void sort_shiftClick_addsASecondKey();
    void columnChooser_choice_persistsForTheUser();
    void bulk_assignToMe_changesEverySelectedTicket();
    void bulk_refusedForSome_saysWhichAndWhy();
    void marks_newAndUpdated_clearedWhenOpened();

private:
    MainWindow *signIn(const QString &username = u"analyst"_s);
    void signOut(QPointer<MainWindow> &window);
    static QString textOfView(QueueDock *queue, const QString &reference);
    static bool choose(QueueDock *queue, const QString &reference);
    qint64 countOf(const TicketFilter &filter) { return TicketRepository(m_server->database()).count(filter); }

    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<ClientUnderTest> m_client;
    qint64 m_analystId = 0;
};

void TestUiQueueViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"HelplineTests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_queue_views"_s);
    m_server = std::make_unique<InProcessServer>(40);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestUiQueueViews::init()
{
    m_client = std::make_unique<ClientUnderTest>(m_server->url());
}

void TestUiQueueViews::cleanup()
{
    m_client.reset();
}

MainWindow *TestUiQueueViews::signIn(const QString &username)
{
    MainWindow *window = m_client->signIn(username);
    if (window && m_client->shell().session().user())
        m_analystId = m_client->shell().session().user()->id;
    return window;
}

void TestUiQueueViews::signOut(QPointer<MainWindow> &window)
{
    window->findChild<QAction *>(u"actionSignOut"_s)->trigger();
    QTRY_VERIFY(!window);
}

QString TestUiQueueViews::textOfView(QueueDock *queue, const QString &reference)
{
    QueueViewList *list = queue->viewList();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(QueueViewList::ReferenceRole).toString() == reference)
            return list->item(row)->text();
    }
    return {};
}

bool TestUiQueueViews::choose(QueueDock *queue, const QString &reference)
{
    QueueViewList *list = queue->viewList();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(QueueViewList::ReferenceRole).toString() == reference) {
            list->setCurrentRow(row); // as a click does
            return QTest::qWaitFor([&] { return queue->currentView() == reference; });
        }
    }
    return false;
}

void TestUiQueueViews::views_switching_showsEachViewsTicketsAndCounts()
{
    {
        // A ticket that is no longer open: counted by no view that shows open tickets.
        TicketRepository tickets(m_server->database());
        Transaction transaction(m_server->database());
        TicketQuery query;
        query.filter.statuses = {TicketStatus::New};
        query.sort = {{TicketSortField::Id, true}};
        const Ticket before = tickets.list(query).items.constFirst();
        Ticket after = before;
        after.status = TicketStatus::Cancelled;
        QVERIFY(tickets.update(before, after, std::nullopt));
        transaction.commit();
    }
    MainWindow *window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QTRY_COMPARE(queue->viewList()->count(), int(SavedView::builtIn().size()));
    QAbstractItemModelTester tester(queue->view()->model());

    TicketFilter mineOpen;
    mineOpen.assigneeId = m_analystId;
    mineOpen.statuses = {TicketStatus::New, TicketStatus::Assigned, TicketStatus::InProgress, TicketStatus::Pending};
    const qint64 mine = countOf(mineOpen);
    QVERIFY(mine > 0);
    TicketFilter unassignedOpen = mineOpen;
    unassignedOpen.assigneeId.reset();
    unassignedOpen.unassignedOnly = true;
    const qint64 unassigned = countOf(unassignedOpen);
    QVERIFY(unassigned > 0 && unassigned != mine);

    // Every view says how many tickets it holds, in the analyst's language.
    QTRY_COMPARE(textOfView(queue, u"my_open"_s), u"My open tickets  (%1)"_s.arg(mine));
    QTRY_COMPARE(textOfView(queue, u"unassigned"_s), u"Unassigned  (%1)"_s.arg(unassigned));
    // "All tickets" lists the open ones first, and counts what it lists (not the closed ones).
    TicketFilter open;
    open.statuses = mineOpen.statuses;
    QTRY_VERIFY(countOf(open) < countOf({})); // one was cancelled before signing in
    QTRY_COMPARE(textOfView(queue, u"all"_s), u"All tickets  (%1)"_s.arg(countOf(open)));

    QVERIFY(choose(queue, u"my_open"_s));
    QTRY_COMPARE(queue->view()->model()->rowCount(), int(mine));
    for (int row = 0; row < queue->view()->model()->rowCount(); ++row)
        QCOMPARE(queue->view()->model()->index(row, TicketTableModel::Assignee).data().toString(), u"Alex Morgan"_s);

    QVERIFY(choose(queue, u"unassigned"_s));
    QTRY_COMPARE(queue->view()->model()->rowCount(), int(unassigned));
    QCOMPARE(queue->model()->rowCount(), int(unassigned)); // the server sent only these
    for (int row = 0; row < queue->view()->model()->rowCount(); ++row)
        QVERIFY(queue->view()->model()->index(row, TicketTableModel::Assignee).data().toString().isEmpty());

    // The choice is remembered for next time.
    QPointer<MainWindow> guard = window;
    signOut(guard);
    window = signIn();
    QVERIFY(window);
    QTRY_COMPARE(window->queueDock()->currentView(), u"unassigned"_s);
    QTRY_COMPARE(window->queueDock()->view()->model()->rowCount(), int(unassigned));
}

void TestUiQueueViews::sort_shiftClick_addsASecondKey()
{
    MainWindow *window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QTRY_VERIFY(queue->model()->rowCount() > 10);
    QHeaderView *header = queue->view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(TicketTableModel::Requester) + 5, 5));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      QPoint(header->sectionViewportPosition(TicketTableModel::Priority) + 5, 5));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      QPoint(header->sectionViewportPosition(TicketTableModel::Priority) + 5, 5));
    const QList<TicketFilterProxy::SortKey> expected{{TicketTableModel::Requester, Qt::AscendingOrder},
                                                     {TicketTableModel::Priority, Qt::DescendingOrder}};
    QCOMPARE(queue->proxy()->sortKeys(), expected);
    QVERIFY(queue->proxy()->headerData(TicketTableModel::Priority, Qt::Horizontal).toString().endsWith(u"▼2"_s));
    QAbstractItemModel *rows = queue->view()->model();
    for (int row = 1; row < rows->rowCount(); ++row) {
        const QString a = rows->index(row - 1, TicketTableModel::Requester).data().toString();
        const QString b = rows->index(row, TicketTableModel::Requester).data().toString();
        QVERIFY(a <= b);
        if (a == b)
            QVERIFY(rows->index(row - 1, TicketTableModel::Priority).data(TicketTableModel::SortRole).toInt()
                    >= rows->index(row, TicketTableModel::Priority).data(TicketTableModel::SortRole).toInt());
    }
}

void TestUiQueueViews::columnChooser_choice_persistsForTheUser()
{
    QPointer<MainWindow> window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QTableView *view = queue->view();
    QVERIFY(!view->isColumnHidden(TicketTableModel::Requester));
    QVERIFY(view->isColumnHidden(TicketTableModel::Location));
    queue->columns()->setVisibleByUser(TicketTableModel::Requester, false);
    queue->columns()->setVisibleByUser(TicketTableModel::Location, true);
    QVERIFY(view->isColumnHidden(TicketTableModel::Requester));
    signOut(window);

    window = signIn();
    QVERIFY(window);
    view = window->queueDock()->view();
    QTRY_VERIFY(window->queueDock()->model()->rowCount() > 0);
    QVERIFY(view->isColumnHidden(TicketTableModel::Requester));
    QVERIFY(!view->isColumnHidden(TicketTableModel::Location));
    QVERIFY(!view->isColumnHidden(TicketTableModel::Title));
    signOut(window);

    // Another analyst on this desk keeps the default columns.
    window = signIn(u"senior"_s);
    QVERIFY(window);
    QVERIFY(!window->queueDock()->view()->isColumnHidden(TicketTableModel::Requester));
}

void TestUiQueueViews::bulk_assignToMe_changesEverySelectedTicket()
{
    MainWindow *window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QTRY_COMPARE(queue->viewList()->count(), int(SavedView::builtIn().size()));
    QVERIFY(choose(queue, u"unassigned"_s));
    QTRY_VERIFY(queue->view()->model()->rowCount() >= 4);
    const int before = queue->view()->model()->rowCount();
    QTRY_COMPARE(textOfView(queue, u"unassigned"_s), u"Unassigned  (%1)"_s.arg(before));

    // Extended selection: a click, then Ctrl+clicks.
    QTableView *view = queue->view();
    QList<qint64> ids;
    for (int row : {0, 1, 3}) {
        const QModelIndex index = view->model()->index(row, TicketTableModel::Title);
        ids << index.data(TicketTableModel::TicketIdRole).toLongLong();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, row ? Qt::ControlModifier : Qt::NoModifier,
                          view->visualRect(index).center());
    }
    QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
    BulkActionBar *bar = queue->bulkBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->findChild<QLabel *>(u"bulkSelected"_s)->text().startsWith(u"3 ticket"_s));
    QVERIFY(bar->findChild<QPushButton *>(u"bulkAssignToMe"_s)->isEnabled());
    // "a" assigns the whole selection, as the bar's Assign to me does.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A);

    auto *result = bar->findChild<QLabel *>(u"bulkResult"_s);
    QTRY_VERIFY(result->text().startsWith(u"3 ticket"_s) && result->text().endsWith(u" changed."_s));
    TicketRepository tickets(m_server->database());
    for (qint64 id : std::as_const(ids)) {
        QCOMPARE(tickets.find(id)->assignee->id, m_analystId);
        QCOMPARE(tickets.find(id)->status, TicketStatus::Assigned);
    }
    // They leave the Unassigned view at once, and its count follows.
    QTRY_COMPARE(view->model()->rowCount(), before - 3);
    QTRY_COMPARE(textOfView(queue, u"unassigned"_s), u"Unassigned  (%1)"_s.arg(before - 3));
    QVERIFY(result->isVisible()); // the outcome stays in sight
    // The ticket open in the Ticket pane (the last one clicked) shows its new version.
    TicketDock *pane = window->ticketDock();
    QTRY_VERIFY(pane->ticket() && pane->ticket()->id == ids.last() && pane->ticket()->assignee
                && pane->ticket()->assignee->id == m_analystId);
}

void TestUiQueueViews::bulk_refusedForSome_saysWhichAndWhy()
{
    MainWindow *window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QTRY_COMPARE(queue->viewList()->count(), int(SavedView::builtIn().size()));
    QVERIFY(choose(queue, u"all"_s));
    QTRY_VERIFY(queue->view()->model()->rowCount() > 10);
    // One of mine and one nobody's: "in progress" needs an assignee, so only mine moves.
    QTableView *view = queue->view();
    int mineRow = -1, nobodyRow = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, TicketTableModel::Assignee);
        const auto status = static_cast<TicketStatus>(index.data(TicketTableModel::StatusRole).toInt());
        if (index.data().toString() == u"Alex Morgan"_s && status == TicketStatus::Assigned && mineRow < 0)
            mineRow = row;
        if (index.data().toString().isEmpty() && status == TicketStatus::New && nobodyRow < 0)
            nobodyRow = row;
    }
    QVERIFY(mineRow >= 0 && nobodyRow >= 0);
    const QString nobodyNumber = view->model()->index(nobodyRow, TicketTableModel::Number).data().toString();
    const QString nobodyTitle = view->model()->index(nobodyRow, TicketTableModel::Title).data().toString();
    const qint64 mineId = view->model()->index(mineRow, 0).data(TicketTableModel::TicketIdRole).toLongLong();
    const qint64 nobodyId = view->model()->index(nobodyRow, 0).data(TicketTableModel::TicketIdRole).toLongLong();
    view->selectionModel()->select(view->model()->index(mineRow, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(nobodyRow, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    BulkActionBar *bar = queue->bulkBar();
    QTRY_VERIFY(bar->isVisible());
    bar->apply({{u"status"_s, u"in_progress"_s}}); // what Status… → In progress sends

    auto *result = bar->findChild<QLabel *>(u"bulkResult"_s);
    QTRY_VERIFY2(result->text().startsWith(u"1 ticket"_s) && result->text().contains(u"changed."_s), qPrintable(result->text()));
    const QStringList lines = result->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"1 ticket"_s) && lines.at(0).endsWith(u"not changed:"_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), u"%1 “%2”: Assignee: required"_s.arg(nobodyNumber, nobodyTitle));
    // The refused one stays selected, the changed one leaves the selection.
    QTRY_COMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().at(0).data(TicketTableModel::TicketIdRole).toLongLong(), nobodyId);
    TicketRepository tickets(m_server->database());
    QCOMPARE(tickets.find(mineId)->status, TicketStatus::InProgress);
    QCOMPARE(tickets.find(nobodyId)->status, TicketStatus::New);
    const int row = queue->model()->rowOf(mineId);
    QCOMPARE(queue->model()->index(row, 0).data(TicketTableModel::StatusRole).toInt(), int(TicketStatus::InProgress));
}

void TestUiQueueViews::marks_newAndUpdated_clearedWhenOpened()
{
    // The first visit starts the reading state: what is there already counts as seen.
    QPointer<MainWindow> window = signIn();
    QVERIFY(window);
    QTRY_VERIFY(window->queueDock()->model()->rowCount() > 0);
    QCOMPARE(window->queueDock()->model()->index(0, 0).data(TicketTableModel::MarkRole).toInt(), 0);
    signOut(window);
    QTest::qWait(5); // a later millisecond than the visit

    // Meanwhile a ticket arrives and a colleague changes another.
    TicketRepository tickets(m_server->database());
    Ticket arrived, changed;
    {
        Transaction transaction(m_server->database());
        NewTicket ticket;
        ticket.title = u"Laptop will not boot"_s;
        ticket.requesterName = u"Nora Weber"_s;
        arrived = tickets.create(ticket, Priority::P2, std::nullopt);
        TicketQuery query;
        query.filter.statuses = {TicketStatus::New};
        const Ticket before = tickets.list(query).items.constFirst();
        Ticket after = before;
        after.title = before.title + u" (again)"_s;
        changed = *tickets.update(before, after, std::nullopt);
        transaction.commit();
    }

    window = signIn();
    QVERIFY(window);
    QueueDock *queue = window->queueDock();
    QTRY_VERIFY(queue->model()->rowOf(arrived.id) >= 0);
    const auto markOf = [&](qint64 id) {
        return queue->model()->index(queue->model()->rowOf(id), TicketTableModel::Title).data(TicketTableModel::MarkRole).toInt();
    };
    const auto isBold = [&](qint64 id) {
        return queue->model()->index(queue->model()->rowOf(id), TicketTableModel::Title).data(Qt::FontRole).value<QFont>().bold();
    };
    QCOMPARE(markOf(arrived.id), int(SeenTickets::Mark::New));
    QCOMPARE(markOf(changed.id), int(SeenTickets::Mark::Updated));
    QVERIFY(isBold(arrived.id));
    QVERIFY(!queue->model()->index(queue->model()->rowOf(arrived.id), TicketTableModel::Number).data(Qt::DecorationRole).isNull());
    int unmarked = 0;
    for (int row = 0; row < queue->model()->rowCount(); ++row)
        unmarked += queue->model()->index(row, 0).data(TicketTableModel::MarkRole).toInt() == 0 ? 1 : 0;
    QCOMPARE(unmarked, queue->model()->rowCount() - 2);

    // Opening a ticket clears its mark, and it stays cleared next time.
    const QModelIndex row = queue->proxy()->mapFromSource(queue->model()->index(queue->model()->rowOf(arrived.id), 0));
    queue->view()->setCurrentIndex(row);
    QTRY_VERIFY(window->ticketDock()->ticket() && window->ticketDock()->ticket()->id == arrived.id);
    QCOMPARE(markOf(arrived.id), 0);
    QVERIFY(!isBold(arrived.id));
    QCOMPARE(markOf(changed.id), int(SeenTickets::Mark::Updated));
    signOut(window);

    window = signIn();
    QVERIFY(window);
    queue = window->queueDock();
    QTRY_VERIFY(queue->model()->rowOf(arrived.id) >= 0);
    QCOMPARE(markOf(arrived.id), 0);
    QCOMPARE(markOf(changed.id), int(SeenTickets::Mark::Updated));
}

QTEST_MAIN(TestUiQueueViews)
#include "tst_ui_queue_views.moc"
