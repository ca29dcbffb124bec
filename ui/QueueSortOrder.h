// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QList>

namespace Helpline {

class TicketTableModel;

// The queue's order: several columns, the first key decides and ties go to the next; rows
// equal on every key go by ticket id (in the first key's direction), so the order is total,
// stable across re-sorts and the same as the server's keyset order.
class QueueSortOrder
{
public:
    struct Key
    {
        int column;
        Qt::SortOrder order;
        bool operator==(const Key &) const = default;
    };

    QueueSortOrder();

    void setKeys(const QList<Key> &keys) { m_keys = keys; }
    const QList<Key> &keys() const { return m_keys; }

    // Whether source row `a` of `rows` goes before row `b`; without keys, as they arrived. Straight from the tickets: sorting
    // 50,000 rows must not build a QVariant or a display text per comparison.
    bool before(const TicketTableModel &rows, int a, int b) const;

private:
    QList<Key> m_keys;
    QCollator m_collator; // text columns in the user's language, ignoring case
};

} // namespace Helpline
