// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Helpline {

// Paints the queue's cells as QStyledItemDelegate does, but keeps each text it laid out: the
// style lays a cell's text out several times per paint (for the cell's geometry, to elide it,
// to draw it), and the queue repaints its whole viewport on every keystroke of the filter.
// Most columns repeat a few values (statuses, priorities, groups, people), so most cells are
// drawn from a layout made once.
class QueueCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Key
    {
        QString text;
        int width;
        bool bold;
        qreal points;
        Qt::TextElideMode elide;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHashMulti(seed, key.text, key.width, key.bold, key.points, int(key.elide));
    }

    const QStaticText &laidOut(const QString &text, int width, const QFont &font, Qt::TextElideMode elide) const;

    static constexpr qsizetype kept = 5000; // texts; then the cache starts afresh
    mutable QHash<Key, QStaticText> m_texts;
};

} // namespace Helpline
