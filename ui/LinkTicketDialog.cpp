// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkTicketDialog.h"

#include "DisplayText.h"
#include "TicketPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

LinkTicketDialog::LinkTicketDialog(ApiClient &api, const Ticket &ticket, QWidget *parent)
    : QDialog(parent)
    , m_ticket(ticket)
    , m_kind(new QComboBox(this))
    , m_picker(new TicketPicker(api, this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"linkTicketDialog"_s);
    setWindowTitle(tr("Link %1 to another ticket").arg(ticket.number));
    m_kind->setObjectName(u"linkKindCombo"_s);
    for (const LinkKind kind : TicketLinkRules::kindsOffered(ticket.type))
        m_kind->addItem(DisplayText::linkKindChoiceText(kind), int(kind));
    m_picker->setExcluded(ticket.id);
    m_problem->setObjectName(u"linkProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"linkOkButton"_s);
    m_ok->setText(tr("&Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkTicketDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LinkTicketDialog::onKindChanged);
    connect(m_picker, &TicketPicker::chosenChanged, this, &LinkTicketDialog::updateButton);
    connect(m_picker, &TicketPicker::activated, this, &LinkTicketDialog::submit);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 – %2").arg(ticket.number, ticket.title)));
    layout->addLayout(form);
    auto *find = new QLabel(tr("&Find the other ticket:"));
    find->setBuddy(m_picker);
    layout->addWidget(find);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 460);
    onKindChanged();
    m_picker->focusSearch();
}

void LinkTicketDialog::onKindChanged()
{
    // Offer only tickets the kind can link to: the rules would refuse the others anyway.
    const auto kind = static_cast<LinkKind>(m_kind->currentData().toInt());
    QUrlQuery filter;
    switch (kind) {
    case LinkKind::Parent:
    case LinkKind::Child: filter.addQueryItem(u"type"_s, ticketTypeName(m_ticket.type)); break;
    case LinkKind::CausedByProblem: filter.addQueryItem(u"type"_s, ticketTypeName(TicketType::Problem)); break;
    case LinkKind::Incident: filter.addQueryItem(u"type"_s, ticketTypeName(TicketType::Incident)); break;
    case LinkKind::Related:
    case LinkKind::DuplicateOf:
    case LinkKind::Duplicate: break;
    }
    m_problem->hide();
    m_picker->setFilter(filter);
    updateButton();
}

void LinkTicketDialog::updateButton()
{
    m_ok->setEnabled(!m_busy && m_picker->chosen().has_value());
}

void LinkTicketDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void LinkTicketDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void LinkTicketDialog::submit()
{
    const auto other = m_picker->chosen();
    if (!other || m_busy)
        return;
    m_problem->hide();
    setBusy(true);
    Q_EMIT linkRequested({static_cast<LinkKind>(m_kind->currentData().toInt()), other->id});
}

} // namespace Helpline
