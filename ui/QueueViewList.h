// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace Helpline {

class QueueViews;

// The queue's views down the side, each with how many tickets it holds: the built-in ones,
// then the analyst's own. The context menu renames and deletes an own view.
class QueueViewList : public QListWidget
{
    Q_OBJECT
public:
    explicit QueueViewList(QueueViews &views, QWidget *parent = nullptr);

    QString currentReference() const;
    void select(const QString &reference); // emits viewChosen when it changes the choice

    static constexpr int ReferenceRole = Qt::UserRole + 1;

Q_SIGNALS:
    void viewChosen(const QString &reference);
    void saveAsRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void updateCounts();
    QString nameOf(const QString &reference) const;

    QueueViews &m_views;
};

} // namespace Helpline
