// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueDock.h"

#include "ApiFailure.h"
#include "BulkActionBar.h"
#include "DisplayText.h"
#include "QueueCellDelegate.h"
#include "QueueColumns.h"
#include "QueuePageBuffer.h"
#include "QueueViewList.h"
#include "QueueViews.h"
#include "SeenTickets.h"
#include "TicketFeed.h"
#include "TicketFilterProxy.h"
#include "TicketTableModel.h"
#include "ViewEditorDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
enum StatusChoice { OpenOnly = -1, AllStatuses = -2 };
const QString defaultView = u"all"_s;

// A view's GET /tickets sort ("priority,-created_at") as the proxy's keys.
QList<TicketFilterProxy::SortKey> sortKeysOf(const QString &sort)
{
    QList<TicketFilterProxy::SortKey> keys;
    for (QString part : sort.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        const bool descending = part.startsWith(u'-');
        const int column = TicketTableModel::columnOfSortField(descending ? part.mid(1) : part);
        if (column >= 0)
            keys.append({column, descending ? Qt::DescendingOrder : Qt::AscendingOrder});
    }
    return keys;
}
} // namespace

QueueDock::QueueDock(ApiClient &api, const User &me, QWidget *parent)
    : QDockWidget(tr("Queue"), parent)
    , m_me(me)
    , m_seen(std::make_unique<SeenTickets>(me.username))
    , m_model(new TicketTableModel(this))
    , m_pages(new QueuePageBuffer(*m_model, this))
    , m_proxy(new TicketFilterProxy(this))
    , m_feed(new TicketFeed(api, this))
    , m_views(new QueueViews(api, this))
    , m_viewList(new QueueViewList(*m_views))
    , m_search(new QLineEdit)
    , m_status(new QComboBox)
    , m_reload(new QToolButton)
    , m_newView(new QToolButton)
    , m_editView(new QToolButton)
    , m_count(new QLabel)
    , m_problem(new QLabel)
    , m_view(new QTableView)
    , m_columns(new QueueColumns(*m_view, me.username))
    , m_bulk(new BulkActionBar(api, me))
    , m_searchDelay(new QTimer(this))
    , m_countsTimer(new QTimer(this))
{
    setObjectName(u"queueDock"_s);
    m_search->setObjectName(u"queueSearch"_s);
    m_count->setObjectName(u"queueCount"_s);
    m_problem->setObjectName(u"queueProblem"_s);
    m_view->setObjectName(u"queueView"_s);
    m_newView->setObjectName(u"queueNewView"_s);
    m_editView->setObjectName(u"queueEditView"_s);

    m_search->setPlaceholderText(tr("Filter by number, title, requester, assignee, group… (%1); Enter searches the server")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(u"queueStatusFilter"_s);
    m_status->setToolTip(tr("Narrow the view by status"));
    m_status->addItem(tr("Open tickets"), int(OpenOnly));
    m_status->addItem(tr("All tickets"), int(AllStatuses));
    for (const QString &name : ticketStatusNames()) {
        const TicketStatus status = *ticketStatusFromName(name);
        m_status->addItem(DisplayText::statusText(status), int(status));
    }
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Fetch the queue again from the server (%1)")
                             .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_newView->setText(tr("New view…"));
    m_newView->setToolTip(tr("Save a view of your own: which tickets, in which order, with which columns"));
    m_editView->setText(tr("Edit view…"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_bulk->hide();
    m_model->setSeenTickets(m_seen.get());

    m_proxy->setSourceModel(m_model);
    // Connected before the view's selection model exists, so these run first: a row that
    // leaves the filter (say, a ticket just resolved) must not open the next ticket.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_rowsLeaving = true; });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_rowsLeaving = false;
        if (m_currentLeft) {
            m_currentLeft = false;
            m_view->selectionModel()->clearCurrentIndex();
        }
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QueueDock::updateCount);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new QueueCellDelegate(m_view));
    // Sorting is the proxy's, by several keys: a click sorts by one column, Shift+click adds one.
    m_view->setSortingEnabled(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sectionClicked, this, [this](int column) {
        m_proxy->clickColumn(column, QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
        updateSortIndicator();
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TicketTableModel::Title, QHeaderView::Stretch);
    // Wide enough for typical values; the title takes whatever is left.
    const std::pair<TicketTableModel::Column, QString> samples[] = {
        {TicketTableModel::Number, u"● INC-000000"_s},
        {TicketTableModel::Priority, DisplayText::priorityText(Priority::P3)},
        {TicketTableModel::Status, DisplayText::statusText(TicketStatus::InProgress)},
        {TicketTableModel::Requester, u"Hannah Becker"_s},
        {TicketTableModel::Assignee, u"Hannah Becker"_s},
        {TicketTableModel::Group, u"Service Desk L1"_s},
        {TicketTableModel::Category, u"Hardware"_s},
        {TicketTableModel::Location, u"HQ / Floor 2"_s},
        {TicketTableModel::Created, DisplayText::timeText(QDateTime(QDate(2026, 12, 31), QTime(23, 59)))},
        {TicketTableModel::Updated, DisplayText::timeText(QDateTime(QDate(2026, 12, 31), QTime(23, 59)))},
    };
    for (const auto &[column, sample] : samples)
        m_view->setColumnWidth(column, m_view->fontMetrics().horizontalAdvance(sample) + 24);
    m_columns->show({});

    m_viewList->setMinimumWidth(m_viewList->fontMetrics().horizontalAdvance(u"My open tickets (9999)"_s) + 24);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_newView);
    bar->addWidget(m_editView);
    bar->addWidget(m_reload);
    auto *tickets = new QWidget;
    auto *ticketLayout = new QVBoxLayout(tickets);
    ticketLayout->setContentsMargins(0, 0, 0, 0);
    ticketLayout->addWidget(m_bulk);
    ticketLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"queueSplit"_s);
    split->addWidget(m_viewList);
    split->addWidget(tickets);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    split->setSizes({m_viewList->minimumWidth(), 4 * m_viewList->minimumWidth()});
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);
    setWidget(content);

    // Typing narrows what is loaded at once; the server is asked too when not everything is
    // loaded, and always on Enter.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(500);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TicketFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        updateCount();
        if (!m_complete || !m_loadedText.isEmpty())
            m_searchDelay->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &QueueDock::searchServer);
    connect(m_searchDelay, &QTimer::timeout, this, &QueueDock::searchServer);
    connect(m_status, &QComboBox::currentIndexChanged, this, &QueueDock::applyStatusScope);
    connect(m_reload, &QToolButton::clicked, this, &QueueDock::reload);
    connect(m_newView, &QToolButton::clicked, this, &QueueDock::saveCurrentAs);
    connect(m_editView, &QToolButton::clicked, this, &QueueDock::editCurrent);
    connect(m_viewList, &QueueViewList::viewChosen, this, &QueueDock::showView);
    connect(m_viewList, &QueueViewList::saveAsRequested, this, &QueueDock::saveCurrentAs);
    connect(m_views, &QueueViews::viewsChanged, this, [this] {
        if (!m_views->find(m_currentView))
            showView(defaultView); // the chosen view was deleted
        else
            m_viewList->select(m_currentView);
    });
    connect(m_views, &QueueViews::saved, this, [this](const SavedView &view) {
        m_viewList->select(view.reference());
        if (view.reference() == m_currentView)
            showView(m_currentView); // its definition changed
    });
    connect(m_views, &QueueViews::failed, this, [this](const ApiFailure &failure) {
        m_problem->setText(tr("The views could not be loaded or saved: %1").arg(failure.message));
        m_problem->show();
    });
    connect(m_columns, &QueueColumns::changedByUser, this, [this](const QStringList &keys) {
        // On an own view the columns are the view's; on a built-in one they are the user's.
        const SavedView *view = m_views->find(m_currentView);
        if (view && !view->isBuiltIn()) {
            SavedView changed = *view;
            changed.columns = keys;
            m_views->update(changed);
        }
    });
    // Counts move as colleagues work: ask again now and then (one light call for all views).
    m_countsTimer->setInterval(60 * 1000);
    connect(m_countsTimer, &QTimer::timeout, m_views, &QueueViews::refreshCounts);

    connect(m_feed, &TicketFeed::started, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_keepCurrent = current.data(TicketTableModel::TicketIdRole).toLongLong();
        m_pages->discard();
        m_model->clear();
        m_problem->hide();
        m_complete = false;
        m_count->setText(tr("Loading the queue…"));
    });
    connect(m_feed, &TicketFeed::pageArrived, m_pages, &QueuePageBuffer::add);
    connect(m_pages, &QueuePageBuffer::appended, this, [this] {
        updateCount();
        const int row = m_keepCurrent ? m_model->rowOf(m_keepCurrent) : -1;
        if (row >= 0) {
            const QSignalBlocker quiet(m_view->selectionModel()); // it is already open in the Ticket pane
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            m_keepCurrent = 0;
        }
    });
    connect(m_feed, &TicketFeed::finished, this, [this](bool complete) {
        m_pages->flush();
        m_complete = complete;
        m_keepCurrent = 0;
        updateCount();
        updateChoices();
        m_views->refreshCounts();
    });
    connect(m_feed, &TicketFeed::failed, this, &QueueDock::onFailed);
    // The current row opens in the Ticket pane once it is selected too. A click makes the row
    // current before it selects it, so the selection finishes the job; a current row nobody
    // selected is the view's own doing (focus coming back after the open ticket left the view
    // makes the first row current) and opens nothing.
    const auto openCurrent = [this] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
            return;
        const qint64 id = current.data(TicketTableModel::TicketIdRole).toLongLong();
        if (id == m_openedId)
            return;
        m_openedId = id;
        m_model->markSeen(id); // it shows in the Ticket pane now
        Q_EMIT ticketSelected(id);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, openCurrent](const QModelIndex &current) {
                if (m_rowsLeaving) {
                    m_currentLeft = true;
                    return;
                }
                if (!current.isValid())
                    return;
                m_openedId = 0; // a new current row opens even if it is the ticket shown
                openCurrent();
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueDock::updateSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueueDock::updateSelection);
    connect(m_bulk, &BulkActionBar::ticketsChanged, this, [this](const QList<Ticket> &changed) {
        for (const Ticket &ticket : changed)
            ticketUpdated(ticket);
        Q_EMIT ticketsChangedInBulk(changed);
    });
    connect(m_bulk, &BulkActionBar::ticketsRefused, this, &QueueDock::selectOnly);
    connect(m_bulk, &BulkActionBar::finished, m_views, &QueueViews::refreshCounts);
    connect(m_bulk, &BulkActionBar::finished, this, &QueueDock::updateSelection);

    // Keyboard first: j/k walk the queue like arrow keys, Enter opens the ticket.
    const auto addKey = [this](const QString &name, QKeySequence key, int step) {
        auto *action = new QAction(name, m_view);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, step] { moveSelection(step); });
        m_view->addAction(action);
    };
    addKey(tr("Next ticket"), QKeySequence(Qt::Key_J), +1);
    addKey(tr("Previous ticket"), QKeySequence(Qt::Key_K), -1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT ticketOpened(index.data(TicketTableModel::TicketIdRole).toLongLong());
    });
}

QueueDock::~QueueDock()
{
    // The model and the proxy are children, deleted after this object has stopped being a
    // QueueDock; the proxy resets when its model goes and would call this dock's slots. Let it
    // drop the model now, while they still exist.
    m_proxy->setSourceModel(nullptr);
}

QString QueueDock::settingsKey(const QString &name) const
{
    return u"queue/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_me.username)) + u"/"_s + name;
}

void QueueDock::reload()
{
    // The remembered view shows at once if it is a built-in one; an own view once the
    // server has listed it.
    const QString remembered = QSettings().value(settingsKey(u"view"_s), defaultView).toString();
    m_currentView = SavedView::builtIn(remembered) ? remembered : defaultView;
    m_views->reload();
    if (m_currentView != remembered) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_views, &QueueViews::viewsChanged, this, [this, remembered, connection] {
            disconnect(*connection);
            if (m_views->find(remembered))
                showView(remembered);
        });
    }
    showView(m_currentView);
    m_countsTimer->start();
}

SavedView QueueDock::definitionOf(const QString &reference) const
{
    if (const SavedView *view = m_views->find(reference))
        return *view;
    return SavedView::builtIn(reference).value_or(*SavedView::builtIn(defaultView));
}

void QueueDock::showView(const QString &reference)
{
    const SavedView view = definitionOf(reference);
    m_currentView = view.reference();
    QSettings().setValue(settingsKey(u"view"_s), m_currentView);
    {
        const QSignalBlocker quiet(m_viewList);
        m_viewList->select(m_currentView);
    }
    m_editView->setEnabled(!view.isBuiltIn());
    m_bulk->clearResult();
    m_proxy->setViewFilters(view.filters, m_me.id);
    // A view that names its statuses shows them all; any other shows open tickets first.
    {
        const QSignalBlocker quiet(m_status);
        m_status->setCurrentIndex(m_status->findData(int(view.showsOpenFirst() ? OpenOnly : AllStatuses)));
    }
    applyStatusScope();
    QList<TicketFilterProxy::SortKey> keys = sortKeysOf(view.sort);
    if (keys.isEmpty())
        keys = {{TicketTableModel::Priority, Qt::AscendingOrder}, {TicketTableModel::Created, Qt::AscendingOrder}};
    m_proxy->setSortKeys(keys);
    updateSortIndicator();
    m_columns->show(view.columns);
    loadTickets();
}

void QueueDock::loadTickets()
{
    const SavedView view = definitionOf(m_currentView);
    QUrlQuery query;
    for (auto it = view.filters.begin(); it != view.filters.end(); ++it)
        query.addQueryItem(it.key(), it.value().toString());
    const QString sort = serverSort();
    if (!sort.isEmpty())
        query.addQueryItem(u"sort"_s, sort);
    m_loadedText = m_search->text().simplified();
    if (!m_loadedText.isEmpty()) {
        // The view's own words and the typed ones must all match.
        const QString words = (view.filters.value(u"q"_s).toString() + u" "_s + m_loadedText).simplified();
        query.removeAllQueryItems(u"q"_s);
        query.addQueryItem(u"q"_s, words.left(200));
    }
    m_feed->start(query);
}

void QueueDock::searchServer()
{
    m_searchDelay->stop();
    if (m_search->text().simplified() != m_loadedText || !m_complete)
        loadTickets();
}

QString QueueDock::serverSort() const
{
    QStringList fields;
    for (const TicketFilterProxy::SortKey &key : m_proxy->sortKeys()) {
        const QString field = TicketTableModel::sortField(key.column);
        if (field.isEmpty())
            break; // a key only the client can sort by: the server's order would differ from here on
        fields << (key.order == Qt::DescendingOrder ? u"-"_s : QString()) + field;
    }
    return fields.join(u',');
}

void QueueDock::ticketUpdated(const Ticket &ticket)
{
    m_model->update(ticket);
    m_model->markSeen(ticket.id);
    m_views->refreshCounts();
}

void QueueDock::updateSortIndicator()
{
    // One key: the header's own arrow. Several: each sorted header says "▲1", "▼2" itself.
    QHeaderView *header = m_view->horizontalHeader();
    const QList<TicketFilterProxy::SortKey> &keys = m_proxy->sortKeys();
    header->setSortIndicatorShown(keys.size() == 1);
    if (!keys.isEmpty())
        header->setSortIndicator(keys.first().column, keys.first().order);
}

void QueueDock::applyStatusScope()
{
    const int choice = m_status->currentData().toInt();
    if (choice == OpenOnly)
        m_proxy->setStatusScope(TicketFilterProxy::StatusScope::Open);
    else if (choice == AllStatuses)
        m_proxy->setStatusScope(TicketFilterProxy::StatusScope::All);
    else
        m_proxy->setStatusScope(TicketFilterProxy::StatusScope::Only, static_cast<TicketStatus>(choice));
    updateCount();
}

void QueueDock::moveSelection(int step)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + step, 0, rows - 1) : 0;
    m_view->setCurrentIndex(m_proxy->index(row, current.isValid() ? current.column() : 0));
    m_view->scrollTo(m_view->currentIndex());
}

void QueueDock::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

int QueueDock::selectedCount() const
{
    return int(m_view->selectionModel()->selectedRows().size());
}

void QueueDock::updateSelection()
{
    QList<Ticket> selected;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        if (const Ticket *ticket = m_model->ticketAt(m_proxy->mapToSource(row).row()))
            selected << *ticket;
    }
    m_bulk->setSelection(selected);
    m_bulk->setVisible(selected.size() >= 2 || m_bulk->hasResult());
}

void QueueDock::updateChoices()
{
    QStringList groups;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Ticket *ticket = m_model->ticketAt(row);
        if (!ticket->group.isEmpty() && !groups.contains(ticket->group))
            groups << ticket->group;
    }
    groups.sort(Qt::CaseInsensitive);
    m_bulk->setGroups(groups);
}

void QueueDock::selectOnly(const QList<qint64> &ids)
{
    // The refused ones stay selected, the changed ones leave the selection: the analyst fixes
    // what was wrong (say, assigns them) and tries again on exactly those.
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QueueDock::saveCurrentAs()
{
    SavedView view = definitionOf(m_currentView);
    view.id = 0;
    view.key.clear();
    view.version = 1;
    // A copy of a view must not pass for it: "All tickets" twice in the list helps nobody.
    const QString basedOn = view.name.isEmpty() ? DisplayText::viewName(m_currentView) : view.name;
    view.name = tr("%1 (my copy)").arg(basedOn);
    if (!m_search->text().trimmed().isEmpty())
        view.filters.insert(u"q"_s, m_search->text().simplified());
    view.sort = serverSort();
    view.columns = m_columns->visibleKeys();
    QStringList groups;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!groups.contains(m_model->ticketAt(row)->group))
            groups << m_model->ticketAt(row)->group;
    }
    ViewEditorDialog dialog(view, groups, this);
    if (dialog.exec() == QDialog::Accepted)
        m_views->create(dialog.view());
}

void QueueDock::editCurrent()
{
    const SavedView *current = m_views->find(m_currentView);
    if (!current || current->isBuiltIn())
        return;
    SavedView view = *current;
    view.sort = serverSort();
    view.columns = m_columns->visibleKeys();
    ViewEditorDialog dialog(view, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        m_views->update(dialog.view());
}

void QueueDock::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    QString text = tr("%n ticket(s) shown", nullptr, shown) + u" · "_s + tr("%n ticket(s) loaded", nullptr, loaded);
    if (m_feed->isRunning())
        text += u" · "_s + tr("loading more…");
    else if (!m_complete && loaded > 0)
        text += u" · "_s + tr("more tickets on the server: narrow the filter to see them");
    if (!m_loadedText.isEmpty())
        text += u" · "_s + tr("searched on the server for “%1”").arg(m_loadedText);
    m_count->setText(text);
}

void QueueDock::onFailed(const ApiFailure &failure)
{
    m_pages->flush(); // the pages that did arrive
    m_problem->setText(tr("The queue could not be loaded: %1").arg(failure.message));
    m_problem->show();
    updateCount();
}

} // namespace Helpline
