// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketEnums.h"

#include <QCollator>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <optional>

namespace Helpline {

// Narrows the queue as the analyst types: every word must appear in the ticket's number,
// title, requester, assignee, group, category or location; optionally only some statuses.
// It also applies the chosen view's filters to loaded rows, so a ticket changed to leave the
// view (resolved, assigned away) leaves it at once, without asking the server again.
//
// Sorts by several columns: the first key decides, ties go to the next.
class TicketFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusScope { Open, All, Only };
    struct SortKey
    {
        int column;
        Qt::SortOrder order;
        bool operator==(const SortKey &) const = default;
    };

    explicit TicketFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusScope(StatusScope scope, std::optional<TicketStatus> only = std::nullopt);
    // GET /tickets filters of the view ({"status":"new,pending","assignee":"me"}); `me` is the
    // signed-in analyst. Filters the client cannot judge (group=mine) are left to the server.
    void setViewFilters(const QJsonObject &filters, qint64 me);

    void setSortKeys(const QList<SortKey> &keys);
    const QList<SortKey> &sortKeys() const { return m_keys; }
    // Shift+click: adds the column as the next key, or turns its order round if it is one.
    // A plain click: sorts by that column alone (turning its order round if it was the first).
    void clickColumn(int column, bool addToKeys);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesView(int sourceRow) const;

    QStringList m_words; // lower-cased
    QCollator m_collator; // text columns in the user's language, ignoring case
    StatusScope m_scope = StatusScope::Open;
    std::optional<TicketStatus> m_only;
    QJsonObject m_viewFilters;
    qint64 m_me = 0;
    QList<SortKey> m_keys;
};

} // namespace Helpline
