// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeTicketDialog.h"

#include "DisplayText.h"
#include "TicketLink.h"
#include "TicketPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

MergeTicketDialog::MergeTicketDialog(ApiClient &api, const Ticket &duplicate, int commentCount, QWidget *parent)
    : QDialog(parent)
    , m_duplicate(duplicate)
    , m_commentCount(commentCount)
    , m_pages(new QStackedWidget(this))
    , m_picker(new TicketPicker(api, this))
    , m_note(new QPlainTextEdit(this))
    , m_continue(new QPushButton(tr("&Continue…"), this))
    , m_confirmation(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_merge(new QPushButton(tr("&Merge"), this))
{
    setObjectName(u"mergeTicketDialog"_s);
    setWindowTitle(tr("Merge %1 into another ticket").arg(duplicate.number));
    m_note->setObjectName(u"mergeNoteEdit"_s);
    m_note->setPlaceholderText(tr("Optional: why these are the same, for the note on the ticket you keep."));
    m_note->setTabChangesFocus(true);
    m_continue->setObjectName(u"mergeContinueButton"_s);
    m_continue->setDefault(true);
    m_confirmation->setObjectName(u"mergeConfirmation"_s);
    m_confirmation->setTextFormat(Qt::PlainText);
    m_confirmation->setWordWrap(true);
    m_confirmation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_problem->setObjectName(u"mergeProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();
    m_back->setObjectName(u"mergeBackButton"_s);
    m_merge->setObjectName(u"mergeConfirmButton"_s);
    m_merge->setAutoDefault(false);

    // Only a ticket of the same type that is still open (or resolved) can take the duplicate.
    QUrlQuery filter;
    filter.addQueryItem(u"type"_s, ticketTypeName(duplicate.type));
    filter.addQueryItem(u"status"_s, u"new,assigned,in_progress,pending,resolved"_s);
    m_picker->setExcluded(duplicate.id);

    auto *choice = new QWidget;
    auto *choiceLayout = new QVBoxLayout(choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("%1 – %2 is a duplicate. Find the ticket to keep:").arg(duplicate.number, duplicate.title));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    choiceLayout->addWidget(intro);
    choiceLayout->addWidget(m_picker, 1);
    auto *noteLabel = new QLabel(tr("&Note:"));
    noteLabel->setBuddy(m_note);
    choiceLayout->addWidget(noteLabel);
    m_note->setMaximumHeight(90);
    choiceLayout->addWidget(m_note);
    auto *choiceButtons = new QDialogButtonBox(this);
    choiceButtons->addButton(m_continue, QDialogButtonBox::AcceptRole);
    choiceButtons->addButton(QDialogButtonBox::Cancel);
    connect(choiceButtons, &QDialogButtonBox::accepted, this, &MergeTicketDialog::showConfirmation);
    connect(choiceButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    choiceLayout->addWidget(choiceButtons);

    auto *confirm = new QWidget;
    auto *confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmation, 1);
    auto *confirmButtons = new QDialogButtonBox(this);
    confirmButtons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    confirmButtons->addButton(m_back, QDialogButtonBox::ResetRole);
    confirmButtons->addButton(QDialogButtonBox::Cancel);
    connect(confirmButtons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_target || m_busy)
            return;
        m_problem->hide();
        setBusy(true);
        Q_EMIT mergeRequested(m_target->id, m_note->toPlainText().trimmed());
    });
    connect(confirmButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, &MergeTicketDialog::showChoice);
    confirmLayout->addWidget(confirmButtons);

    m_pages->addWidget(choice);
    m_pages->addWidget(confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problem);
    connect(m_picker, &TicketPicker::chosenChanged, this, &MergeTicketDialog::updateButtons);
    connect(m_picker, &TicketPicker::activated, this, &MergeTicketDialog::showConfirmation);
    resize(640, 480);
    m_picker->setFilter(filter);
    updateButtons();
    m_picker->focusSearch();
}

QString MergeTicketDialog::confirmationText(const Ticket &duplicate, const Ticket &target, int commentCount)
{
    const QString conversation = commentCount < 0
        ? tr("All its replies and internal notes move")
        : tr("Its %n reply(s) and internal note(s) move", nullptr, commentCount);
    QStringList lines{
        tr("Merge %1 “%2” into %3 “%4”?").arg(duplicate.number, duplicate.title, target.number, target.title),
        QString(),
        tr("•  %1 is closed with the resolution “%2”. A closed ticket cannot be reopened; the work "
           "carries on in %3.")
            .arg(duplicate.number, DisplayText::resolutionCodeText(ResolutionCode::Duplicate), target.number),
        tr("•  %1 to %2, keeping their authors and times; each is marked “merged from %3”.")
            .arg(conversation, target.number, duplicate.number),
        tr("•  %1 gets an internal note about the merge, with your note if you wrote one.").arg(target.number),
        tr("•  Both tickets record the merge in their history, and %1 is listed as a duplicate of %2.")
            .arg(duplicate.number, target.number),
        QString(),
        tr("A merge cannot be undone."),
    };
    return lines.join(u'\n');
}

void MergeTicketDialog::updateButtons()
{
    m_continue->setEnabled(m_picker->chosen().has_value());
    m_merge->setEnabled(!m_busy && m_target.has_value());
    m_back->setEnabled(!m_busy);
}

void MergeTicketDialog::showConfirmation()
{
    m_target = m_picker->chosen();
    if (!m_target)
        return;
    m_confirmation->setText(confirmationText(m_duplicate, *m_target, m_commentCount));
    m_problem->hide();
    m_pages->setCurrentIndex(1);
    updateButtons();
    // The safe button has the focus: a stray Enter or space must not merge. Merging takes a
    // click, Alt+M, or Tab to the button first.
    m_back->setDefault(true);
    m_back->setFocus();
}

void MergeTicketDialog::showChoice()
{
    m_back->setDefault(false);
    m_continue->setDefault(true);
    m_pages->setCurrentIndex(0);
    m_problem->hide();
    m_picker->focusSearch();
}

void MergeTicketDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void MergeTicketDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace Helpline
