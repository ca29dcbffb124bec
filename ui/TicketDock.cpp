// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketDock.h"

#include "ApiClient.h"
#include "AttachmentUploader.h"
#include "AttachmentsPanel.h"
#include "ConflictDialog.h"
#include "DisplayText.h"
#include "SafeTextBrowser.h"
#include "StatusChangeDialog.h"
#include "ConversationView.h"
#include "MacroCatalog.h"
#include "TicketCatalog.h"
#include "Colleagues.h"
#include "MacroExpansion.h"
#include "MacroPicker.h"
#include "PaneActivityWatcher.h"
#include "TicketPatch.h"
#include "TicketTimePanel.h"
#include "TicketFieldsEditor.h"
#include "TicketHistoryView.h"
#include "UploadStatus.h"
#include "WatchersPanel.h"
#include "TicketLinksPanel.h"
#include "TicketAssetsPanel.h"
#include "TicketFactsPanel.h"
#include "EscalateDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QPushButton>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

TicketDock::TicketDock(ApiClient &api, qint64 myUserId, QWidget *parent)
    : QDockWidget(tr("Ticket"), parent)
    , m_api(api)
    , m_myUserId(myUserId)
    , m_macros(new MacroCatalog(api, this))
    , m_catalog(new TicketCatalog(api, this))
    , m_colleagues(new Colleagues(api, this))
    , m_pages(new QStackedWidget)
    , m_notice(new QLabel)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_form(new QFormLayout)
    , m_description(new SafeTextBrowser)
    , m_status(new QComboBox)
    , m_assignToMe(new QPushButton(tr("Assign to &me")))
    , m_problem(new QLabel)
    , m_history(new TicketHistoryView)
    , m_editor(new TicketFieldsEditor(*m_catalog, *m_colleagues))
    , m_conversation(new ConversationView)
    , m_composer(new CommentComposer)
    , m_uploader(new AttachmentUploader(api, this))
    , m_attachments(new AttachmentsPanel(api, *m_uploader))
    , m_links(new TicketLinksPanel(api))
    , m_linkedAssets(new TicketAssetsPanel(api))
    , m_facts(new TicketFacts(api))
    , m_watchers(new WatchersPanel(api, myUserId))
    , m_tabs(new QTabWidget)
    , m_time(new TicketTimePanel(api, myUserId))
{
    setObjectName(u"ticketDock"_s);
    m_notice->setObjectName(u"ticketNotice"_s);
    m_title->setObjectName(u"ticketTitle"_s);
    m_summary->setObjectName(u"ticketSummary"_s);
    m_description->setObjectName(u"ticketDescription"_s);

    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setForegroundRole(QPalette::PlaceholderText);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_requester = addField(tr("Requester:"), u"ticketRequester"_s);
    m_assignee = addField(tr("Assignee:"), u"ticketAssignee"_s);
    m_created = addField(tr("Opened:"), u"ticketCreated"_s);
    m_updated = addField(tr("Last change:"), u"ticketUpdated"_s);
    m_handleTime = addField(tr("Handle time:"), u"ticketHandleTime"_s);

    m_status->setObjectName(u"ticketStatusCombo"_s);
    m_status->setToolTip(tr("Move the ticket on: only the steps its workflow allows are offered."));
    m_assignToMe->setObjectName(u"assignToMeButton"_s);
    m_problem->setObjectName(u"ticketProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    connect(m_status, &QComboBox::activated, this, &TicketDock::onStatusChosen);
    connect(m_editor, &TicketFieldsEditor::saveRequested, this, &TicketDock::requestChange);
    connect(m_composer, &CommentComposer::sendRequested, this, &TicketDock::sendComment);
    connect(m_assignToMe, &QPushButton::clicked, this, &TicketDock::assignToMe);
    m_composer->uploadStatus()->watch(m_uploader);
    connect(m_composer, &CommentComposer::filesOffered, m_uploader, &AttachmentUploader::uploadFiles);
    connect(m_composer, &CommentComposer::imageOffered, m_uploader, &AttachmentUploader::uploadImage);
    connect(m_uploader, &AttachmentUploader::uploaded, this, [this](qint64 ticketId) {
        if (isShowing(ticketId))
            loadHistory(ticketId);
    });
    connect(m_attachments, &AttachmentsPanel::countChanged, this,
            [this](int count) {
                m_tabs->setTabText(2, count < 0 ? tr("A&ttachments") : tr("A&ttachments (%1)").arg(count));
            });
    connect(m_attachments, &AttachmentsPanel::loaded, this, &TicketDock::attachmentsLoaded);
    connect(m_composer, &CommentComposer::macroRequested, this, &TicketDock::insertMacro);
    connect(m_time, &TicketTimePanel::loaded, this, [this](qint64 id, qint64 minutes) {
        if (!isShowing(id))
            return;
        m_handleTime->setText(DisplayText::durationText(minutes));
        m_tabs->setTabText(m_tabs->indexOf(m_time), tr("Ti&me (%1)").arg(DisplayText::durationText(minutes)));
    });
    // What was measured is in the entry now; counting starts again from zero.
    connect(m_time, &TicketTimePanel::logged, this, [this](qint64 id) {
        m_meter.reset(id);
        if (isShowing(id))
            loadHistory(id);
    });
    new PaneActivityWatcher(this, m_meter);

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Status:")));
    actions->addWidget(m_status);
    actions->addWidget(m_assignToMe);
    actions->addWidget(m_watchers->watchToggle());
    actions->addStretch(1);

    auto *details = new QWidget;
    auto *layout = new QVBoxLayout(details);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(m_problem);
    layout->addLayout(m_form);
    layout->addWidget(m_facts);
    connect(m_facts, &TicketFacts::openTicketRequested, this, &TicketDock::showTicket);
    connect(m_facts, &TicketFacts::loaded, this, &TicketDock::factsLoaded);
    layout->addWidget(m_editor);
    layout->addWidget(new QLabel(tr("Description")));
    layout->addWidget(m_description, 1);

    auto *conversation = new QWidget;
    auto *conversationLayout = new QVBoxLayout(conversation);
    conversationLayout->setContentsMargins(0, 4, 0, 0);
    conversationLayout->addWidget(m_conversation, 1);
    conversationLayout->addWidget(m_composer);
    m_tabs->setObjectName(u"ticketTabs"_s);
    m_tabs->addTab(conversation, tr("&Conversation"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_attachments, tr("A&ttachments"));
    m_tabs->addTab(m_time, tr("Ti&me"));
    m_tabs->addTab(m_links, tr("L&inks"));
    connect(m_links, &TicketLinksPanel::openRequested, this, &TicketDock::showTicket);
    connect(m_links, &TicketLinksPanel::linksChanged, this, [this](qint64 id) {
        if (isShowing(id))
            loadHistory(id);
    });
    connect(m_links, &TicketLinksPanel::linksLoaded, this, [this](qint64 id, int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_links), count > 0 ? tr("L&inks (%1)").arg(count) : tr("L&inks"));
        Q_EMIT linksLoaded(id);
    });
    connect(m_links, &TicketLinksPanel::merged, this, &TicketDock::onMerged);
    m_tabs->addTab(m_watchers, tr("&Watchers"));
    connect(m_watchers, &WatchersPanel::countChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_watchers), tr("&Watchers (%1)").arg(count));
    });
    connect(m_watchers, &WatchersPanel::watchersChanged, this, &TicketDock::refreshTicket);
    m_tabs->addTab(m_linkedAssets, tr("A&ssets"));
    connect(m_linkedAssets, &TicketAssetsPanel::openAssetRequested, this, &TicketDock::openAssetRequested);
    connect(m_linkedAssets, &TicketAssetsPanel::assetsChanged, this, [this](qint64 id) {
        if (isShowing(id))
            loadHistory(id);
    });
    connect(m_linkedAssets, &TicketAssetsPanel::assetsLoaded, this, [this](qint64 id, int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_linkedAssets), count > 0 ? tr("A&ssets (%1)").arg(count) : tr("A&ssets"));
        Q_EMIT linkedAssetsLoaded(id);
    });
    connect(m_facts, &TicketFacts::openAssetRequested, this, &TicketDock::openAssetRequested);
    layout->addWidget(m_tabs, 3);

    m_pages->addWidget(m_notice);
    m_pages->addWidget(details);
    setWidget(m_pages);
    showNotice(tr("Select a ticket in the queue to see it here."));
}

QLabel *TicketDock::addField(const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void TicketDock::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_pages->setCurrentWidget(m_notice);
}

void TicketDock::showTicket(qint64 id)
{
    if (m_call)
        m_call->cancel();
    if (!m_ticket || m_ticket->id != id) {
        // Until the new one is here, no action may land on the one before it.
        m_ticket.reset();
        m_meter.setTicket(0);
        showNotice(tr("Opening the ticket…"));
    }
    ApiCall *call = m_api.get(u"/tickets/%1"_s.arg(id));
    m_call = call;
    call->then(
        this,
        [this, call](const QJsonObject &json, int) {
            if (m_call != call)
                return;
            if (const auto ticket = Ticket::fromJson(json))
                display(*ticket);
            else
                showNotice(tr("The server sent a ticket Helpline cannot read."));
        },
        [this, call](const ApiFailure &failure) {
            if (m_call == call)
                showNotice(tr("The ticket could not be opened: %1").arg(failure.message));
        });
}

void TicketDock::display(const Ticket &ticket)
{
    m_ticket = ticket;
    m_title->setText(ticket.title);
    m_summary->setText(QStringList{ticket.number, DisplayText::typeText(ticket.type),
                                   DisplayText::priorityText(ticket.priority),
                                   DisplayText::statusText(ticket.status)}
                           .join(u"  ·  "_s));
    m_requester->setText(ticket.requester.email.isEmpty()
                             ? ticket.requester.name
                             : u"%1 <%2>"_s.arg(ticket.requester.name, ticket.requester.email));
    m_assignee->setText(ticket.assignee ? ticket.assignee->name : tr("Unassigned"));
    m_editor->setTicket(ticket);
    m_created->setText(DisplayText::timeText(ticket.createdAt));
    m_updated->setText(DisplayText::timeText(ticket.updatedAt));
    m_description->setMarkdownSafely(ticket.description);
    fillStatusChoices(ticket);
    const bool final = TicketWorkflow::nextStatuses(ticket.status).isEmpty();
    m_assignToMe->setVisible(!final && (!ticket.assignee || ticket.assignee->id != m_myUserId));
    m_composer->setTicket(ticket.id);
    m_attachments->setTicket(ticket.id);
    m_meter.setTicket(ticket.id);
    if (m_time->ticketId() != ticket.id) {
        m_handleTime->setText(tr("…"));
        m_tabs->setTabText(m_tabs->indexOf(m_time), tr("Ti&me"));
    }
    m_time->setTicket(ticket.id, ticket.number);
    m_links->setTicket(ticket);
    m_linkedAssets->setTicket(ticket.id);
    m_facts->setTicket(ticket);
    m_watchers->setTicket(ticket);
    m_pages->setCurrentIndex(1);
    loadHistory(ticket.id);
    if (!m_conversationTicket || *m_conversationTicket != ticket.id) {
        m_conversationTicket.reset();
        m_conversation->setPlainText(tr("Loading the conversation…"));
        loadComments(ticket.id);
    }
    Q_EMIT ticketShown(ticket.id);
}

void TicketDock::fillStatusChoices(const Ticket &ticket)
{
    m_status->clear();
    m_status->addItem(DisplayText::statusText(ticket.status), int(ticket.status));
    for (const TicketStatus next : TicketWorkflow::nextStatuses(ticket.status))
        m_status->addItem(TicketWorkflow::isReopen(ticket.status, next)
                              ? tr("Reopen: %1").arg(DisplayText::statusText(next))
                              : DisplayText::statusText(next),
                          int(next));
    m_status->setEnabled(m_status->count() > 1);
}

void TicketDock::onStatusChosen(int index)
{
    if (!m_ticket || index <= 0)
        return;
    const auto target = static_cast<TicketStatus>(m_status->itemData(index).toInt());
    m_status->setCurrentIndex(0); // shows the stored status until the server has agreed
    QJsonObject changes{{u"status"_s, ticketStatusName(target)}};
    // Taking a new ticket into work makes it the analyst's own.
    if ((target == TicketStatus::InProgress || target == TicketStatus::Assigned) && !m_ticket->assignee)
        changes.insert(u"assignee_id"_s, m_myUserId);
    // Back to new means back in the pool: nobody holds it.
    if (target == TicketStatus::New)
        changes.insert(u"assignee_id"_s, QJsonValue::Null);
    if (!StatusChangeDialog::needsDetails(target)) {
        requestChange(changes);
        return;
    }
    changes.remove(u"status"_s);
    askStatusDetails(target, changes);
}

void TicketDock::askStatusDetails(TicketStatus target, const QJsonObject &alongside)
{
    // The dialog lives until the change is stored: if it is refused, it opens again with the
    // notes as typed.
    delete m_statusDialog;
    m_statusDialog = new StatusChangeDialog(target, this);
    connect(m_statusDialog, &QDialog::accepted, this, [this, alongside] {
        if (!m_statusDialog)
            return;
        QJsonObject changes = alongside;
        const QJsonObject details = m_statusDialog->changes();
        for (auto it = details.begin(); it != details.end(); ++it)
            changes.insert(it.key(), it.value());
        requestChange(changes);
    });
    m_statusDialog->open();
}

void TicketDock::requestChange(const QJsonObject &changes)
{
    if (m_ticket)
        sendChange(m_ticket->id, m_ticket->version, changes);
}

bool TicketDock::isShowing(qint64 ticketId) const
{
    return m_ticket && m_ticket->id == ticketId;
}

void TicketDock::sendChange(qint64 ticketId, int version, const QJsonObject &changes)
{
    m_problem->hide();
    ApiCall *call = m_api.patch(u"/tickets/%1"_s.arg(ticketId), changes, version);
    call->then(
        this,
        [this, ticketId](const QJsonObject &json, int) {
            const auto ticket = Ticket::fromJson(json);
            if (!ticket)
                return;
            if (m_statusDialog && isShowing(ticketId))
                m_statusDialog->deleteLater();
            Q_EMIT ticketChanged(*ticket); // the queue follows even if the analyst moved on
            if (isShowing(ticketId))
                display(*ticket);
        },
        [this, ticketId, changes](const ApiFailure &failure) { onChangeFailed(ticketId, changes, failure); });
}

void TicketDock::onChangeFailed(qint64 ticketId, const QJsonObject &changes, const ApiFailure &failure)
{
    if (failure.httpStatus == 412) {
        const QJsonObject current = failure.body.value(u"current"_s).toObject();
        const auto ticket = Ticket::fromJson(current);
        if (ticket)
            Q_EMIT ticketChanged(*ticket);
        if (!ticket || !isShowing(ticketId))
            return; // the analyst has moved on; field edits stay in that ticket's draft
        display(*ticket);
        if (m_statusDialog)
            m_statusDialog->deleteLater(); // the conflict dialog carries the change from here
        auto *dialog = new ConflictDialog(changes, current, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const int currentVersion = ticket->version;
        connect(dialog, &QDialog::accepted, this,
                [this, ticketId, currentVersion, changes] { sendChange(ticketId, currentVersion, changes); });
        dialog->open();
        return;
    }
    if (!isShowing(ticketId))
        return;
    if (m_statusDialog) {
        m_statusDialog->showProblem(failure.message);
        m_statusDialog->open();
    }
    m_editor->showErrors(failure.fields); // the typed values stay in the fields
    QStringList details;
    for (auto it = failure.fields.cbegin(); it != failure.fields.cend(); ++it)
        details << u"%1: %2"_s.arg(DisplayText::fieldText(it.key()), DisplayText::fieldErrorText(it.value()));
    m_problem->setText(details.isEmpty() ? tr("The change was not saved: %1").arg(failure.message)
                                         : tr("The change was not saved: %1 (%2)")
                                               .arg(failure.message, details.join(u", "_s)));
    m_problem->show();
}

void TicketDock::assignToMe()
{
    if (m_ticket && m_pages->currentIndex() == 1 && !m_assignToMe->isHidden())
        requestChange({{u"assignee_id"_s, m_myUserId}});
}

void TicketDock::startReply()
{
    if (!m_ticket || m_pages->currentIndex() != 1)
        return;
    m_tabs->setCurrentIndex(0);
    m_composer->begin(Comment::Visibility::Public);
}

void TicketDock::startNote()
{
    if (!m_ticket || m_pages->currentIndex() != 1)
        return;
    m_tabs->setCurrentIndex(0);
    m_composer->begin(Comment::Visibility::Internal);
}

void TicketDock::setAnalyst(const User &user)
{
    m_me = user;
    m_time->setCanRemoveAny(user.role == Role::Admin);
    m_macros->reload();
}

void TicketDock::insertMacro()
{
    if (!m_ticket || m_pages->currentIndex() != 1)
        return;
    if (!m_macros->isLoaded())
        m_macros->reload(); // for next time; this time the picker says why it is empty
    MacroContext context{*m_ticket, DisplayText::statusText(m_ticket->status), m_me ? m_me->displayName : QString(),
                         m_me ? m_me->email : QString()};
    auto *picker = new MacroPicker(m_macros->macros(), context, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 ticketId = m_ticket->id;
    connect(picker, &QDialog::accepted, this, [this, picker, ticketId] {
        const auto macro = picker->chosen();
        if (macro && isShowing(ticketId))
            applyMacro(*macro);
    });
    picker->open();
}

QJsonObject TicketDock::macroChangesFor(const Ticket &ticket, const Macro &macro) const
{
    QJsonObject changes = macro.changes;
    // What the ticket already has is no change: sending it would only bump the version.
    if (changes.value(u"group"_s).toString() == ticket.group)
        changes.remove(u"group"_s);
    const auto status = ticketStatusFromName(changes.value(u"status"_s).toString());
    const auto reason = pendingReasonFromName(changes.value(u"pending_reason"_s).toString());
    if (status && *status == ticket.status && (!reason || reason == ticket.pendingReason)) {
        changes.remove(u"status"_s);
        changes.remove(u"pending_reason"_s);
    } else if (status && !ticket.assignee
               && (*status == TicketStatus::InProgress || *status == TicketStatus::Assigned)) {
        changes.insert(u"assignee_id"_s, m_myUserId); // as when the analyst takes it into work
    }
    return changes;
}

void TicketDock::applyMacro(const Macro &macro)
{
    if (!m_ticket || m_pages->currentIndex() != 1)
        return;
    const Ticket current = *m_ticket;
    const QJsonObject changes = macroChangesFor(current, macro);
    const auto target = ticketStatusFromName(changes.value(u"status"_s).toString());

    // The text speaks of the ticket as the macro leaves it ("now pending").
    Ticket planned = current;
    if (target)
        planned.status = *target;
    if (changes.contains(u"group"_s))
        planned.group = changes.value(u"group"_s).toString();
    const MacroContext context{planned, DisplayText::statusText(planned.status),
                               m_me ? m_me->displayName : QString(), m_me ? m_me->email : QString()};
    const MacroExpansion::Result text = MacroExpansion::expand(macro.body, context);
    m_tabs->setCurrentIndex(0);
    m_composer->insertMacroText(macro.visibility, text.text, text.unknown);
    if (changes.isEmpty())
        return;

    FieldErrors errors;
    if (applyTicketPatch(current, changes, PriorityMatrix(), errors)) {
        requestChange(changes);
        return;
    }
    // The workflow wants facts the macro cannot know (the resolution, say): ask for them.
    static const QStringList details{u"pending_reason"_s, u"resolution_code"_s, u"resolution_notes"_s};
    bool onlyDetails = target && StatusChangeDialog::needsDetails(*target);
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        onlyDetails = onlyDetails && details.contains(it.key()) && it.value() == u"required"_s;
    if (onlyDetails) {
        QJsonObject alongside = changes;
        alongside.remove(u"status"_s);
        askStatusDetails(*target, alongside);
        return;
    }
    QStringList problems;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        problems << u"%1: %2"_s.arg(DisplayText::fieldText(it.key()), DisplayText::fieldErrorText(it.value()));
    m_problem->setText(tr("The macro's text was inserted, but its field changes were not applied (%1).")
                           .arg(problems.join(u", "_s)));
    m_problem->show();
}

void TicketDock::logTime()
{
    if (!m_ticket || m_pages->currentIndex() != 1)
        return;
    m_tabs->setCurrentWidget(m_time);
    m_time->logTime(m_meter.workedMinutes(m_ticket->id));
}

void TicketDock::loadComments(qint64 id)
{
    m_api.get(u"/tickets/%1/comments"_s.arg(id))
        ->then(
            this,
            [this, id](const QJsonObject &json, int) {
                if (!m_ticket || m_ticket->id != id)
                    return;
                QList<Comment> comments;
                for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                    if (auto comment = Comment::fromJson(item.toObject()))
                        comments.append(*comment);
                }
                m_conversationTicket = id;
                m_conversation->setComments(comments);
                m_links->setConversationSize(int(comments.size()));
                m_tabs->setTabText(0, tr("&Conversation (%1)").arg(comments.size()));
                Q_EMIT conversationLoaded(id);
            },
            [this, id](const ApiFailure &failure) {
                if (isShowing(id))
                    m_conversation->setPlainText(tr("The conversation could not be loaded: %1").arg(failure.message));
            });
}

void TicketDock::sendComment(qint64 ticketId, const CommentComposer::Draft &draft)
{
    const QJsonObject body{{u"body"_s, draft.text}, {u"visibility"_s, visibilityName(draft.visibility)}};
    m_api.post(u"/tickets/%1/comments"_s.arg(ticketId), body, draft.idempotencyKey)
        ->then(
            this,
            [this, ticketId, key = draft.idempotencyKey](const QJsonObject &, int) {
                m_composer->markSent(ticketId, key);
                if (m_ticket && m_ticket->id == ticketId) {
                    loadComments(ticketId);
                    loadHistory(ticketId);
                }
            },
            [this, ticketId](const ApiFailure &failure) { m_composer->sendFailed(ticketId, failure.message); });
}

void TicketDock::loadHistory(qint64 id)
{
    m_api.get(u"/tickets/%1/history"_s.arg(id))
        ->then(
            this,
            [this, id](const QJsonObject &json, int) {
                if (!m_ticket || m_ticket->id != id)
                    return;
                m_history->setEntries(json.value(u"items"_s).toArray());
                Q_EMIT historyLoaded(id);
            },
            [this, id](const ApiFailure &) {
                if (isShowing(id))
                    m_history->clear();
            });
}

void TicketDock::startLink()
{
    if (!m_ticket || m_pages->currentIndex() != 1)
        return;
    m_tabs->setCurrentWidget(m_links);
    m_links->startLink();
}

void TicketDock::startMerge()
{
    if (!m_ticket || m_pages->currentIndex() != 1)
        return;
    m_tabs->setCurrentWidget(m_links);
    m_links->startMerge();
}

void TicketDock::onMerged(const Ticket &duplicate, const Ticket &target)
{
    // The queue follows both; the analyst follows the conversation to the ticket kept.
    Q_EMIT ticketChanged(duplicate);
    Q_EMIT ticketChanged(target);
    if (isShowing(duplicate.id)) {
        m_conversationTicket.reset();
        showTicket(target.id);
    }
}

void TicketDock::toggleWatch()
{
    if (m_ticket && m_pages->currentIndex() == 1)
        m_watchers->toggleWatch();
}

void TicketDock::refreshTicket(qint64 id)
{
    // The count and `watching` are the server's; the queue follows (the Watching view drops
    // a ticket no longer watched), and the history shows who was added or removed.
    m_api.get(u"/tickets/%1"_s.arg(id))
        ->then(
            this,
            [this, id](const QJsonObject &json, int) {
                const auto ticket = Ticket::fromJson(json);
                if (!ticket)
                    return;
                Q_EMIT ticketChanged(*ticket);
                if (isShowing(id))
                    display(*ticket);
            },
            [](const ApiFailure &) {});
}

void TicketDock::startEscalation()
{
    if (!m_ticket || m_pages->currentIndex() != 1 || !isOpenStatus(m_ticket->status))
        return;
    delete m_escalateDialog;
    m_escalateDialog = new EscalateDialog(*m_ticket, this);
    connect(m_escalateDialog, &QDialog::accepted, this, [this, version = m_ticket->version] {
        if (!m_escalateDialog)
            return;
        const qint64 ticketId = m_escalateDialog->ticketId();
        const QPointer<EscalateDialog> dialog = m_escalateDialog;
        m_api.postAtVersion(u"/tickets/%1/escalate"_s.arg(ticketId), dialog->request(), version)
            ->then(
                this,
                [this, ticketId, dialog](const QJsonObject &json, int) {
                    if (dialog)
                        dialog->deleteLater();
                    const auto ticket = Ticket::fromJson(json);
                    if (!ticket)
                        return;
                    Q_EMIT ticketChanged(*ticket);
                    if (isShowing(ticketId))
                        display(*ticket);
                },
                [this, ticketId, dialog](const ApiFailure &failure) {
                    // The dialog opens again with the note as typed; after a colleague's
                    // change the pane shows the ticket as it is now.
                    if (failure.httpStatus == 412) {
                        if (const auto current = Ticket::fromJson(failure.body.value(u"current"_s).toObject())) {
                            Q_EMIT ticketChanged(*current);
                            if (isShowing(ticketId))
                                display(*current);
                        }
                    }
                    if (!dialog)
                        return;
                    dialog->showProblem(failure.httpStatus == 412
                                            ? tr("the ticket was changed meanwhile; look at it and escalate again.")
                                            : failure.message);
                    if (isShowing(ticketId))
                        dialog->open();
                });
    });
    m_escalateDialog->open();
}

} // namespace Helpline
