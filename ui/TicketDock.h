// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommentComposer.h"
#include "Ticket.h"
#include "User.h"
#include "WorkedTimeMeter.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Helpline {

class ApiCall;
class ApiClient;
class AttachmentsPanel;
class AttachmentUploader;
class SafeTextBrowser;
class ConversationView;
class MacroCatalog;
class TicketCatalog;
class Colleagues;
class TicketTimePanel;
struct Macro;
class StatusChangeDialog;
class EscalateDialog;
class TicketFacts;
class TicketFieldsEditor;
class TicketHistoryView;
class TicketLinksPanel;
class WatchersPanel;
class TicketAssetsPanel;
struct ApiFailure;

// The ticket in front of the analyst: its header, who and where, its description and its
// history; its status moves by the workflow, and a change that crossed someone else's is
// shown beside theirs instead of being lost.
class TicketDock : public QDockWidget
{
    Q_OBJECT
public:
    TicketDock(ApiClient &api, qint64 myUserId, QWidget *parent = nullptr);

    void showTicket(qint64 id);
    std::optional<Ticket> ticket() const { return m_ticket; }

    // Sends `changes` for the shown ticket (status, assignee, ...). Public for the actions
    // and for tests; the answer updates the pane and emits ticketChanged.
    void requestChange(const QJsonObject &changes);
    // The keyboard's ways into the pane.
    void assignToMe();
    void startReply();
    void startNote();
    void startLink();
    void startMerge();
    // Opens the escalation dialog for the shown ticket (E): up a tier or to another group,
    // with what was tried.
    void startEscalation();
    TicketFacts *facts() const { return m_facts; }
    // Starts or stops following the shown ticket (W).
    void toggleWatch();
    WatchersPanel *watchersPanel() const { return m_watchers; }

    // Who is signed in: fills the analyst placeholders of macros and decides whose time
    // entries may be removed. Loads the macros.
    void setAnalyst(const User &user);
    MacroCatalog &macroCatalog() { return *m_macros; }
    // The groups and categories the fields editor offers; the main window reloads it.
    TicketCatalog &ticketCatalog() { return *m_catalog; }
    Colleagues &colleagues() { return *m_colleagues; } // the fields editor's assignee choices
    // Opens the macro picker for the shown ticket (Ctrl+M).
    void insertMacro();
    // Writes the macro's text into the composer (expanded for this ticket) and sets its
    // fields through the ticket's workflow: a status that needs a pending reason or a
    // resolution asks for it first; a step the workflow does not allow is reported, not sent.
    void applyMacro(const Macro &macro);
    // Opens the log-time dialog with the minutes this client measured on the ticket (Ctrl+T).
    void logTime();
    WorkedTimeMeter &workedTime() { return m_meter; }
    TicketTimePanel *timePanel() const { return m_time; }

Q_SIGNALS:
    void ticketShown(qint64 id);
    void ticketChanged(const Helpline::Ticket &ticket);
    void historyLoaded(qint64 id);
    void attachmentsLoaded(qint64 id);
    void conversationLoaded(qint64 id);
    void factsLoaded(qint64 id);
    void linksLoaded(qint64 id);
    void linkedAssetsLoaded(qint64 id);
    void openAssetRequested(qint64 assetId);

private:
    void display(const Ticket &ticket);
    void fillStatusChoices(const Ticket &ticket);
    void onStatusChosen(int index);
    // Asks what `target` needs (pending reason, resolution), then sends it with `alongside`.
    void askStatusDetails(TicketStatus target, const QJsonObject &alongside);
    QJsonObject macroChangesFor(const Ticket &ticket, const Macro &macro) const;
    void sendChange(qint64 ticketId, int version, const QJsonObject &changes);
    void onChangeFailed(qint64 ticketId, const QJsonObject &changes, const ApiFailure &failure);
    bool isShowing(qint64 ticketId) const;
    void loadHistory(qint64 id);
    void loadComments(qint64 id);
    void sendComment(qint64 ticketId, const CommentComposer::Draft &draft);
    void showNotice(const QString &text);
    void onMerged(const Ticket &duplicate, const Ticket &target);
    void refreshTicket(qint64 id); // after a change beside the ticket (its watchers)
    QLabel *addField(const QString &label, const QString &objectName);

    ApiClient &m_api;
    qint64 m_myUserId;
    std::optional<User> m_me;
    MacroCatalog *m_macros;
    TicketCatalog *m_catalog;
    Colleagues *m_colleagues;
    WorkedTimeMeter m_meter;
    QPointer<ApiCall> m_call;
    QPointer<StatusChangeDialog> m_statusDialog;
    QPointer<EscalateDialog> m_escalateDialog;
    std::optional<Ticket> m_ticket;
    QStackedWidget *m_pages;
    QLabel *m_notice;
    QLabel *m_title;
    QLabel *m_summary;
    QFormLayout *m_form;
    QLabel *m_requester;
    QLabel *m_assignee;
    QLabel *m_created;
    QLabel *m_updated;
    SafeTextBrowser *m_description;
    QComboBox *m_status;
    QPushButton *m_assignToMe;
    QLabel *m_problem;
    TicketHistoryView *m_history;
    TicketFieldsEditor *m_editor;
    ConversationView *m_conversation;
    CommentComposer *m_composer;
    AttachmentUploader *m_uploader;
    AttachmentsPanel *m_attachments;
    TicketLinksPanel *m_links;
    TicketAssetsPanel *m_linkedAssets;
    TicketFacts *m_facts;
    WatchersPanel *m_watchers;
    QTabWidget *m_tabs;
    TicketTimePanel *m_time;
    QLabel *m_handleTime;
    std::optional<qint64> m_conversationTicket; // whose conversation is on screen
};

} // namespace Helpline
