// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueViewList.h"

#include "DisplayText.h"
#include "QueueViews.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace Helpline {

using namespace Qt::StringLiterals;

QueueViewList::QueueViewList(QueueViews &views, QWidget *parent)
    : QListWidget(parent)
    , m_views(views)
{
    setObjectName(u"queueViewList"_s);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    connect(&m_views, &QueueViews::viewsChanged, this, &QueueViewList::rebuild);
    connect(&m_views, &QueueViews::countsChanged, this, &QueueViewList::updateCounts);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            Q_EMIT viewChosen(current->data(ReferenceRole).toString());
    });
}

QString QueueViewList::currentReference() const
{
    return currentItem() ? currentItem()->data(ReferenceRole).toString() : QString();
}

void QueueViewList::select(const QString &reference)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(ReferenceRole).toString() == reference) {
            setCurrentRow(row);
            return;
        }
    }
}

QString QueueViewList::nameOf(const QString &reference) const
{
    const SavedView *view = m_views.find(reference);
    if (!view)
        return reference;
    return view->isBuiltIn() ? DisplayText::viewName(view->key) : view->name;
}

void QueueViewList::rebuild()
{
    const QString current = currentReference();
    const QSignalBlocker quiet(this); // the same choice survives the rebuild without a reload
    clear();
    for (const SavedView &view : m_views.views()) {
        auto *item = new QListWidgetItem(this);
        item->setData(ReferenceRole, view.reference());
        if (!view.isBuiltIn())
            item->setToolTip(tr("Your own view. Right-click to rename or delete it."));
    }
    updateCounts();
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(ReferenceRole).toString() == current)
            setCurrentRow(row);
    }
}

void QueueViewList::updateCounts()
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *entry = item(row);
        const QString reference = entry->data(ReferenceRole).toString();
        const qint64 tickets = m_views.count(reference);
        entry->setText(tickets < 0 ? nameOf(reference) : u"%1  (%2)"_s.arg(nameOf(reference)).arg(tickets));
    }
}

void QueueViewList::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save the current view as…"), this, &QueueViewList::saveAsRequested);
    QListWidgetItem *entry = itemAt(event->pos());
    const SavedView *view = entry ? m_views.find(entry->data(ReferenceRole).toString()) : nullptr;
    if (view && !view->isBuiltIn()) {
        const SavedView chosen = *view;
        menu.addAction(tr("Rename “%1”…").arg(chosen.name), this, [this, chosen] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Rename view"), tr("Name:"), QLineEdit::Normal,
                                                       chosen.name, &ok).trimmed();
            if (!ok || name.isEmpty() || name == chosen.name)
                return;
            SavedView renamed = chosen;
            renamed.name = name;
            m_views.update(renamed);
        });
        menu.addAction(tr("Delete “%1”").arg(chosen.name), this, [this, chosen] {
            if (QMessageBox::question(this, tr("Delete view"), tr("Delete your view “%1”? The tickets stay as they are.")
                                                                  .arg(chosen.name))
                == QMessageBox::Yes)
                m_views.remove(chosen.id);
        });
    }
    menu.exec(event->globalPos());
}

} // namespace Helpline
