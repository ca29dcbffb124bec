// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalateDialog.h"

#include "DisplayText.h"
#include "Escalation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

EscalateDialog::EscalateDialog(const Ticket &ticket, QWidget *parent)
    : QDialog(parent)
    , m_ticketId(ticket.id)
    , m_tier(ticket.tier)
    , m_group(ticket.group)
    , m_toTier(new QComboBox(this))
    , m_toGroup(new QLineEdit(ticket.group, this))
    , m_note(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"escalateDialog"_s);
    setWindowTitle(tr("Escalate %1").arg(ticket.number));
    m_toTier->setObjectName(u"escalateTier"_s);
    m_toGroup->setObjectName(u"escalateGroup"_s);
    m_note->setObjectName(u"escalateNote"_s);
    m_problem->setObjectName(u"escalateProblem"_s);

    // Only this tier and those above it: an escalation never sends a ticket down.
    for (const QString &name : supportTierNames()) {
        const SupportTier tier = *supportTierFromName(name);
        if (tier >= ticket.tier)
            m_toTier->addItem(tier == ticket.tier ? tr("%1 (stays)").arg(DisplayText::tierText(tier))
                                                  : DisplayText::tierText(tier),
                              name);
    }
    if (const auto next = Escalation::nextTier(ticket.tier))
        m_toTier->setCurrentIndex(m_toTier->findData(supportTierName(*next)));
    m_toGroup->setPlaceholderText(tr("The group that takes it over"));
    m_note->setPlaceholderText(tr("What was tried and what was found, so the next analyst does not start again."));
    m_note->setTabChangesFocus(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), new QLabel(u"%1 · %2"_s.arg(DisplayText::tierText(ticket.tier),
                                                            ticket.group.isEmpty() ? tr("no group") : ticket.group)));
    form->addRow(tr("To &tier:"), m_toTier);
    form->addRow(tr("To &group:"), m_toGroup);
    form->addRow(tr("What was &tried:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_escalate = buttons->addButton(tr("&Escalate"), QDialogButtonBox::AcceptRole);
    m_escalate->setObjectName(u"escalateOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toTier, &QComboBox::currentIndexChanged, this, &EscalateDialog::updateState);
    connect(m_toGroup, &QLineEdit::textChanged, this, &EscalateDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &EscalateDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_note->setFocus();
    updateState();
}

// The same rules the server applies (core/domain Escalation), so the button says at once
// whether the server will agree.
void EscalateDialog::updateState()
{
    Ticket ticket;
    ticket.tier = m_tier;
    ticket.group = m_group;
    FieldErrors errors;
    const auto parsed = Escalation::parse(request(), ticket, errors);
    if (parsed)
        Escalation::apply(ticket, *parsed, errors);
    m_escalate->setEnabled(errors.isEmpty());
    if (errors.contains(u"note"_s))
        m_hint->setText(tr("Describe what was tried in at least %n characters.", nullptr, int(EscalationRequest::noteMin)));
    else if (!errors.isEmpty())
        m_hint->setText(tr("Choose a higher tier or another group."));
    else
        m_hint->setText(tr("The ticket leaves its assignee and waits, new, in the receiving queue."));
}

QJsonObject EscalateDialog::request() const
{
    QJsonObject body{{u"note"_s, m_note->toPlainText().trimmed()}, {u"to_tier"_s, m_toTier->currentData().toString()}};
    const QString group = m_toGroup->text().trimmed();
    if (!group.isEmpty() && group != m_group)
        body.insert(u"to_group"_s, group);
    return body;
}

void EscalateDialog::showProblem(const QString &message)
{
    m_problem->setText(tr("Not escalated: %1").arg(message));
    m_problem->show();
}

} // namespace Helpline
