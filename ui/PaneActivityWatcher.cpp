// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneActivityWatcher.h"

#include "WorkedTimeMeter.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace Helpline {

PaneActivityWatcher::PaneActivityWatcher(QWidget *pane, WorkedTimeMeter &meter)
    : QObject(pane)
    , m_pane(pane)
    , m_meter(meter)
{
    qApp->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { m_meter.setFocused(isInPane(now)); });
}

PaneActivityWatcher::~PaneActivityWatcher()
{
    qApp->removeEventFilter(this);
}

bool PaneActivityWatcher::isInPane(const QWidget *widget) const
{
    // A dialog the pane opened (status details, log time) is still work on the ticket.
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == m_pane)
            return true;
    }
    return false;
}

bool PaneActivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (watched->isWidgetType() && isInPane(static_cast<QWidget *>(watched)))
            m_meter.recordActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Helpline
