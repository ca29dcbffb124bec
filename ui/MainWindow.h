// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace Helpline {

class ApiClient;
class MacroAdminDialog;
class QueueDock;
class Session;
class TicketDock;

// One window of dock panes. Every dock has a stable object name, so its place is saved per
// user and restored; "Reset layout" returns to the default built by one function.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    QueueDock *queueDock() const { return m_queue; }
    TicketDock *ticketDock() const { return m_ticket; }
    // Tools → Macros…: for seniors and admins.
    void editMacros();
    MacroAdminDialog *macroAdmin() const;
    void setSessionOnlyNotice(const QString &detail);

Q_SIGNALS:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void applyDefaultLayout();
    void saveLayout();
    void splitDocks();

    QueueDock *m_queue;
    TicketDock *m_ticket;
    QLabel *m_sessionOnly;
    QString m_username;
    ApiClient *m_api = nullptr;
    QPointer<MacroAdminDialog> m_macroAdmin;
    bool m_canManageMacros = false;
    bool m_layoutRestored = false;
    bool m_splitDone = false;
};

} // namespace Helpline
