// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommentComposer.h"
#include "Ticket.h"

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
class SafeTextBrowser;
class ConversationView;
class StatusChangeDialog;
class TicketFieldsEditor;
class TicketHistoryView;
class TicketLinksPanel;
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

Q_SIGNALS:
    void ticketShown(qint64 id);
    void ticketChanged(const Helpline::Ticket &ticket);
    void historyLoaded(qint64 id);
    void conversationLoaded(qint64 id);
    void linksLoaded(qint64 id);

private:
    void display(const Ticket &ticket);
    void fillStatusChoices(const Ticket &ticket);
    void onStatusChosen(int index);
    void sendChange(qint64 ticketId, int version, const QJsonObject &changes);
    void onChangeFailed(qint64 ticketId, const QJsonObject &changes, const ApiFailure &failure);
    bool isShowing(qint64 ticketId) const;
    void loadHistory(qint64 id);
    void loadComments(qint64 id);
    void sendComment(qint64 ticketId, const CommentComposer::Draft &draft);
    void showNotice(const QString &text);
    void onMerged(const Ticket &duplicate, const Ticket &target);
    QLabel *addField(const QString &label, const QString &objectName);

    ApiClient &m_api;
    qint64 m_myUserId;
    QPointer<ApiCall> m_call;
    QPointer<StatusChangeDialog> m_statusDialog;
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
    TicketLinksPanel *m_links;
    QTabWidget *m_tabs;
    std::optional<qint64> m_conversationTicket; // whose conversation is on screen
};

} // namespace Helpline
