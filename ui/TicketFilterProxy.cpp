// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketFilterProxy.h"

#include "TicketTableModel.h"

#include <algorithm>

namespace Helpline {

using namespace Qt::StringLiterals;

TicketFilterProxy::TicketFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void TicketFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_rows = qobject_cast<const TicketTableModel *>(source);
    Q_ASSERT(m_rows || !source);
    if (m_rows) {
        const auto connect = [this](auto signal, auto slot) { m_connections.push_back(QObject::connect(m_rows, signal, this, slot)); };
        connect(&QAbstractItemModel::modelAboutToBeReset, [this] { beginResetModel(); });
        connect(&QAbstractItemModel::modelReset, [this] {
            rebuild();
            endResetModel();
        });
        connect(&QAbstractItemModel::rowsInserted, [this](const QModelIndex &, int first, int last) { appendRows(first, last); });
        connect(&QAbstractItemModel::dataChanged, [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
            if (!from.isValid() || !to.isValid())
                return;
            rowsChanged(from.row(), to.row());
            for (int row = from.row(); row <= to.row(); ++row) {
                if (const int shown = m_rowOf.at(row); shown >= 0)
                    Q_EMIT dataChanged(index(shown, from.column()), index(shown, to.column()), roles);
            }
        });
        connect(&QAbstractItemModel::headerDataChanged, [this](Qt::Orientation orientation, int first, int last) {
            if (orientation == Qt::Horizontal)
                Q_EMIT headerDataChanged(orientation, first, last);
        });
        // The queue's model only appends, changes and resets; anything else starts afresh.
        const auto aboutToChange = [this] { beginResetModel(); };
        const auto changed = [this] {
            rebuild();
            endResetModel();
        };
        connect(&QAbstractItemModel::rowsAboutToBeRemoved, aboutToChange);
        connect(&QAbstractItemModel::rowsRemoved, changed);
        connect(&QAbstractItemModel::rowsAboutToBeMoved, aboutToChange);
        connect(&QAbstractItemModel::rowsMoved, changed);
        connect(&QAbstractItemModel::layoutAboutToBeChanged, aboutToChange);
        connect(&QAbstractItemModel::layoutChanged, changed);
        // The model may go first when both go with their parent: nothing may read it after.
        m_connections.push_back(QObject::connect(m_rows, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows = nullptr;
            rebuild();
            endResetModel();
        }));
    }
    rebuild();
    endResetModel();
}

void TicketFilterProxy::setSearchText(const QString &text)
{
    refilter(m_filter.setSearchText(text));
}

void TicketFilterProxy::setStatusScope(StatusScope scope, std::optional<TicketStatus> only)
{
    m_filter.setStatusScope(scope, only);
    refilter(QueueRowFilter::Change::Other);
}

void TicketFilterProxy::setViewFilters(const QJsonObject &filters, qint64 me)
{
    m_filter.setViewFilters(filters, me);
    refilter(QueueRowFilter::Change::Other);
}

void TicketFilterProxy::setSortKeys(const QList<SortKey> &keys)
{
    m_order.setKeys(keys);
    if (const int columns = columnCount(); columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_rows)
        return;
    std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return before(a, b); });
    const std::vector<int> rows = acceptedInOrder();
    if (rows != m_shown)
        moveShown(rows, VerticalSortHint);
}

void TicketFilterProxy::clickColumn(int column, bool addToKeys)
{
    QList<SortKey> keys = sortKeys();
    const auto found = std::find_if(keys.begin(), keys.end(), [column](const SortKey &k) { return k.column == column; });
    if (addToKeys) {
        if (found != keys.end())
            found->order = found->order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        else
            keys.append({column, Qt::AscendingOrder});
    } else {
        const bool wasFirst = !keys.isEmpty() && keys.first().column == column;
        const Qt::SortOrder order = wasFirst && keys.first().order == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                         : Qt::AscendingOrder;
        keys = {{column, order}};
    }
    setSortKeys(keys);
}

void TicketFilterProxy::sort(int column, Qt::SortOrder order)
{
    setSortKeys({{column, order}});
}

QModelIndex TicketFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TicketFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TicketFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TicketFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TicketFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rows ? 0 : m_rows->columnCount();
}

bool TicketFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex TicketFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || std::size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return m_rows->index(m_shown[proxyIndex.row()], proxyIndex.column());
}

QModelIndex TicketFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_rows || std::size_t(sourceIndex.row()) >= m_rowOf.size())
        return {};
    const int row = m_rowOf[sourceIndex.row()];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant TicketFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || !m_rows)
        return QAbstractItemModel::headerData(section, orientation, role);
    const QVariant value = m_rows->headerData(section, orientation, role);
    const QList<SortKey> &keys = sortKeys();
    if (role != Qt::DisplayRole || keys.size() < 2)
        return value;
    // With several sort keys, each sorted header says its place and direction: "Group ▲1".
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).column == section)
            return u"%1 %2%3"_s.arg(value.toString(), keys.at(i).order == Qt::AscendingOrder ? u"▲"_s : u"▼"_s)
                .arg(i + 1);
    }
    return value;
}

void TicketFilterProxy::rebuild()
{
    const int rows = m_rows ? m_rows->rowCount() : 0;
    m_accepted.assign(rows, 0);
    m_sorted.resize(rows);
    for (int row = 0; row < rows; ++row) {
        m_accepted[row] = m_filter.accepts(*m_rows, row);
        m_sorted[row] = row;
    }
    std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return before(a, b); });
    m_shown = acceptedInOrder();
    indexShown();
}

void TicketFilterProxy::refilter(QueueRowFilter::Change change)
{
    if (!m_rows || change == QueueRowFilter::Change::Same)
        return;
    // Typing on can only hide shown rows, deleting only bring hidden ones back: test just those.
    const int rows = int(m_accepted.size());
    switch (change) {
    case QueueRowFilter::Change::Narrower:
        for (const int row : m_shown)
            m_accepted[row] = m_filter.accepts(*m_rows, row);
        break;
    case QueueRowFilter::Change::Wider:
        for (int row = 0; row < rows; ++row) {
            if (!m_accepted[row])
                m_accepted[row] = m_filter.accepts(*m_rows, row);
        }
        break;
    case QueueRowFilter::Change::Other:
    case QueueRowFilter::Change::Same:
        for (int row = 0; row < rows; ++row)
            m_accepted[row] = m_filter.accepts(*m_rows, row);
        break;
    }
    show(acceptedInOrder());
}

void TicketFilterProxy::appendRows(int first, int last)
{
    if (first != int(m_accepted.size())) {
        // Not an append (the queue's model never does this): start afresh.
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    std::vector<int> arrived;
    arrived.reserve(last - first + 1);
    m_accepted.resize(last + 1);
    m_rowOf.resize(last + 1, -1);
    for (int row = first; row <= last; ++row) {
        m_accepted[row] = m_filter.accepts(*m_rows, row);
        arrived.push_back(row);
    }
    const auto less = [this](int a, int b) { return before(a, b); };
    std::sort(arrived.begin(), arrived.end(), less);
    const bool afterAll = m_sorted.empty() || !before(arrived.front(), m_sorted.back());
    const auto middle = m_sorted.insert(m_sorted.end(), arrived.cbegin(), arrived.cend());
    if (!afterAll) {
        std::inplace_merge(m_sorted.begin(), middle, m_sorted.end(), less);
        show(acceptedInOrder());
        return;
    }
    // The server's pages come in the queue's order: the page goes below what is shown.
    std::vector<int> shown;
    std::copy_if(arrived.cbegin(), arrived.cend(), std::back_inserter(shown), [this](int row) { return m_accepted[row]; });
    if (shown.empty())
        return;
    const int from = int(m_shown.size());
    beginInsertRows({}, from, from + int(shown.size()) - 1);
    for (const int row : shown) {
        m_rowOf[row] = int(m_shown.size());
        m_shown.push_back(row);
    }
    endInsertRows();
}

void TicketFilterProxy::rowsChanged(int first, int last)
{
    const auto less = [this](int a, int b) { return before(a, b); };
    if (last - first >= 64) {
        std::sort(m_sorted.begin(), m_sorted.end(), less);
    } else {
        // A changed ticket may sort elsewhere now: take it out and put it back in its place.
        for (int row = first; row <= last; ++row) {
            if (const auto at = std::find(m_sorted.begin(), m_sorted.end(), row); at != m_sorted.end())
                m_sorted.erase(at);
            m_sorted.insert(std::lower_bound(m_sorted.begin(), m_sorted.end(), row, less), row);
        }
    }
    for (int row = first; row <= last; ++row)
        m_accepted[row] = m_filter.accepts(*m_rows, row);
    show(acceptedInOrder());
}

std::vector<int> TicketFilterProxy::acceptedInOrder() const
{
    std::vector<int> rows;
    rows.reserve(m_shown.size());
    std::copy_if(m_sorted.cbegin(), m_sorted.cend(), std::back_inserter(rows), [this](int row) { return m_accepted[row]; });
    return rows;
}

void TicketFilterProxy::show(const std::vector<int> &rows)
{
    std::vector<char> wanted(m_accepted.size(), 0);
    for (const int row : rows)
        wanted[row] = 1;

    // Rows leaving: removed as one block, moved below the others first if they are scattered.
    std::vector<int> kept;
    kept.reserve(m_shown.size());
    int firstGone = -1;
    int lastGone = -1;
    bool oneBlock = true;
    for (int at = 0; at < int(m_shown.size()); ++at) {
        if (wanted[m_shown[at]]) {
            kept.push_back(m_shown[at]);
            continue;
        }
        if (firstGone >= 0 && at != lastGone + 1)
            oneBlock = false;
        if (firstGone < 0)
            firstGone = at;
        lastGone = at;
    }
    if (firstGone >= 0) {
        if (!oneBlock) {
            std::vector<int> leavingLast = kept;
            std::copy_if(m_shown.cbegin(), m_shown.cend(), std::back_inserter(leavingLast), [&](int row) { return !wanted[row]; });
            moveShown(leavingLast, NoLayoutChangeHint);
            firstGone = int(kept.size());
            lastGone = int(m_shown.size()) - 1;
        }
        beginRemoveRows({}, firstGone, lastGone);
        m_shown = std::move(kept);
        indexShown();
        endRemoveRows();
    }

    // Rows arriving: inserted as one block where they belong if they are together and the
    // others keep their order; else below the others, then moved into place.
    const std::size_t arriving = rows.size() - m_shown.size();
    if (arriving > 0) {
        const auto firstNew = std::find_if(rows.cbegin(), rows.cend(), [this](int row) { return m_rowOf[row] < 0; });
        const int at = int(firstNew - rows.cbegin());
        const bool together = std::equal(rows.cbegin(), firstNew, m_shown.cbegin())
            && std::all_of(firstNew, firstNew + arriving, [this](int row) { return m_rowOf[row] < 0; })
            && std::equal(firstNew + arriving, rows.cend(), m_shown.cbegin() + at);
        if (together) {
            beginInsertRows({}, at, at + int(arriving) - 1);
            m_shown = rows;
            indexShown();
            endInsertRows();
            return;
        }
        const int from = int(m_shown.size());
        beginInsertRows({}, from, from + int(arriving) - 1);
        std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(m_shown), [this](int row) { return m_rowOf[row] < 0; });
        indexShown();
        endInsertRows();
    }
    if (m_shown != rows)
        moveShown(rows, NoLayoutChangeHint);
}

void TicketFilterProxy::moveShown(const std::vector<int> &rows, LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(from.size());
    for (const QModelIndex &index : from)
        sourceRows.push_back(m_shown.at(index.row()));
    m_shown = rows;
    indexShown();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to << index(m_rowOf[sourceRows[i]], from.at(i).column());
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

void TicketFilterProxy::indexShown()
{
    m_rowOf.assign(m_accepted.size(), -1);
    for (int at = 0; at < int(m_shown.size()); ++at)
        m_rowOf[m_shown[at]] = at;
}

} // namespace Helpline
