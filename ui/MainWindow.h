// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Role.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QLabel;

namespace Helpline {

class ApiClient;
class AssetsDock;
class NewTicketDialog;
class PeopleImportDialog;
class MacroAdminDialog;
class CatalogAdminDialog;
class QueueDock;
class Session;
class TicketDock;
struct Ticket;

// One window of dock panes. Every dock has a stable object name, so its place is saved per
// user and restored; "Reset layout" returns to the default built by one function.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    QueueDock *queueDock() const { return m_queue; }
    TicketDock *ticketDock() const { return m_ticket; }
    AssetsDock *assetsDock() const { return m_assets; }
    // Tools → Macros…: for seniors and admins.
    void editMacros();
    MacroAdminDialog *macroAdmin() const;
    CatalogAdminDialog *catalogAdmin() const;
    CatalogAdminDialog *editCatalog(); // Tools → Groups and categories
    void setSessionOnlyNotice(const QString &detail);
    // Opens (or brings forward) the form for logging a call, and the people import.
    NewTicketDialog *openNewTicket();
    PeopleImportDialog *openPeopleImport();

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
    void showCreatedTicket(const Ticket &ticket);

    QueueDock *m_queue;
    TicketDock *m_ticket;
    AssetsDock *m_assets;
    QLabel *m_sessionOnly;
    ApiClient &m_api;
    qint64 m_userId = 0;
    std::optional<Role> m_role;
    QPointer<NewTicketDialog> m_newTicket;
    QPointer<PeopleImportDialog> m_peopleImport;
    QString m_username;
    QPointer<MacroAdminDialog> m_macroAdmin;
    QPointer<CatalogAdminDialog> m_catalogAdmin;
    bool m_canManageMacros = false;
    bool m_layoutRestored = false;
    bool m_splitDone = false;
};

} // namespace Helpline
