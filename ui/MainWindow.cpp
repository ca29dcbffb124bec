// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DisplayText.h"
#include "NewTicketDialog.h"
#include "PeopleImportDialog.h"
#include "MacroAdminDialog.h"
#include "CatalogAdminDialog.h"
#include "TicketCatalog.h"
#include "Colleagues.h"
#include "MacroCatalog.h"
#include "BulkActionBar.h"
#include "AssetsDock.h"
#include "QueueDock.h"
#include "Session.h"
#include "TicketDock.h"
#include "TicketTableModel.h"
#include "WindowState.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace Helpline {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_queue(new QueueDock(session.api(), session.user().value_or(User()), this))
    , m_ticket(new TicketDock(session.api(), session.user() ? session.user()->id : 0, this))
    , m_assets(new AssetsDock(session.api(), session.user().value_or(User()), this))
    , m_sessionOnly(new QLabel(this))
    , m_api(session.api())
{
    if (const auto &user = session.user()) {
        m_userId = user->id;
        m_role = user->role;
    }
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Helpline"));
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    // The panes are the window: no central widget competes with them for space.
    setCentralWidget(nullptr);

    connect(m_queue, &QueueDock::ticketSelected, m_ticket, &TicketDock::showTicket);
    connect(m_queue, &QueueDock::ticketOpened, m_ticket, [this] {
        m_ticket->show();
        m_ticket->raise();
        m_ticket->setFocus();
    });
    connect(m_ticket, &TicketDock::ticketChanged, m_queue, &QueueDock::ticketUpdated);
    // Tickets and assets open each other: a linked device from the ticket, a ticket from the record.
    connect(m_ticket, &TicketDock::openAssetRequested, m_assets, &AssetsDock::openAsset);
    connect(m_assets, &AssetsDock::openTicketRequested, m_ticket, [this](qint64 id) {
        m_ticket->showTicket(id);
        m_ticket->show();
        m_ticket->raise();
    });
    // A bulk change may have moved the ticket in front of the analyst: show its new version.
    connect(m_queue, &QueueDock::ticketsChangedInBulk, m_ticket, [this](const QList<Ticket> &changed) {
        const auto shown = m_ticket->ticket();
        if (shown && std::any_of(changed.cbegin(), changed.cend(), [&](const Ticket &t) { return t.id == shown->id; }))
            m_ticket->showTicket(shown->id);
    });

    if (const auto &user = session.user()) {
        m_username = user->username;
        m_ticket->setAnalyst(*user);
        m_canManageMacros = roleHas(user->role, Permission::ManageMacros);
    }
    createMenus();
    // The groups and categories the ticket forms offer: loaded once per sign-in.
    if (m_role && roleHas(*m_role, Permission::ReadTickets)) {
        m_ticket->ticketCatalog().reload();
        m_ticket->colleagues().reload();
    }
    applyDefaultLayout();
    m_layoutRestored = !m_username.isEmpty() && WindowState(m_username).restore(*this);

    m_sessionOnly->setObjectName(u"sessionOnlyNotice"_s);
    m_sessionOnly->setTextFormat(Qt::PlainText);
    m_sessionOnly->hide();
    statusBar()->addPermanentWidget(m_sessionOnly);
    if (const auto &user = session.user()) {
        statusBar()->showMessage(tr("Signed in as %1 (%2) on %3")
                                     .arg(user->displayName, DisplayText::roleText(user->role),
                                          session.api().server().toDisplayString()));
    }
    m_queue->reload();
}

void MainWindow::createMenus()
{
    const auto may = [this](Permission permission) { return m_role && roleHas(*m_role, permission); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newTicket = file->addAction(tr("&New ticket…"), this, &MainWindow::openNewTicket);
    newTicket->setObjectName(u"actionNewTicket"_s);
    newTicket->setShortcut(QKeySequence::New);
    newTicket->setVisible(may(Permission::WriteTickets));
    QAction *importPeople = file->addAction(tr("Import &people…"), this, &MainWindow::openPeopleImport);
    importPeople->setObjectName(u"actionImportPeople"_s);
    // The server refuses everyone else too; the menu only spares them the offer.
    importPeople->setVisible(may(Permission::ManagePeople));
    file->addSeparator();
    QAction *reload = file->addAction(tr("&Reload queue"), m_queue, &QueueDock::reload);
    reload->setObjectName(u"actionReload"_s);
    reload->setShortcut(QKeySequence::Refresh);
    QAction *find = file->addAction(tr("&Find in queue"), m_queue, &QueueDock::focusSearch);
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence::Find);
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(u"actionSignOut"_s);
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showQueue = m_queue->toggleViewAction();
    showQueue->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(showQueue);
    QAction *showTicket = m_ticket->toggleViewAction();
    showTicket->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addAction(showTicket);
    QAction *showAssets = m_assets->toggleViewAction();
    showAssets->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    view->addAction(showAssets);
    // The scanner's way in: the Assets pane with its search field ready, from anywhere.
    QAction *findAsset = view->addAction(tr("Find &asset"), m_assets, &AssetsDock::focusSearch);
    findAsset->setObjectName(u"actionFindAsset"_s);
    findAsset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findAsset->setShortcutContext(Qt::ApplicationShortcut);
    QAction *newAsset = view->addAction(tr("&New asset…"), m_assets, [this] { m_assets->openNewAsset(); });
    newAsset->setObjectName(u"actionNewAsset"_s);
    newAsset->setVisible(m_role && roleHas(*m_role, Permission::WriteAssets));
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset layout"), this, &MainWindow::applyDefaultLayout);
    reset->setObjectName(u"actionResetLayout"_s);

    // Single keys, as in mail readers: they act wherever no text field has the focus.
    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    ticket->addAction(newTicket);
    ticket->addSeparator();
    const auto addTicketAction = [&](const QString &text, const QString &name, Qt::Key key, auto slot) {
        QAction *action = ticket->addAction(text, m_ticket, slot);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(key));
        return action;
    };
    QAction *assign = addTicketAction(tr("&Assign to me"), u"actionAssignToMe"_s, Qt::Key_A, &TicketDock::assignToMe);
    // With several tickets selected in the queue, "a" takes them all.
    disconnect(assign, &QAction::triggered, m_ticket, nullptr);
    connect(assign, &QAction::triggered, this, [this] {
        if (m_queue->selectedCount() >= 2)
            m_queue->bulkBar()->assignToMe();
        else
            m_ticket->assignToMe();
    });
    addTicketAction(tr("&Reply to the requester"), u"actionReply"_s, Qt::Key_R, &TicketDock::startReply);
    addTicketAction(tr("Internal n&ote"), u"actionNote"_s, Qt::Key_N, &TicketDock::startNote);
    addTicketAction(tr("&Escalate…"), u"actionEscalate"_s, Qt::Key_E, &TicketDock::startEscalation);
    addTicketAction(tr("&Watch or unwatch"), u"actionWatch"_s, Qt::Key_W, &TicketDock::toggleWatch);
    ticket->addSeparator();
    // With Ctrl: they also act while the composer has the focus, where the macro goes.
    QAction *macro = ticket->addAction(tr("Insert &macro…"), m_ticket, &TicketDock::insertMacro);
    macro->setObjectName(u"actionInsertMacro"_s);
    macro->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *logTime = ticket->addAction(tr("&Log time…"), m_ticket, &TicketDock::logTime);
    logTime->setObjectName(u"actionLogTime"_s);
    logTime->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    if (m_canManageMacros || may(Permission::ManageCatalog)) {
        QMenu *tools = menuBar()->addMenu(tr("T&ools"));
        if (m_canManageMacros) {
            QAction *macros = tools->addAction(tr("&Macros…"), this, &MainWindow::editMacros);
            macros->setObjectName(u"actionEditMacros"_s);
        }
        if (may(Permission::ManageCatalog)) {
            QAction *catalog = tools->addAction(tr("&Groups and categories…"), this, &MainWindow::editCatalog);
            catalog->setObjectName(u"actionEditCatalog"_s);
        }
    }
    QAction *link = ticket->addAction(tr("Lin&k to another ticket…"), m_ticket, &TicketDock::startLink);
    link->setObjectName(u"actionLink"_s);
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *merge = ticket->addAction(tr("Mer&ge into another ticket…"), m_ticket, &TicketDock::startMerge);
    merge->setObjectName(u"actionMerge"_s);
    merge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Helpline"), this, [this] {
        QMessageBox::about(this, tr("About Helpline"),
                           tr("<p><b>Helpline %1</b></p><p>The service desk for IT support analysts.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

MacroAdminDialog *MainWindow::macroAdmin() const
{
    return m_macroAdmin;
}

void MainWindow::editMacros()
{
    if (m_macroAdmin) {
        m_macroAdmin->raise();
        m_macroAdmin->activateWindow();
        return;
    }
    m_macroAdmin = new MacroAdminDialog(m_api, this);
    m_macroAdmin->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_macroAdmin, &MacroAdminDialog::macrosChanged, &m_ticket->macroCatalog(), &MacroCatalog::reload);
    m_macroAdmin->show();
}

CatalogAdminDialog *MainWindow::catalogAdmin() const
{
    return m_catalogAdmin;
}

CatalogAdminDialog *MainWindow::editCatalog()
{
    if (!m_catalogAdmin) {
        m_catalogAdmin = new CatalogAdminDialog(m_api, m_ticket->ticketCatalog(), this);
        m_catalogAdmin->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_catalogAdmin->show();
    m_catalogAdmin->raise();
    m_catalogAdmin->activateWindow();
    return m_catalogAdmin;
}

void MainWindow::applyDefaultLayout()
{
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_queue), static_cast<QDockWidget *>(m_ticket),
                              static_cast<QDockWidget *>(m_assets)}) {
        dock->setFloating(false);
        dock->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, m_queue);
    addDockWidget(Qt::RightDockWidgetArea, m_ticket);
    // Assets share the right side with the ticket, one tab away; room staff work there.
    tabifyDockWidget(m_ticket, m_assets);
    if (m_role == Role::RoomStaff)
        m_assets->raise();
    else
        m_ticket->raise();
    if (!testAttribute(Qt::WA_WState_Created))
        resize(1440, 900);
    if (isVisible())
        splitDocks();
}

void MainWindow::splitDocks()
{
    // The queue gets the larger share: it is where the day starts.
    const int queueWidth = width() * 2 / 3;
    resizeDocks({m_queue, m_ticket}, {queueWidth, width() - queueWidth}, Qt::Horizontal);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Dock sizes only take once the window has its real size.
    if (!m_layoutRestored && !m_splitDone) {
        m_splitDone = true;
        QTimer::singleShot(0, this, &MainWindow::splitDocks);
    }
}

NewTicketDialog *MainWindow::openNewTicket()
{
    if (!m_newTicket) {
        m_newTicket = new NewTicketDialog(m_api, m_ticket->ticketCatalog(), m_userId, this);
        m_newTicket->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_newTicket, &NewTicketDialog::ticketCreated, this, &MainWindow::showCreatedTicket);
    }
    // Not modal: the analyst may look something up in the queue while the caller talks.
    m_newTicket->show();
    m_newTicket->raise();
    m_newTicket->activateWindow();
    return m_newTicket;
}

PeopleImportDialog *MainWindow::openPeopleImport()
{
    if (!m_peopleImport) {
        m_peopleImport = new PeopleImportDialog(m_api, this);
        m_peopleImport->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_peopleImport, &PeopleImportDialog::imported, this, [this](int created, int updated) {
            statusBar()->showMessage(tr("People imported: %1 new, %2 updated.").arg(created).arg(updated), 10000);
        });
    }
    m_peopleImport->show();
    m_peopleImport->raise();
    m_peopleImport->activateWindow();
    return m_peopleImport;
}

void MainWindow::showCreatedTicket(const Ticket &ticket)
{
    // Into the loaded queue at once, without fetching the whole queue again.
    TicketTableModel *rows = m_queue->model();
    if (rows->rowOf(ticket.id) < 0)
        rows->append({ticket});
    m_queue->ticketUpdated(ticket); // seen (it opens now), and the views count it
    statusBar()->showMessage(tr("%1 created.").arg(ticket.number), 10000);
    // Selecting its row opens it in the Ticket pane; a queue filtered so that it does not
    // show the ticket opens it directly.
    QTableView *view = m_queue->view();
    bool selected = false;
    for (int row = 0; row < view->model()->rowCount() && !selected; ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(TicketTableModel::TicketIdRole).toLongLong() == ticket.id) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            selected = true;
        }
    }
    if (!selected)
        m_ticket->showTicket(ticket.id);
    m_ticket->show();
    m_ticket->raise();
}

void MainWindow::setSessionOnlyNotice(const QString &detail)
{
    m_sessionOnly->setText(tr("Signed in for this session only"));
    m_sessionOnly->setToolTip(detail);
    m_sessionOnly->show();
}

void MainWindow::saveLayout()
{
    // By name, not through the session: on sign-out the session has already ended.
    if (!m_username.isEmpty())
        WindowState(m_username).save(*this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace Helpline
