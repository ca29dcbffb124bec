// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketLinksPanel.h"

#include "ApiClient.h"
#include "DisplayText.h"
#include "LinkTicketDialog.h"
#include "MergeTicketDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
enum Role { LinkIdRole = Qt::UserRole, TicketIdRole, RemovableRole };
} // namespace

TicketLinksPanel::TicketLinksPanel(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_tree(new QTreeWidget(this))
    , m_problem(new QLabel(this))
    , m_link(new QPushButton(tr("&Link…"), this))
    , m_remove(new QPushButton(tr("Remove lin&k"), this))
    , m_merge(new QPushButton(tr("Mer&ge into…"), this))
{
    setObjectName(u"ticketLinksPanel"_s);
    m_tree->setObjectName(u"ticketLinks"_s);
    m_tree->setHeaderLabels({tr("Ticket"), tr("Title"), tr("Status")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->setToolTip(tr("Enter or double-click opens the linked ticket; Delete removes the link."));
    m_problem->setObjectName(u"linksProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_link->setObjectName(u"linkButton"_s);
    m_link->setToolTip(tr("Link this ticket to a parent, child, problem, incident or related ticket (Ctrl+L)"));
    m_remove->setObjectName(u"removeLinkButton"_s);
    m_merge->setObjectName(u"mergeButton"_s);
    m_merge->setToolTip(tr("Close this ticket as a duplicate and move its conversation to another one (Ctrl+Shift+M)"));

    connect(m_link, &QPushButton::clicked, this, &TicketLinksPanel::startLink);
    connect(m_remove, &QPushButton::clicked, this, &TicketLinksPanel::removeSelected);
    connect(m_merge, &QPushButton::clicked, this, &TicketLinksPanel::startMerge);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TicketLinksPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, TicketIdRole).toLongLong();
        if (id > 0)
            Q_EMIT openRequested(id);
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &TicketLinksPanel::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_merge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    updateButtons();
}

void TicketLinksPanel::setTicket(const Ticket &ticket)
{
    const bool other = !m_ticket || m_ticket->id != ticket.id;
    m_ticket = ticket;
    if (other) {
        m_links.clear();
        m_commentCount = -1;
        m_tree->clear();
        m_problem->hide();
        // A dialog about the ticket before has nothing to say about this one.
        delete m_linkDialog;
        delete m_mergeDialog;
    }
    updateButtons();
    load(ticket.id);
}

void TicketLinksPanel::load(qint64 ticketId)
{
    if (m_call)
        m_call->cancel();
    ApiCall *call = m_api.get(u"/tickets/%1/links"_s.arg(ticketId));
    m_call = call;
    call->then(
        this,
        [this, call, ticketId](const QJsonObject &json, int) {
            if (m_call != call || !m_ticket || m_ticket->id != ticketId)
                return;
            m_links.clear();
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (auto link = LinkedTicket::fromJson(item.toObject()))
                    m_links.append(*link);
            }
            fill();
            Q_EMIT linksLoaded(ticketId, int(m_links.size()));
        },
        [this, call, ticketId](const ApiFailure &failure) {
            if (m_call != call || !m_ticket || m_ticket->id != ticketId)
                return;
            m_problem->setText(tr("The links could not be loaded: %1").arg(failure.message));
            m_problem->show();
        });
}

void TicketLinksPanel::fill()
{
    const qint64 selected = m_tree->currentItem() ? m_tree->currentItem()->data(0, LinkIdRole).toLongLong() : 0;
    m_tree->clear();
    m_problem->hide();
    if (m_links.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No links yet. Link… ties this ticket to others.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
        return;
    }
    QFont groupFont = m_tree->font();
    groupFont.setBold(true);
    for (const LinkKind kind : linkKindsInOrder()) {
        QList<const LinkedTicket *> members;
        for (const LinkedTicket &link : std::as_const(m_links)) {
            if (link.kind == kind)
                members << &link;
        }
        if (members.isEmpty())
            continue;
        QString heading = DisplayText::linkKindText(kind);
        if (kind == LinkKind::Child || kind == LinkKind::Incident) {
            // How many are still open: what an analyst closing a major incident looks for.
            const auto open = std::count_if(members.cbegin(), members.cend(),
                                            [](const LinkedTicket *l) { return isOpenStatus(l->status); });
            heading = tr("%1 (%2, %3 open)").arg(heading).arg(members.size()).arg(open);
        } else if (members.size() > 1) {
            heading = tr("%1 (%2)").arg(heading).arg(members.size());
        }
        auto *group = new QTreeWidgetItem(m_tree, {heading});
        group->setFont(0, groupFont);
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        for (const LinkedTicket *link : std::as_const(members)) {
            auto *row = new QTreeWidgetItem(group, {link->number, link->title, DisplayText::statusText(link->status)});
            row->setData(0, LinkIdRole, link->linkId);
            row->setData(0, TicketIdRole, link->ticketId);
            row->setData(0, RemovableRole, link->kind != LinkKind::DuplicateOf && link->kind != LinkKind::Duplicate);
            row->setToolTip(1, link->createdBy ? tr("Linked by %1 on %2").arg(link->createdBy->name,
                                                                           DisplayText::timeText(link->createdAt))
                                               : DisplayText::timeText(link->createdAt));
            if (!isOpenStatus(link->status))
                row->setForeground(2, palette().placeholderText());
            if (link->linkId == selected)
                m_tree->setCurrentItem(row);
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(2);
    updateButtons();
}

void TicketLinksPanel::updateButtons()
{
    const bool open = m_ticket && !TicketWorkflow::nextStatuses(m_ticket->status).isEmpty();
    m_link->setEnabled(m_ticket.has_value());
    QTreeWidgetItem *current = m_tree->currentItem();
    m_remove->setEnabled(current && current->isSelected() && current->data(0, RemovableRole).toBool());
    // Closed and cancelled tickets are final: they cannot be merged any more.
    m_merge->setEnabled(open);
}

QString TicketLinksPanel::problemText(const ApiFailure &failure) const
{
    if (failure.fields.isEmpty())
        return failure.message;
    QStringList details;
    for (auto it = failure.fields.cbegin(); it != failure.fields.cend(); ++it)
        details << u"%1: %2"_s.arg(DisplayText::fieldText(it.key()), DisplayText::fieldErrorText(it.value()));
    return details.join(u'\n');
}

void TicketLinksPanel::startLink()
{
    if (!m_ticket)
        return;
    delete m_linkDialog;
    auto *dialog = new LinkTicketDialog(m_api, *m_ticket, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_linkDialog = dialog;
    connect(dialog, &LinkTicketDialog::linkRequested, this, [this, dialog](const NewLink &link) {
        const qint64 ticketId = dialog->ticketId();
        const QJsonObject body{{u"kind"_s, linkKindName(link.kind)}, {u"ticket_id"_s, link.ticketId}};
        m_api.post(u"/tickets/%1/links"_s.arg(ticketId), body, QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
            ->then(
                this,
                [this, ticketId](const QJsonObject &, int) {
                    if (m_linkDialog && m_linkDialog->ticketId() == ticketId)
                        m_linkDialog->accept();
                    if (m_ticket && m_ticket->id == ticketId)
                        load(ticketId);
                    Q_EMIT linksChanged(ticketId);
                },
                [this, ticketId](const ApiFailure &failure) {
                    if (!m_linkDialog || m_linkDialog->ticketId() != ticketId)
                        return;
                    m_linkDialog->setBusy(false);
                    m_linkDialog->showProblem(tr("The link was not made: %1").arg(problemText(failure)));
                });
    });
    dialog->open();
}

void TicketLinksPanel::removeSelected()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!m_ticket || !current || !current->data(0, RemovableRole).toBool())
        return;
    const qint64 ticketId = m_ticket->id;
    const qint64 linkId = current->data(0, LinkIdRole).toLongLong();
    m_remove->setEnabled(false);
    m_api.remove(u"/tickets/%1/links/%2"_s.arg(ticketId).arg(linkId))
        ->then(
            this,
            [this, ticketId](const QJsonObject &, int) {
                if (m_ticket && m_ticket->id == ticketId)
                    load(ticketId);
                Q_EMIT linksChanged(ticketId);
            },
            [this, ticketId](const ApiFailure &failure) {
                if (!m_ticket || m_ticket->id != ticketId)
                    return;
                m_problem->setText(tr("The link was not removed: %1").arg(problemText(failure)));
                m_problem->show();
                load(ticketId);
            });
}

void TicketLinksPanel::startMerge()
{
    if (!m_ticket || !m_merge->isEnabled())
        return;
    delete m_mergeDialog;
    auto *dialog = new MergeTicketDialog(m_api, *m_ticket, m_commentCount, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_mergeDialog = dialog;
    const int version = m_ticket->version;
    // One key per dialog: pressing Merge again after a lost answer does not merge twice.
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    connect(dialog, &MergeTicketDialog::mergeRequested, this,
            [this, dialog, version, key](qint64 intoId, const QString &note) {
                const qint64 ticketId = dialog->ticketId();
                QJsonObject body{{u"into"_s, intoId}};
                if (!note.isEmpty())
                    body.insert(u"note"_s, note);
                m_api.postAtVersion(u"/tickets/%1/merge"_s.arg(ticketId), body, version, key)
                    ->then(
                        this,
                        [this, ticketId](const QJsonObject &json, int) {
                            if (m_mergeDialog && m_mergeDialog->ticketId() == ticketId)
                                m_mergeDialog->accept();
                            const auto duplicate = Ticket::fromJson(json.value(u"ticket"_s).toObject());
                            const auto target = Ticket::fromJson(json.value(u"into"_s).toObject());
                            if (duplicate && target)
                                Q_EMIT merged(*duplicate, *target);
                        },
                        [this, ticketId](const ApiFailure &failure) {
                            if (!m_mergeDialog || m_mergeDialog->ticketId() != ticketId)
                                return;
                            m_mergeDialog->setBusy(false);
                            m_mergeDialog->showProblem(
                                failure.httpStatus == 412
                                    ? tr("Someone changed this ticket since you opened it. Cancel, look at it "
                                         "again, and merge once more if it is still a duplicate.")
                                    : tr("The tickets were not merged: %1").arg(problemText(failure)));
                        });
            });
    dialog->open();
}

} // namespace Helpline
