// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketFilterProxy.h"

#include "TicketTableModel.h"

namespace Helpline {

TicketFilterProxy::TicketFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TicketTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TicketFilterProxy::setSearchText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void TicketFilterProxy::setStatusScope(StatusScope scope, std::optional<TicketStatus> only)
{
    m_scope = scope;
    m_only = only;
    invalidateRowsFilter();
}

bool TicketFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = static_cast<TicketStatus>(index.data(TicketTableModel::StatusRole).toInt());
    if (m_scope == StatusScope::Open && !isOpenStatus(status))
        return false;
    if (m_scope == StatusScope::Only && m_only && status != *m_only)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(TicketTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Helpline
