// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's rows: TicketFilterProxy (QueueRowFilter, QueueSortOrder) over TicketTableModel and
// QueuePageBuffer. Every incremental path (pages merged in, typing on, deleting, a changed
// ticket) is compared with an order and a filter computed here from the tickets themselves.
#include "QueueCellDelegate.h"
#include "QueuePageBuffer.h"
#include "QueueRowFilter.h"
#include "QueueSortOrder.h"
#include "Ticket.h"
#include "TicketFilterProxy.h"
#include "TicketTableModel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <tuple>

using namespace Helpline;
using namespace Qt::StringLiterals;

namespace {

// Few distinct values on purpose: many rows tie on priority and time, so ties by id matter.
QList<Ticket> someTickets(int count, quint32 seed)
{
    const QStringList titles{u"Printer jams"_s, u"VPN drops"_s, u"Printer offline"_s, u"New laptop"_s, u"Teams without sound"_s};
    const QStringList people{u"Hannah Becker"_s, u"Oliver Schmidt"_s, u"Marie Dupont"_s, u"Élodie Roux"_s};
    const QStringList groups{u"Service Desk L1"_s, u"Network"_s, u"Workplace"_s};
    const QList<TicketStatus> statuses{TicketStatus::New, TicketStatus::Assigned, TicketStatus::InProgress,
                                       TicketStatus::Pending, TicketStatus::Resolved};
    QRandomGenerator random(seed);
    const QDateTime start(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::UTC);
    QList<Ticket> tickets;
    for (int i = 1; i <= count; ++i) {
        Ticket t;
        t.id = i;
        t.number = Ticket::numberFor(TicketType::Incident, i);
        t.title = titles.at(random.bounded(int(titles.size())));
        t.status = statuses.at(random.bounded(int(statuses.size())));
        t.priority = static_cast<Priority>(1 + random.bounded(4));
        t.requester = {people.at(random.bounded(int(people.size()))), u"someone@example.org"_s};
        if (random.bounded(3))
            t.assignee = UserRef{1 + random.bounded(3), people.at(random.bounded(int(people.size())))};
        t.group = groups.at(random.bounded(int(groups.size())));
        t.category = u"Hardware"_s;
        t.location = u"HQ"_s;
        t.createdAt = start.addSecs(3600 * random.bounded(5)); // five distinct times
        t.updatedAt = t.createdAt;
        tickets << t;
    }
    return tickets;
}

// The ticket ids the proxy shows, top to bottom.
QList<qint64> shownIds(const TicketFilterProxy &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(TicketTableModel::TicketIdRole).toLongLong();
    return ids;
}

// What an open-ticket queue sorted by priority then age must show for `text`, computed here.
QList<qint64> expectedIds(const QList<Ticket> &tickets, const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    QList<Ticket> shown;
    for (const Ticket &t : tickets) {
        const QString haystack = QStringList{t.number, t.title, t.requester.name, t.assignee ? t.assignee->name : QString(),
                                             t.group, t.category, t.location}
                                     .join(u'\n')
                                     .toLower();
        if (isOpenStatus(t.status)
            && std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return haystack.contains(w); }))
            shown << t;
    }
    std::sort(shown.begin(), shown.end(), [](const Ticket &a, const Ticket &b) {
        return std::tuple(int(a.priority), a.createdAt, a.id) < std::tuple(int(b.priority), b.createdAt, b.id);
    });
    QList<qint64> ids;
    for (const Ticket &t : std::as_const(shown))
        ids << t.id;
    return ids;
}

const QList<QueueSortOrder::Key> byPriorityThenAge{{TicketTableModel::Priority, Qt::AscendingOrder},
                                                   {TicketTableModel::Created, Qt::AscendingOrder}};

} // namespace

class TestUiQueueRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortOrder_tiesOnEveryKey_goByIdInTheFirstKeysDirection();
    void sortOrder_eachKeyKeepsItsOwnDirection();
    void rowFilter_implies_data();
    void rowFilter_implies();
    void rowFilter_typingOnNarrows_deletingWidens();
    void proxy_pagesInTheQueuesOrder_eachInsertedAsOneBlockBelow();
    void proxy_pagesInAnyOrder_mergeIntoTheSortedRows();
    void proxy_incrementalFiltering_showsExactlyWhatAFullFilterShows();
    void proxy_selectionAndCurrent_followTheirTickets();
    void proxy_changedTicket_movesToItsPlaceOrLeaves();
    void proxy_viewFilters_matchTheTickets();
    void proxy_modelDeletedFirst_showsNothing();
    void pageBuffer_firstPageAtOnce_laterOnesTogether();
    void cellDelegate_paintsWhatTheStylePaints();
};

void TestUiQueueRows::sortOrder_tiesOnEveryKey_goByIdInTheFirstKeysDirection()
{
    TicketTableModel model;
    QList<Ticket> tickets = someTickets(3, 1);
    for (Ticket &t : tickets) {
        t.priority = Priority::P2;
        t.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
    }
    // Arriving as 3, 1, 2: the order is by id all the same.
    model.append({tickets.at(2), tickets.at(0), tickets.at(1)});
    QueueSortOrder order;
    order.setKeys(byPriorityThenAge);
    std::vector<int> rows{0, 1, 2};
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return order.before(model, a, b); });
    QCOMPARE(rows, (std::vector<int>{1, 2, 0}));
    QVERIFY(!order.before(model, 0, 0));

    order.setKeys({{TicketTableModel::Priority, Qt::DescendingOrder}, {TicketTableModel::Created, Qt::AscendingOrder}});
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return order.before(model, a, b); });
    QCOMPARE(rows, (std::vector<int>{0, 2, 1})); // ids 3, 2, 1
}

void TestUiQueueRows::sortOrder_eachKeyKeepsItsOwnDirection()
{
    TicketTableModel model;
    const QList<Ticket> tickets = someTickets(400, 2);
    model.append(tickets);
    TicketFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setStatusScope(TicketFilterProxy::StatusScope::All);
    proxy.setSortKeys({{TicketTableModel::Priority, Qt::DescendingOrder}, {TicketTableModel::Requester, Qt::AscendingOrder},
                       {TicketTableModel::Created, Qt::DescendingOrder}});
    QCOMPARE(proxy.rowCount(), 400);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const Ticket &a = *model.ticketAt(proxy.mapToSource(proxy.index(row - 1, 0)).row());
        const Ticket &b = *model.ticketAt(proxy.mapToSource(proxy.index(row, 0)).row());
        QVERIFY(int(a.priority) >= int(b.priority));
        if (a.priority == b.priority) {
            const int names = collator.compare(a.requester.name, b.requester.name);
            QVERIFY(names <= 0);
            if (names == 0) {
                QVERIFY(a.createdAt >= b.createdAt);
                if (a.createdAt == b.createdAt)
                    QVERIFY(a.id > b.id); // the first key is descending: ties by id go down too
            }
        }
    }
}

void TestUiQueueRows::rowFilter_implies_data()
{
    QTest::addColumn<QString>("stronger");
    QTest::addColumn<QString>("weaker");
    QTest::addColumn<bool>("implies");
    QTest::addRow("a longer word") << u"printer"_s << u"print"_s << true;
    QTest::addRow("a shorter word") << u"print"_s << u"printer"_s << false;
    QTest::addRow("a word inside") << u"printer"_s << u"int"_s << true;
    QTest::addRow("another word added") << u"print vpn"_s << u"print"_s << true;
    QTest::addRow("a word taken away") << u"print"_s << u"print vpn"_s << false;
    QTest::addRow("nothing is weakest") << u"print"_s << QString() << true;
    QTest::addRow("different words") << u"vpn"_s << u"print"_s << false;
    QTest::addRow("case and spaces") << u"  PRINTER  "_s << u"print"_s << true;
}

void TestUiQueueRows::rowFilter_implies()
{
    QFETCH(QString, stronger);
    QFETCH(QString, weaker);
    QFETCH(bool, implies);
    QCOMPARE(QueueRowFilter::implies(QueueRowFilter::wordsOf(stronger), QueueRowFilter::wordsOf(weaker)), implies);
}

void TestUiQueueRows::rowFilter_typingOnNarrows_deletingWidens()
{
    QueueRowFilter filter;
    QCOMPARE(filter.setSearchText(u"p"_s), QueueRowFilter::Change::Narrower);
    QCOMPARE(filter.setSearchText(u"pr"_s), QueueRowFilter::Change::Narrower);
    QCOMPARE(filter.setSearchText(u"pr "_s), QueueRowFilter::Change::Same);
    QCOMPARE(filter.setSearchText(u"pr v"_s), QueueRowFilter::Change::Narrower);
    QCOMPARE(filter.setSearchText(u"pr"_s), QueueRowFilter::Change::Wider);
    QCOMPARE(filter.setSearchText(u"vpn"_s), QueueRowFilter::Change::Other);
    QCOMPARE(filter.setSearchText(QString()), QueueRowFilter::Change::Wider);
}

void TestUiQueueRows::proxy_pagesInTheQueuesOrder_eachInsertedAsOneBlockBelow()
{
    QList<Ticket> tickets = someTickets(1000, 3);
    std::sort(tickets.begin(), tickets.end(), [](const Ticket &a, const Ticket &b) {
        return std::tuple(int(a.priority), a.createdAt, a.id) < std::tuple(int(b.priority), b.createdAt, b.id);
    });
    TicketTableModel model;
    TicketFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortKeys(byPriorityThenAge);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&proxy, &QAbstractItemModel::layoutChanged);
    for (qsizetype at = 0; at < tickets.size(); at += 200)
        model.append(tickets.mid(at, 200));
    QCOMPARE(inserted.size(), 5);
    QCOMPARE(moved.size(), 0);
    for (const QList<QVariant> &signal : std::as_const(inserted)) // below what was there
        QVERIFY(signal.at(1).toInt() > 0 || &signal == &inserted.first());
    QCOMPARE(shownIds(proxy), expectedIds(tickets, {}));
}

void TestUiQueueRows::proxy_pagesInAnyOrder_mergeIntoTheSortedRows()
{
    const QList<Ticket> tickets = someTickets(1000, 4); // in id order: every page lands all over
    TicketTableModel model;
    TicketFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortKeys(byPriorityThenAge);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    for (qsizetype at = 0; at < tickets.size(); at += 150) {
        model.append(tickets.mid(at, 150));
        QCOMPARE(shownIds(proxy), expectedIds(tickets.mid(0, at + 150), {}));
    }
    QCOMPARE(inserted.size(), 7); // one block a page, then moved into place
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    model.append(tickets);
    QCOMPARE(shownIds(proxy), expectedIds(tickets, {}));
}

void TestUiQueueRows::proxy_incrementalFiltering_showsExactlyWhatAFullFilterShows()
{
    const QList<Ticket> tickets = someTickets(3000, 5);
    TicketTableModel model;
    model.append(tickets);
    TicketFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortKeys(byPriorityThenAge);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList texts;
    const QString typed = u"printer hann"_s;
    for (qsizetype i = 1; i <= typed.size(); ++i)
        texts << typed.left(i);
    for (qsizetype i = typed.size() - 1; i >= 0; --i)
        texts << typed.left(i);
    texts << u"vpn"_s << u"vpn  l1"_s << u"becker"_s << u"INC-0000"_s << u"é"_s << u"zzz"_s << u"o"_s << QString();
    for (const QString &text : std::as_const(texts)) {
        proxy.setSearchText(text);
        const QList<qint64> expected = expectedIds(tickets, text);
        QCOMPARE(shownIds(proxy), expected);
        // …and what a proxy filtering everything afresh shows.
        TicketFilterProxy fresh;
        fresh.setSearchText(text);
        fresh.setSortKeys(byPriorityThenAge);
        fresh.setSourceModel(&model);
        QCOMPARE(shownIds(fresh), expected);
    }
    QVERIFY(expectedIds(tickets, u"printer hann"_s).size() > 10); // the words do find something
    QVERIFY(expectedIds(tickets, u"printer hann"_s).size() < expectedIds(tickets, u"printer"_s).size());
}

void TestUiQueueRows::proxy_selectionAndCurrent_followTheirTickets()
{
    const QList<Ticket> tickets = someTickets(600, 6);
    TicketTableModel model;
    TicketFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortKeys(byPriorityThenAge);
    model.append(tickets.mid(0, 300));
    QItemSelectionModel selection(&proxy);
    QSignalSpy currentMoved(&selection, &QItemSelectionModel::currentRowChanged);
    // A printer ticket that stays in every step below.
    const auto printer = std::find_if(tickets.cbegin(), tickets.cbegin() + 300, [](const Ticket &t) {
        return isOpenStatus(t.status) && t.title.startsWith(u"Printer"_s) && t.priority == Priority::P3;
    });
    QVERIFY(printer != tickets.cbegin() + 300);
    const qint64 id = printer->id;
    const QModelIndex row = proxy.mapFromSource(model.index(model.rowOf(id), 0));
    selection.setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    currentMoved.clear();
    const auto currentId = [&] { return selection.currentIndex().data(TicketTableModel::TicketIdRole).toLongLong(); };
    const auto selectedIds = [&] {
        QList<qint64> ids;
        for (const QModelIndex &index : selection.selectedRows())
            ids << index.data(TicketTableModel::TicketIdRole).toLongLong();
        return ids;
    };

    model.append(tickets.mid(300)); // lands above and below it
    QCOMPARE(currentId(), id);
    QCOMPARE(selectedIds(), QList<qint64>{id});
    QVERIFY(selection.currentIndex().row() != row.row());
    proxy.setSearchText(u"print"_s);
    proxy.setSearchText(u"printer"_s);
    QCOMPARE(currentId(), id);
    QCOMPARE(selectedIds(), QList<qint64>{id});
    proxy.clickColumn(TicketTableModel::Requester, true);
    proxy.clickColumn(TicketTableModel::Priority, false);
    QCOMPARE(currentId(), id);
    proxy.setSearchText(QString());
    QCOMPARE(currentId(), id);
    QCOMPARE(selectedIds(), QList<qint64>{id});
    QCOMPARE(currentMoved.size(), 0); // it never left, so nothing opened anew

    // Filtered away: the selection goes with it.
    proxy.setSearchText(u"vpn"_s);
    QVERIFY(selectedIds().isEmpty());
}

void TestUiQueueRows::proxy_changedTicket_movesToItsPlaceOrLeaves()
{
    QList<Ticket> tickets = someTickets(500, 7);
    TicketTableModel model;
    model.append(tickets);
    TicketFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortKeys(byPriorityThenAge);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto open = std::find_if(tickets.begin(), tickets.end(), [](const Ticket &t) {
        return isOpenStatus(t.status) && t.priority == Priority::P4;
    });
    QVERIFY(open != tickets.end());
    open->priority = Priority::P1;
    model.update(*open);
    QCOMPARE(shownIds(proxy), expectedIds(tickets, {}));
    open->status = TicketStatus::Resolved;
    model.update(*open);
    QVERIFY(!shownIds(proxy).contains(open->id));
    QCOMPARE(shownIds(proxy), expectedIds(tickets, {}));
    open->status = TicketStatus::InProgress;
    open->priority = Priority::P2;
    model.update(*open);
    QCOMPARE(shownIds(proxy), expectedIds(tickets, {}));
}

void TestUiQueueRows::proxy_viewFilters_matchTheTickets()
{
    const QList<Ticket> tickets = someTickets(500, 8);
    TicketTableModel model;
    model.append(tickets);
    TicketFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortKeys(byPriorityThenAge);
    proxy.setStatusScope(TicketFilterProxy::StatusScope::All);
    proxy.setViewFilters(QJsonObject{{u"status"_s, u"new, Pending"_s}, {u"priority"_s, u"P1,2"_s},
                                     {u"assignee"_s, u"me"_s}, {u"group"_s, u"Network"_s}},
                         2);
    QList<qint64> expected;
    for (const Ticket &t : tickets) {
        if ((t.status == TicketStatus::New || t.status == TicketStatus::Pending)
            && (t.priority == Priority::P1 || t.priority == Priority::P2) && t.assignee && t.assignee->id == 2
            && t.group == u"Network"_s)
            expected << t.id;
    }
    QVERIFY(!expected.isEmpty());
    QList<qint64> shown = shownIds(proxy);
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
    proxy.setViewFilters(QJsonObject{{u"assignee"_s, u"none"_s}, {u"group"_s, u"mine"_s}}, 2);
    QCOMPARE(proxy.rowCount(), std::count_if(tickets.cbegin(), tickets.cend(), [](const Ticket &t) { return !t.assignee; }));
}

void TestUiQueueRows::proxy_modelDeletedFirst_showsNothing()
{
    auto *model = new TicketTableModel;
    model->append(someTickets(50, 10));
    TicketFilterProxy proxy;
    proxy.setSourceModel(model);
    QVERIFY(proxy.rowCount() > 0);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    delete model; // as when the queue's parts go with their dock, the model first
    QCOMPARE(reset.size(), 1);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.columnCount(), 0);
    QVERIFY(!proxy.index(0, 0).isValid());
}

void TestUiQueueRows::pageBuffer_firstPageAtOnce_laterOnesTogether()
{
    const QList<Ticket> tickets = someTickets(600, 9);
    TicketTableModel model;
    QueuePageBuffer pages(model);
    QSignalSpy appended(&pages, &QueuePageBuffer::appended);
    pages.add(tickets.mid(0, 200));
    QCOMPARE(model.rowCount(), 200); // the first rows show straight away
    pages.add(tickets.mid(200, 200));
    pages.add(tickets.mid(400, 100));
    QCOMPARE(model.rowCount(), 200);
    QTRY_COMPARE(model.rowCount(), 500); // together, a moment later
    QCOMPARE(appended.size(), 2);
    pages.add(tickets.mid(500));
    pages.flush(); // the feed finished
    QCOMPARE(model.rowCount(), 600);
    QVERIFY(pages.isEmpty());
    for (int row = 0; row < 600; ++row)
        QCOMPARE(model.ticketAt(row)->id, tickets.at(row).id);

    model.clear(); // a new load
    pages.add(tickets.mid(0, 10));
    QCOMPARE(model.rowCount(), 10);
    pages.add(tickets.mid(10, 10));
    pages.discard(); // and another before the second page went in
    QTest::qWait(QueuePageBuffer::interval * 2);
    QCOMPARE(model.rowCount(), 10);
}

void TestUiQueueRows::cellDelegate_paintsWhatTheStylePaints()
{
    QList<Ticket> tickets = someTickets(40, 11);
    tickets[0].title = u"A title far too long for its column, so the cell has to elide it"_s;
    tickets[1].priority = Priority::P1; // bold and coloured
    TicketTableModel model;
    model.append(tickets);
    TicketFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortKeys(byPriorityThenAge);
    QTableView view;
    view.setModel(&proxy);
    view.setWordWrap(false);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->hide();
    view.resize(1200, 500);
    view.selectRow(2);
    const auto shot = [&] {
        view.viewport()->repaint();
        return view.viewport()->grab().toImage();
    };
    const QImage byTheStyle = shot();
    view.setItemDelegate(new QueueCellDelegate(&view));
    const QImage byTheDelegate = shot();
    const QImage again = shot(); // from its cache this time
    QCOMPARE(byTheDelegate.size(), byTheStyle.size());
    QVERIFY(byTheDelegate == byTheStyle);
    QVERIFY(again == byTheStyle);
}

QTEST_MAIN(TestUiQueueRows)
#include "tst_ui_queue_rows.moc"
