// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueCellDelegate.h"

#include <QApplication>
#include <QPainter>

namespace Helpline {

void QueueCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The style draws the panel, the selection, the icon and the focus; without the text it
    // lays nothing out, and the text area is what is left beside the icon.
    const QString text = std::exchange(opt.text, QString());
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                 ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QStaticText &laid = laidOut(text, area.width(), opt.font, opt.textElideMode);
    const QSizeF size = laid.size();
    const QRect aligned = QStyle::alignedRect(opt.direction, opt.displayAlignment, size.toSize(), area);
    painter->drawStaticText(aligned.topLeft(), laid);
    painter->restore();
}

const QStaticText &QueueCellDelegate::laidOut(const QString &text, int width, const QFont &font, Qt::TextElideMode elide) const
{
    const Key key{text, width, font.bold(), font.pointSizeF(), elide};
    if (const auto found = m_texts.constFind(key); found != m_texts.cend())
        return *found;
    if (m_texts.size() >= kept)
        m_texts.clear();
    // Elided as the style elides it.
    const QFontMetrics metrics(font);
    QString shown = text;
    shown.replace(u'\n', QChar::LineSeparator);
    if (elide != Qt::ElideNone && metrics.horizontalAdvance(shown) > width)
        shown = metrics.elidedText(shown, elide, width);
    QStaticText laid(shown);
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), font);
    return *m_texts.insert(key, laid);
}

} // namespace Helpline
