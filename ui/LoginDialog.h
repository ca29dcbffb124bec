// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Helpline {

struct ApiFailure;
class Session;

// Asks for server URL, user name and password; signs in through the Session and stays open,
// with every field as typed, until it succeeds or the user gives up.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Session &session, const QUrl &server, const QString &username, bool remember,
                QWidget *parent = nullptr);

    void showMessage(const QString &message); // e.g. why the saved session could not be used

private:
    void submit();
    void onFailed(const ApiFailure &failure);
    void setBusy(bool busy);

    Session &m_session;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Helpline
