// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueSortOrder.h"

#include "TicketTableModel.h"

namespace Helpline {

QueueSortOrder::QueueSortOrder()
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool QueueSortOrder::before(const TicketTableModel &rows, int a, int b) const
{
    if (m_keys.isEmpty())
        return a < b; // unsorted: as the rows arrived
    for (const Key &key : m_keys) {
        const int c = rows.compare(a, b, key.column, m_collator);
        if (c != 0)
            return key.order == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    const bool descending = m_keys.first().order == Qt::DescendingOrder;
    const int byId = rows.compare(a, b, TicketTableModel::Number, m_collator);
    return descending ? byId > 0 : byId < 0;
}

} // namespace Helpline
