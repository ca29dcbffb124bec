// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Helpline {

class WorkedTimeMeter;

// Tells a WorkedTimeMeter when a pane has the keyboard focus and when the analyst types,
// clicks or scrolls inside it. Watches the whole application, because the pane's children
// (editors, dialogs it opened) come and go.
class PaneActivityWatcher : public QObject
{
    Q_OBJECT
public:
    PaneActivityWatcher(QWidget *pane, WorkedTimeMeter &meter);
    ~PaneActivityWatcher() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isInPane(const QWidget *widget) const;

    QPointer<QWidget> m_pane;
    WorkedTimeMeter &m_meter;
};

} // namespace Helpline
