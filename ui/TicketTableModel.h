// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SeenTickets.h"
#include "Ticket.h"

#include <QAbstractTableModel>
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

private:
    static QIcon markDot(const QColor &color);

    SeenTickets *m_seen = nullptr;
    QList<Ticket> m_tickets;
    QHash<qint64, int> m_rowById;
};

} // namespace Helpline
