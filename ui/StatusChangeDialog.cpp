// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusChangeDialog.h"

#include "DisplayText.h"
#include "TicketWorkflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

StatusChangeDialog::StatusChangeDialog(TicketStatus target, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_choice(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"statusChangeDialog"_s);
    m_choice->setObjectName(u"statusDetailChoice"_s);
    m_problem->setObjectName(u"statusDetailProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *form = new QFormLayout;
    if (target == TicketStatus::Pending) {
        setWindowTitle(tr("Set the ticket pending"));
        for (const QString &name : pendingReasonNames())
            m_choice->addItem(DisplayText::pendingReasonText(*pendingReasonFromName(name)), name);
        form->addRow(tr("&Waiting for:"), m_choice);
    } else {
        setWindowTitle(tr("Resolve the ticket"));
        for (const QString &name : resolutionCodeNames())
            m_choice->addItem(DisplayText::resolutionCodeText(*resolutionCodeFromName(name)), name);
        m_notes = new QPlainTextEdit(this);
        m_notes->setObjectName(u"resolutionNotesEdit"_s);
        m_notes->setPlaceholderText(tr("What was wrong and what fixed it, for the requester and the next analyst."));
        form->addRow(tr("&Resolution:"), m_choice);
        form->addRow(tr("&Notes:"), m_notes);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"statusDetailOk"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(target == TicketStatus::Pending ? tr("Set &pending")
                                                                                   : tr("Re&solve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool StatusChangeDialog::needsDetails(TicketStatus target)
{
    return target == TicketStatus::Pending || target == TicketStatus::Resolved;
}

void StatusChangeDialog::validate()
{
    if (m_notes && m_notes->toPlainText().trimmed().isEmpty()) {
        m_problem->setText(tr("Write down how it was resolved: the notes are required."));
        m_problem->show();
        m_notes->setFocus();
        return;
    }
    accept();
}

void StatusChangeDialog::showProblem(const QString &message)
{
    m_problem->setText(tr("Not saved: %1").arg(message));
    m_problem->show();
}

QJsonObject StatusChangeDialog::changes() const
{
    QJsonObject body{{u"status"_s, ticketStatusName(m_target)}};
    if (m_target == TicketStatus::Pending) {
        body.insert(u"pending_reason"_s, m_choice->currentData().toString());
    } else {
        body.insert(u"resolution_code"_s, m_choice->currentData().toString());
        body.insert(u"resolution_notes"_s, m_notes->toPlainText().trimmed());
    }
    return body;
}

} // namespace Helpline
