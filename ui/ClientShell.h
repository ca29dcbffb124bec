// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientSettings.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace Helpline {

class LoginDialog;
class MainWindow;
class SecretStore;
class Session;

// Decides what the analyst sees: the main window when a session is (or can be restored)
// signed in, the sign-in dialog otherwise, and back to the dialog after signing out.
class ClientShell : public QObject
{
    Q_OBJECT
public:
    ClientShell(SecretStore &keychain, ClientSettings &settings, QUrl serverOverride = {},
                QObject *parent = nullptr);
    ~ClientShell() override;

    void start();
    Session &session() { return *m_session; }
    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;

Q_SIGNALS:
    void mainWindowShown();
    void quitRequested();

private:
    void showLogin(const QString &message);
    void showMainWindow();

    ClientSettings &m_settings;
    std::unique_ptr<Session> m_session;
    QUrl m_serverOverride;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    QString m_keychainProblem;
};

} // namespace Helpline
