// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketFilterProxy.h"

#include "Ticket.h"
#include "TicketTableModel.h"

namespace Helpline {

using namespace Qt::StringLiterals;

TicketFilterProxy::TicketFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TicketTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void TicketFilterProxy::setSearchText(const QString &text)
{
    m_words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void TicketFilterProxy::setStatusScope(StatusScope scope, std::optional<TicketStatus> only)
{
    m_scope = scope;
    m_only = only;
    invalidateRowsFilter();
}

void TicketFilterProxy::setViewFilters(const QJsonObject &filters, qint64 me)
{
    m_viewFilters = filters;
    m_me = me;
    invalidateRowsFilter();
}

void TicketFilterProxy::setSortKeys(const QList<SortKey> &keys)
{
    m_keys = keys;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_keys.isEmpty())
        return;
    // QSortFilterProxyModel sorts by "a column"; lessThan walks all keys from the first.
    sort(m_keys.first().column, m_keys.first().order);
    invalidate();
}

void TicketFilterProxy::clickColumn(int column, bool addToKeys)
{
    QList<SortKey> keys = m_keys;
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

QVariant TicketFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    QVariant value = QSortFilterProxyModel::headerData(section, orientation, role);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || m_keys.size() < 2)
        return value;
    // With several sort keys, each sorted header says its place and direction: "Group ▲1".
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).column == section)
            return u"%1 %2%3"_s.arg(value.toString(), m_keys.at(i).order == Qt::AscendingOrder ? u"▲"_s : u"▼"_s)
                .arg(i + 1);
    }
    return value;
}

bool TicketFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_keys.isEmpty())
        return QSortFilterProxyModel::lessThan(left, right);
    // sort() reverses the whole result for a descending first key: compare in its terms.
    const Qt::SortOrder primary = m_keys.first().order;
    // This proxy sorts and filters the queue's own model only.
    const auto *rows = static_cast<const TicketTableModel *>(sourceModel());
    Q_ASSERT(qobject_cast<const TicketTableModel *>(sourceModel()));
    for (const SortKey &key : m_keys) {
        const int c = rows->compare(left.row(), right.row(), key.column, m_collator);
        if (c == 0)
            continue; // a tie on this key
        const bool aFirst = c < 0;
        return key.order == primary ? aFirst : !aFirst;
    }
    // Ties on every key: by id, so the order is stable and the same as the server's.
    const bool idFirst = rows->compare(left.row(), right.row(), TicketTableModel::Number, m_collator) < 0;
    return primary == Qt::AscendingOrder ? idFirst : !idFirst;
}

bool TicketFilterProxy::matchesView(int sourceRow) const
{
    if (m_viewFilters.isEmpty())
        return true;
    const auto *model = qobject_cast<const TicketTableModel *>(sourceModel());
    const Ticket *t = model ? model->ticketAt(sourceRow) : nullptr;
    if (!t)
        return true;
    const auto listed = [&](const QString &name, const QString &value) {
        const QString filter = m_viewFilters.value(name).toString();
        if (filter.isEmpty())
            return true;
        const QStringList values = filter.split(u',', Qt::SkipEmptyParts);
        return std::any_of(values.cbegin(), values.cend(),
                           [&](const QString &v) { return v.trimmed().compare(value, Qt::CaseInsensitive) == 0; });
    };
    const int priority = static_cast<int>(t->priority);
    if (!listed(u"status"_s, ticketStatusName(t->status)) || !listed(u"type"_s, ticketTypeName(t->type))
        || !(listed(u"priority"_s, QString::number(priority)) || listed(u"priority"_s, u"P%1"_s.arg(priority))))
        return false;
    const QString assignee = m_viewFilters.value(u"assignee"_s).toString();
    if (assignee == u"me"_s && (!t->assignee || t->assignee->id != m_me))
        return false;
    if (assignee == u"none"_s && t->assignee)
        return false;
    // The caller's own watch (watcher=me): a ticket unwatched in the Ticket pane leaves at once.
    if (m_viewFilters.value(u"watcher"_s).toString() == u"me"_s && !t->watching)
        return false;
    if (!assignee.isEmpty() && assignee != u"me"_s && assignee != u"none"_s
        && (!t->assignee || QString::number(t->assignee->id) != assignee))
        return false;
    const std::pair<QString, QString> exact[] = {{u"group"_s, t->group}, {u"category"_s, t->category}, {u"location"_s, t->location}};
    for (const auto &[name, value] : exact) {
        const QString filter = m_viewFilters.value(name).toString();
        if (!filter.isEmpty() && !(name == u"group"_s && filter == u"mine"_s) && filter != value)
            return false;
    }
    return true;
}

bool TicketFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = static_cast<TicketStatus>(index.data(TicketTableModel::StatusRole).toInt());
    if (m_scope == StatusScope::Open && !isOpenStatus(status))
        return false;
    if (m_scope == StatusScope::Only && m_only && status != *m_only)
        return false;
    if (!matchesView(sourceRow))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString &haystack = static_cast<const TicketTableModel *>(sourceModel())->searchText(sourceRow);
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace Helpline
