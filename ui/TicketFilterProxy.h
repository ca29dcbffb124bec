// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QueueRowFilter.h"
#include "QueueSortOrder.h"

#include <QAbstractProxyModel>
#include <vector>

namespace Helpline {

class TicketTableModel;

// The queue's rows as the analyst sees them: filtered by QueueRowFilter (typed words, status
// scope, the view's filters) and sorted by QueueSortOrder (several columns, ties by id).
//
// Built for 50,000 rows arriving in pages: it keeps every loaded row in sort order and the
// shown ones apart, so a page is merged in (appended at once when it sorts after what is
// there, as the server's pages do), typing more only re-tests the rows shown and deleting
// only the rows hidden, and a change reaches the view as a few signals (rows inserted or
// removed in one block, then one layout change that moves them into place), never one per
// row. Selection and the current row are persistent indexes and follow their tickets.
class TicketFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using StatusScope = QueueRowFilter::StatusScope;
    using SortKey = QueueSortOrder::Key;

    explicit TicketFilterProxy(QObject *parent = nullptr);

    // The queue's own model only: it reads the tickets straight from it.
    void setSourceModel(QAbstractItemModel *source) override;

    void setSearchText(const QString &text);
    void setStatusScope(StatusScope scope, std::optional<TicketStatus> only = std::nullopt);
    // GET /tickets filters of the view ({"status":"new,pending","assignee":"me"}); `me` is the
    // signed-in analyst. Filters the client cannot judge (group=mine) are left to the server.
    void setViewFilters(const QJsonObject &filters, qint64 me);

    void setSortKeys(const QList<SortKey> &keys);
    const QList<SortKey> &sortKeys() const { return m_order.keys(); }
    // Shift+click: adds the column as the next key, or turns its order round if it is one.
    // A plain click: sorts by that column alone (turning its order round if it was the first).
    void clickColumn(int column, bool addToKeys);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override; // by that column alone

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter(QueueRowFilter::Change change);
    void rebuild();
    void appendRows(int first, int last);
    void rowsChanged(int first, int last);
    bool before(int a, int b) const { return m_order.before(*m_rows, a, b); }
    // The rows of m_sorted that are accepted, in order.
    std::vector<int> acceptedInOrder() const;
    // Brings the shown rows to `rows` (source rows in their new order) with as few signals as
    // the change allows.
    void show(const std::vector<int> &rows);
    // Reorders the shown rows to `rows` (the same rows), moving persistent indexes with them.
    void moveShown(const std::vector<int> &rows, LayoutChangeHint hint);
    void indexShown();

    const TicketTableModel *m_rows = nullptr;
    QueueRowFilter m_filter;
    QueueSortOrder m_order;
    std::vector<int> m_sorted;   // every source row, in sort order
    std::vector<char> m_accepted; // by source row
    std::vector<int> m_shown;    // proxy row -> source row
    std::vector<int> m_rowOf;    // source row -> proxy row, -1 when hidden
    std::vector<QMetaObject::Connection> m_connections;
};

} // namespace Helpline
