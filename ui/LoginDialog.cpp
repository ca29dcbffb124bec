// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginDialog.h"

#include "ApiFailure.h"
#include "Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

LoginDialog::LoginDialog(Session &session, const QUrl &server, const QString &username, bool remember,
                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(new QLineEdit(server.toString(), this))
    , m_username(new QLineEdit(username, this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Keep me signed in on this computer"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Sign in to Helpline"));
    m_server->setObjectName(u"serverEdit"_s);
    m_username->setObjectName(u"usernameEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_message->setObjectName(u"messageLabel"_s);

    m_server->setPlaceholderText(u"https://helpline.example.org"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(remember);
    m_remember->setToolTip(tr("The session is kept in the system keychain, never in a file."));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    QPushButton *signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(u"signInButton"_s);
    signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sign in with your Helpline account."), this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(&m_session, &Session::signedIn, this, [this] {
        setBusy(false);
        accept();
    });
    connect(&m_session, &Session::signInFailed, this, &LoginDialog::onFailed);

    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void LoginDialog::submit()
{
    // A password typed into the address would be stored with it: drop it.
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed()).adjusted(QUrl::RemoveUserInfo);
    if (!server.isValid() || (server.scheme() != u"http"_s && server.scheme() != u"https"_s)
        || server.host().isEmpty()) {
        showMessage(tr("Enter the server address, for example https://helpline.example.org"));
        m_server->setFocus();
        return;
    }
    if (server.scheme() == u"http"_s && !QHostAddress(server.host()).isLoopback()
        && server.host() != u"localhost"_s) {
        showMessage(tr("Use https:// for a server on another computer: over http:// your password "
                       "would cross the network unencrypted."));
        m_server->setFocus();
        return;
    }
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showMessage(tr("Enter your user name and password."));
        (m_username->text().trimmed().isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    showMessage(tr("Signing in…"));
    setBusy(true);
    m_session.signIn(server, m_username->text().trimmed(), m_password->text(), m_remember->isChecked());
}

void LoginDialog::onFailed(const ApiFailure &failure)
{
    setBusy(false);
    showMessage(failure.message);
    // Keep everything typed; select the password so a retyped one replaces it.
    m_password->setFocus();
    m_password->selectAll();
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_username),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember),
                           static_cast<QWidget *>(m_buttons)})
        field->setEnabled(!busy);
}

} // namespace Helpline
