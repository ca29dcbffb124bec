// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowState.h"

#include <QMainWindow>
#include <QSettings>
#include <QUrl>

namespace Helpline {

using namespace Qt::StringLiterals;

WindowState::WindowState(QString username)
    : m_username(std::move(username))
{
}

QString WindowState::group() const
{
    // QSettings treats slashes and backslashes as separators: keep user names from making groups of their own.
    return u"window/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_username));
}

bool WindowState::restore(QMainWindow &window) const
{
    QSettings settings;
    settings.beginGroup(group());
    const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
    const QByteArray state = settings.value(u"state"_s).toByteArray();
    bool restored = false;
    if (!geometry.isEmpty())
        restored = window.restoreGeometry(geometry);
    if (!state.isEmpty())
        restored = window.restoreState(state, layoutVersion) && restored;
    return restored;
}

void WindowState::save(const QMainWindow &window) const
{
    QSettings settings;
    settings.beginGroup(group());
    settings.setValue(u"geometry"_s, window.saveGeometry());
    settings.setValue(u"state"_s, window.saveState(layoutVersion));
}

void WindowState::clear() const
{
    QSettings settings;
    settings.remove(group());
}

} // namespace Helpline
