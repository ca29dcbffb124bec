// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientShell.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"

#include <QMessageBox>

namespace Helpline {

ClientShell::ClientShell(SecretStore &keychain, ClientSettings &settings, QUrl serverOverride, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_session(std::make_unique<Session>(&keychain, settings))
    , m_serverOverride(std::move(serverOverride))
{
    connect(m_session.get(), &Session::restoreFailed, this, &ClientShell::showLogin);
    connect(m_session.get(), &Session::signedIn, this, &ClientShell::showMainWindow);
    connect(m_session.get(), &Session::signedOut, this, &ClientShell::showLogin);
    connect(m_session.get(), &Session::keychainUnavailable, this, [this](const QString &detail) {
        m_keychainProblem = detail;
        const QString text = tr("The system keychain is not available, so Helpline cannot keep you signed in. "
                                "You are signed in for this session only and will be asked again next time.");
        if (m_window) {
            m_window->setSessionOnlyNotice(detail);
            // Not modal-blocking: the analyst can read it while the queue loads behind it.
            auto *box = new QMessageBox(QMessageBox::Information, tr("Signed in for this session only"), text,
                                        QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("keychainNotice"));
            box->setInformativeText(tr("Details: %1").arg(detail));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
}

ClientShell::~ClientShell()
{
    delete m_window;
    delete m_login;
}

LoginDialog *ClientShell::loginDialog() const
{
    return m_login;
}

MainWindow *ClientShell::mainWindow() const
{
    return m_window;
}

void ClientShell::start()
{
    // A server given on the command line wins over a remembered one: start with the dialog.
    if (m_serverOverride.isValid() && m_serverOverride != m_settings.server())
        showLogin({});
    else
        m_session->restore();
}

void ClientShell::showLogin(const QString &message)
{
    if (!m_login) {
        const QUrl server = m_serverOverride.isValid() ? m_serverOverride : m_settings.server();
        m_login = new LoginDialog(*m_session, server, m_settings.username(), m_settings.rememberSession());
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_session->isSignedIn())
                Q_EMIT quitRequested();
        });
    }
    m_login->showMessage(message);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    // Closed only now that the dialog is up, so the application never has no window.
    if (m_window)
        m_window->close();
}

void ClientShell::showMainWindow()
{
    if (m_login)
        m_login->close();
    if (m_window)
        return;
    m_window = new MainWindow(*m_session);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, m_session.get(), &Session::signOut);
    if (m_session->isSessionOnly() && !m_keychainProblem.isEmpty())
        m_window->setSessionOnlyNotice(m_keychainProblem);
    m_window->show();
    Q_EMIT mainWindowShown();
}

} // namespace Helpline
