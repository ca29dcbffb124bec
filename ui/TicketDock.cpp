// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketDock.h"

#include "ApiClient.h"
#include "SafeTextBrowser.h"
#include "DisplayText.h"

#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

TicketDock::TicketDock(ApiClient &api, QWidget *parent)
    : QDockWidget(tr("Ticket"), parent)
    , m_api(api)
    , m_pages(new QStackedWidget)
    , m_notice(new QLabel)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_form(new QFormLayout)
    , m_description(new SafeTextBrowser)
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
    m_group = addField(tr("Group:"), u"ticketGroup"_s);
    m_category = addField(tr("Category:"), u"ticketCategory"_s);
    m_location = addField(tr("Location:"), u"ticketLocation"_s);
    m_impact = addField(tr("Impact × urgency:"), u"ticketImpact"_s);
    m_created = addField(tr("Opened:"), u"ticketCreated"_s);
    m_updated = addField(tr("Last change:"), u"ticketUpdated"_s);

    auto *details = new QWidget;
    auto *layout = new QVBoxLayout(details);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(tr("Description")));
    layout->addWidget(m_description, 1);

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
    if (!m_ticket || m_ticket->id != id)
        showNotice(tr("Opening the ticket…"));
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
    m_group->setText(ticket.group.isEmpty() ? tr("None") : ticket.group);
    m_category->setText(ticket.category.isEmpty() ? tr("None") : ticket.category);
    m_location->setText(ticket.location.isEmpty() ? tr("None") : ticket.location);
    m_impact->setText(tr("%1 × %2").arg(ticket.impact).arg(ticket.urgency));
    m_created->setText(DisplayText::timeText(ticket.createdAt));
    m_updated->setText(DisplayText::timeText(ticket.updatedAt));
    m_description->setMarkdownSafely(ticket.description);
    m_pages->setCurrentIndex(1);
    Q_EMIT ticketShown(ticket.id);
}

} // namespace Helpline
