// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QTableView;

namespace Helpline {

// The queue's column chooser: the header's context menu shows and hides columns. The choice
// is kept per user in the client's settings; a saved view may bring its own.
class QueueColumns : public QObject
{
    Q_OBJECT
public:
    QueueColumns(QTableView &view, const QString &username);

    QStringList visibleKeys() const;      // column keys in model order
    void show(const QStringList &keys);   // empty: the user's own choice
    QStringList savedKeys() const;        // the user's own choice (or the default)

    static QStringList defaultKeys();
    // What the menu's check boxes do: show or hide a column and remember the choice.
    void setVisibleByUser(int column, bool visible);

Q_SIGNALS:
    void changedByUser(const QStringList &keys);

private:
    void openMenu(const QPoint &position);
    QString settingsKey() const;

    QTableView &m_view;
    QString m_username;
};

} // namespace Helpline
