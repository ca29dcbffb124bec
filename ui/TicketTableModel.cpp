// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketTableModel.h"

#include "DisplayText.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QFont>

namespace Helpline {

using namespace Qt::StringLiterals;

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket &t = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return t.number;
        case Priority: return DisplayText::priorityText(t.priority);
        case Status: return DisplayText::statusText(t.status);
        case Title: return t.title;
        case Requester: return t.requester.name;
        case Assignee: return t.assignee ? t.assignee->name : QString();
        case Group: return t.group;
        case Category: return t.category;
        case Location: return t.location;
        case Created: return DisplayText::timeText(t.createdAt);
        case Updated: return DisplayText::timeText(t.updatedAt);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Number: return t.id;
        case Priority: return static_cast<int>(t.priority);
        case Status: return static_cast<int>(t.status);
        case Created: return t.createdAt;
        case Updated: return t.updatedAt;
        default: return data(index, Qt::DisplayRole);
        }
    case TicketIdRole:
        return t.id;
    case StatusRole:
        return static_cast<int>(t.status);
    case SearchTextRole:
        return m_searchText.at(index.row());
    case Qt::ForegroundRole:
        if (index.column() == Priority) {
            const QColor color = DisplayText::priorityColor(t.priority);
            if (color.isValid())
                return color;
        }
        break;
    case Qt::FontRole:
        if ((index.column() == Priority && t.priority == Priority::P1)
            || (m_seen && m_seen->markOf(t) != SeenTickets::Mark::None)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case MarkRole:
        return m_seen ? static_cast<int>(m_seen->markOf(t)) : 0;
    case Qt::DecorationRole:
        if (index.column() == Number && m_seen) {
            const SeenTickets::Mark mark = m_seen->markOf(t);
            if (mark != SeenTickets::Mark::None)
                return markDot(mark == SeenTickets::Mark::New ? QColor(0x1a, 0x73, 0xe8) : QColor(0xe3, 0x74, 0x00));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return t.title;
        if (index.column() == Number && m_seen) {
            switch (m_seen->markOf(t)) {
            case SeenTickets::Mark::New: return tr("New: you have not opened it yet");
            case SeenTickets::Mark::Updated: return tr("Updated since you last opened it");
            case SeenTickets::Mark::None: break;
            }
        }
        break;
    }
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Priority: return tr("Priority");
    case Status: return tr("Status");
    case Title: return tr("Title");
    case Requester: return tr("Requester");
    case Assignee: return tr("Assignee");
    case Group: return tr("Group");
    case Category: return tr("Category");
    case Location: return tr("Location");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    }
    return {};
}

namespace {
constexpr std::pair<TicketTableModel::Column, const char *> columnKeys[] = {
    {TicketTableModel::Number, "number"},     {TicketTableModel::Priority, "priority"},
    {TicketTableModel::Status, "status"},     {TicketTableModel::Title, "title"},
    {TicketTableModel::Requester, "requester"}, {TicketTableModel::Assignee, "assignee"},
    {TicketTableModel::Group, "group"},       {TicketTableModel::Category, "category"},
    {TicketTableModel::Location, "location"}, {TicketTableModel::Created, "created"},
    {TicketTableModel::Updated, "updated"},
};
// The server sorts by these; the assignee's name and the category only the client sorts by.
constexpr std::pair<TicketTableModel::Column, const char *> sortFields[] = {
    {TicketTableModel::Number, "number"},     {TicketTableModel::Priority, "priority"},
    {TicketTableModel::Status, "status"},     {TicketTableModel::Title, "title"},
    {TicketTableModel::Requester, "requester"}, {TicketTableModel::Group, "group"},
    {TicketTableModel::Location, "location"}, {TicketTableModel::Created, "created_at"},
    {TicketTableModel::Updated, "updated_at"},
};
} // namespace

QString TicketTableModel::columnKey(int column)
{
    for (const auto &[c, key] : columnKeys) {
        if (c == column)
            return QString::fromLatin1(key);
    }
    return {};
}

int TicketTableModel::columnOfKey(const QString &key)
{
    for (const auto &[c, name] : columnKeys) {
        if (key == QLatin1StringView(name))
            return c;
    }
    return -1;
}

QString TicketTableModel::sortField(int column)
{
    for (const auto &[c, field] : sortFields) {
        if (c == column)
            return QString::fromLatin1(field);
    }
    return {};
}

int TicketTableModel::columnOfSortField(const QString &field)
{
    for (const auto &[c, name] : sortFields) {
        if (field == QLatin1StringView(name))
            return c;
    }
    return -1;
}

QIcon TicketTableModel::markDot(const QColor &color)
{
    QPixmap dot(10, 10);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(1, 1, 8, 8);
    return QIcon(dot);
}

void TicketTableModel::markSeen(qint64 ticketId)
{
    const int row = rowOf(ticketId);
    if (!m_seen || row < 0)
        return;
    const Ticket &t = m_tickets.at(row);
    if (m_seen->markOf(t) == SeenTickets::Mark::None)
        return;
    m_seen->markSeen(t.id, t.version);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TicketTableModel::clear()
{
    beginResetModel();
    m_tickets.clear();
    m_searchText.clear();
    m_rowById.clear();
    endResetModel();
}

void TicketTableModel::append(const QList<Ticket> &tickets)
{
    if (tickets.isEmpty())
        return;
    const int first = int(m_tickets.size());
    beginInsertRows({}, first, first + int(tickets.size()) - 1);
    for (const Ticket &ticket : tickets) {
        m_rowById.insert(ticket.id, int(m_tickets.size()));
        m_tickets.append(ticket);
        m_searchText.append(searchTextOf(ticket));
    }
    endInsertRows();
}

void TicketTableModel::update(const Ticket &ticket)
{
    const int row = rowOf(ticket.id);
    if (row < 0)
        return;
    m_tickets[row] = ticket;
    m_searchText[row] = searchTextOf(ticket);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Ticket *TicketTableModel::ticketAt(int row) const
{
    return row >= 0 && row < m_tickets.size() ? &m_tickets.at(row) : nullptr;
}

int TicketTableModel::rowOf(qint64 ticketId) const
{
    return m_rowById.value(ticketId, -1);
}

QString TicketTableModel::searchTextOf(const Ticket &t)
{
    return QStringList{t.number, t.title, t.requester.name, t.assignee ? t.assignee->name : QString(),
                       t.group, t.category, t.location}
        .join(u'\n')
        .toLower();
}

int TicketTableModel::compare(int rowA, int rowB, int column, const QCollator &collator) const
{
    const Ticket &a = m_tickets.at(rowA);
    const Ticket &b = m_tickets.at(rowB);
    const auto order = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Number: return order(a.id, b.id);
    case Priority: return order(static_cast<int>(a.priority), static_cast<int>(b.priority));
    case Status: return order(static_cast<int>(a.status), static_cast<int>(b.status));
    case Created: return order(a.createdAt.toMSecsSinceEpoch(), b.createdAt.toMSecsSinceEpoch());
    case Updated: return order(a.updatedAt.toMSecsSinceEpoch(), b.updatedAt.toMSecsSinceEpoch());
    case Title: return collator.compare(a.title, b.title);
    case Requester: return collator.compare(a.requester.name, b.requester.name);
    case Assignee: return collator.compare(a.assignee ? a.assignee->name : QString(), b.assignee ? b.assignee->name : QString());
    case Group: return collator.compare(a.group, b.group);
    case Category: return collator.compare(a.category, b.category);
    case Location: return collator.compare(a.location, b.location);
    }
    return 0;
}

} // namespace Helpline
