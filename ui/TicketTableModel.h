// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SeenTickets.h"
#include "Ticket.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QIcon>

namespace Helpline {

// The rows of the queue. Display text is translated; SortRole gives the raw value, so a
// column sorts by priority number or by time, not by its text.
class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Priority, Status, Title, Requester, Assignee, Group, Category, Location, Created, Updated, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, TicketIdRole, StatusRole, SearchTextRole, MarkRole };

    // Stable names of the columns, for saved views and settings: "number", "priority", …
    static QString columnKey(int column);
    static int columnOfKey(const QString &key); // -1 for an unknown key
    // The GET /tickets sort field of a column, empty when the server cannot sort by it.
    static QString sortField(int column);
    static int columnOfSortField(const QString &field); // -1 when no column shows it

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void append(const QList<Ticket> &tickets);
    void update(const Helpline::Ticket &ticket); // replaces the loaded row of that ticket, if any
    const Ticket *ticketAt(int row) const;
    int rowOf(qint64 ticketId) const; // -1 when not loaded
    // New and updated tickets are shown bold with a dot until seen; null: no marks.
    void setSeenTickets(SeenTickets *seen) { m_seen = seen; }
    void markSeen(qint64 ticketId); // the ticket was opened at its current version

    // Orders two rows by one column as the queue sorts them (< 0, 0, > 0), straight from the
    // tickets: sorting 50,000 rows must not build a QVariant or a display text per comparison.
    int compare(int rowA, int rowB, int column, const QCollator &collator) const;
    // The row's number, title, requester, assignee, group, category and location, lower-cased
    // once, for the filter to look words up in on every keystroke.
    const QString &searchText(int row) const { return m_searchText.at(row); }

private:
    static QIcon markDot(const QColor &color);
    static QString searchTextOf(const Ticket &ticket);

    SeenTickets *m_seen = nullptr;
    QList<Ticket> m_tickets;
    QList<QString> m_searchText; // one per ticket
    QHash<qint64, int> m_rowById;
};

} // namespace Helpline
