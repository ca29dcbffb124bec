// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientSettings.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace Key {
const auto server = u"session/server"_s;
const auto username = u"session/username"_s;
const auto remember = u"session/remember"_s;
} // namespace Key

ClientSettings::ClientSettings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
}

QUrl ClientSettings::server() const
{
    const QUrl url(m_settings.value(Key::server).toString());
    return url.isValid() && !url.isEmpty() ? url : defaultServer();
}

void ClientSettings::setServer(const QUrl &server)
{
    m_settings.setValue(Key::server, server.toString());
}

QString ClientSettings::username() const
{
    return m_settings.value(Key::username).toString();
}

void ClientSettings::setUsername(const QString &username)
{
    m_settings.setValue(Key::username, username);
}

bool ClientSettings::rememberSession() const
{
    return m_settings.value(Key::remember, true).toBool();
}

void ClientSettings::setRememberSession(bool remember)
{
    m_settings.setValue(Key::remember, remember);
}

} // namespace Helpline
