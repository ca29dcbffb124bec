// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QMainWindow;

namespace Helpline {

// The main window's geometry and dock layout, kept apart from preferences, per user.
// A missing or damaged entry leaves the window in its default layout.
class WindowState
{
public:
    explicit WindowState(QString username);

    bool restore(QMainWindow &window) const; // false when there was nothing usable
    void save(const QMainWindow &window) const;
    void clear() const;

    static constexpr int layoutVersion = 2; // bump when the docks change (2: the Assets pane)

private:
    QString group() const;
    QString m_username;
};

} // namespace Helpline
