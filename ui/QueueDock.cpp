// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueDock.h"

#include "ApiFailure.h"
#include "TicketFeed.h"
#include "TicketFilterProxy.h"
#include "DisplayText.h"
#include "TicketTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
enum StatusChoice { OpenOnly = -1, AllStatuses = -2 };
}

QueueDock::QueueDock(ApiClient &api, QWidget *parent)
    : QDockWidget(tr("Queue"), parent)
    , m_model(new TicketTableModel(this))
    , m_proxy(new TicketFilterProxy(this))
    , m_feed(new TicketFeed(api, this))
    , m_search(new QLineEdit)
    , m_status(new QComboBox)
    , m_reload(new QToolButton)
    , m_count(new QLabel)
    , m_problem(new QLabel)
    , m_view(new QTableView)
{
    setObjectName(u"queueDock"_s);
    m_search->setObjectName(u"queueSearch"_s);
    m_status->setObjectName(u"queueStatusFilter"_s);
    m_count->setObjectName(u"queueCount"_s);
    m_problem->setObjectName(u"queueProblem"_s);
    m_view->setObjectName(u"queueView"_s);

    m_search->setPlaceholderText(tr("Filter by number, title, requester, assignee, group… (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("Open tickets"), int(OpenOnly));
    m_status->addItem(tr("All tickets"), int(AllStatuses));
    for (const QString &name : ticketStatusNames()) {
        const TicketStatus status = *ticketStatusFromName(name);
        m_status->addItem(DisplayText::statusText(status), int(status));
    }
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Fetch the queue again from the server (%1)")
                             .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    m_proxy->setSourceModel(m_model);
    // Connected before the view's selection model exists, so these run first: a row that
    // leaves the filter (say, a ticket just resolved) must not open the next ticket.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_rowsLeaving = true; });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_rowsLeaving = false;
        if (m_currentLeft) {
            m_currentLeft = false;
            m_view->selectionModel()->clear();
        }
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QueueDock::updateCount);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TicketTableModel::Priority, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TicketTableModel::Title, QHeaderView::Stretch);
    // Wide enough for typical values; the title takes whatever is left.
    const std::pair<TicketTableModel::Column, QString> samples[] = {
        {TicketTableModel::Number, u"INC-000000"_s},
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
        m_view->setColumnWidth(column, m_view->fontMetrics().horizontalAdvance(sample) + 16);
    for (int column : {int(TicketTableModel::Category), int(TicketTableModel::Location), int(TicketTableModel::Updated)})
        m_view->setColumnHidden(column, true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_reload);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setWidget(content);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &TicketFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &QueueDock::updateCount);
    connect(m_status, &QComboBox::currentIndexChanged, this, &QueueDock::applyStatusScope);
    connect(m_reload, &QToolButton::clicked, this, &QueueDock::reload);
    connect(m_feed, &TicketFeed::started, this, [this] {
        m_model->clear();
        m_problem->hide();
        m_complete = false;
        m_count->setText(tr("Loading the queue…"));
    });
    connect(m_feed, &TicketFeed::pageArrived, m_model, &TicketTableModel::append);
    connect(m_feed, &TicketFeed::pageArrived, this, &QueueDock::updateCount);
    connect(m_feed, &TicketFeed::finished, this, [this](bool complete) {
        m_complete = complete;
        updateCount();
    });
    connect(m_feed, &TicketFeed::failed, this, &QueueDock::onFailed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_rowsLeaving) {
                    m_currentLeft = true;
                    return;
                }
                if (current.isValid())
                    Q_EMIT ticketSelected(current.data(TicketTableModel::TicketIdRole).toLongLong());
            });
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
    applyStatusScope();
}

void QueueDock::reload()
{
    m_feed->start({});
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

void QueueDock::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    QString text = tr("%n ticket(s) shown", nullptr, shown) + u" · "_s + tr("%n ticket(s) loaded", nullptr, loaded);
    if (m_feed->isRunning())
        text += u" · "_s + tr("loading more…");
    else if (!m_complete && loaded > 0)
        text += u" · "_s + tr("more tickets on the server: narrow the filter to see them");
    m_count->setText(text);
}

void QueueDock::onFailed(const ApiFailure &failure)
{
    m_problem->setText(tr("The queue could not be loaded: %1").arg(failure.message));
    m_problem->show();
    updateCount();
}

} // namespace Helpline
