// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QUrl>

namespace Helpline {

// The client's preferences that are not window layout. Never holds a token or password:
// those go to the SecretStore.
class ClientSettings
{
public:
    ClientSettings() = default;                      // the user's settings file
    explicit ClientSettings(const QString &filePath); // a given file: for tests

    QUrl server() const;
    void setServer(const QUrl &server);
    QString username() const;
    void setUsername(const QString &username);
    bool rememberSession() const;
    void setRememberSession(bool remember);

    static QUrl defaultServer() { return QUrl(QStringLiteral("http://127.0.0.1:8470")); }

private:
    QSettings m_settings;
};

} // namespace Helpline
