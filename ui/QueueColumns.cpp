// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueColumns.h"

#include "TicketTableModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QUrl>

namespace Helpline {

using namespace Qt::StringLiterals;

QueueColumns::QueueColumns(QTableView &view, const QString &username)
    : QObject(&view)
    , m_view(view)
    , m_username(username)
{
    QHeaderView *header = m_view.horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &QueueColumns::openMenu);
}

QString QueueColumns::settingsKey() const
{
    return u"queue/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_username)) + u"/columns"_s;
}

QStringList QueueColumns::defaultKeys()
{
    return {u"number"_s, u"priority"_s, u"status"_s, u"title"_s, u"requester"_s, u"assignee"_s, u"group"_s, u"created"_s};
}

QStringList QueueColumns::savedKeys() const
{
    const QStringList keys = QSettings().value(settingsKey()).toStringList();
    return keys.isEmpty() ? defaultKeys() : keys;
}

QStringList QueueColumns::visibleKeys() const
{
    QStringList keys;
    for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
        if (!m_view.isColumnHidden(column))
            keys << TicketTableModel::columnKey(column);
    }
    return keys;
}

void QueueColumns::show(const QStringList &keys)
{
    QStringList wanted = keys.isEmpty() ? savedKeys() : keys;
    if (!wanted.contains(u"title"_s) && !wanted.contains(u"number"_s))
        wanted << u"number"_s; // a row must say which ticket it is
    for (int column = 0; column < TicketTableModel::ColumnCount; ++column)
        m_view.setColumnHidden(column, !wanted.contains(TicketTableModel::columnKey(column)));
}

void QueueColumns::setVisibleByUser(int column, bool visible)
{
    m_view.setColumnHidden(column, !visible);
    const QStringList keys = visibleKeys();
    QSettings().setValue(settingsKey(), keys);
    Q_EMIT changedByUser(keys);
}

void QueueColumns::openMenu(const QPoint &position)
{
    QMenu menu(&m_view);
    menu.setObjectName(u"queueColumnMenu"_s);
    auto *model = m_view.model();
    const QStringList visible = visibleKeys();
    for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
        const QString key = TicketTableModel::columnKey(column);
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString().section(u' ', 0, 0));
        action->setCheckable(true);
        action->setChecked(visible.contains(key));
        // The last visible column stays: a queue without columns shows nothing.
        action->setEnabled(!(visible.size() == 1 && visible.contains(key)));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setVisibleByUser(column, on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Default columns"), this, [this] {
        show(defaultKeys());
        QSettings().setValue(settingsKey(), defaultKeys());
        Q_EMIT changedByUser(defaultKeys());
    });
    menu.exec(m_view.horizontalHeader()->mapToGlobal(position));
}

} // namespace Helpline
