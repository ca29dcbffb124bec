// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkActionBar.h"

#include "ColleaguePickerDialog.h"
#include "DisplayText.h"
#include "StatusChangeDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

BulkActionBar::BulkActionBar(ApiClient &api, const User &me, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_me(me)
    , m_selected(new QLabel)
    , m_result(new QLabel)
{
    setObjectName(u"bulkActionBar"_s);
    m_selected->setObjectName(u"bulkSelected"_s);
    m_result->setObjectName(u"bulkResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_selected);
    const auto addButton = [&](const QString &text, const QString &name, auto slot) {
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
        m_buttons << button;
    };
    addButton(tr("Assign to me"), u"bulkAssignToMe"_s, &BulkActionBar::assignToMe);
    addButton(tr("Assign to…"), u"bulkAssignTo"_s, &BulkActionBar::assignTo);
    addButton(tr("Status…"), u"bulkStatus"_s, &BulkActionBar::changeStatus);
    addButton(tr("Resolve…"), u"bulkResolve"_s, &BulkActionBar::resolve);
    addButton(tr("Priority…"), u"bulkPriority"_s, &BulkActionBar::changePriority);
    addButton(tr("Group…"), u"bulkGroup"_s, &BulkActionBar::changeGroup);
    addButton(tr("Add note…"), u"bulkNote"_s, &BulkActionBar::addNote);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_result);
    setSelection({});
}

void BulkActionBar::setSelection(const QList<Ticket> &tickets)
{
    m_selection = tickets;
    m_selected->setText(tr("%n ticket(s) selected:", nullptr, int(tickets.size())));
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(!tickets.isEmpty() && !m_running);
}

ColleaguePickerDialog *BulkActionBar::colleaguePicker() const
{
    return m_picker;
}

StatusChangeDialog *BulkActionBar::statusDialog() const
{
    return m_statusDialog;
}

QMessageBox *BulkActionBar::takeQuestion() const
{
    return m_takeQuestion;
}

void BulkActionBar::setGroups(const QStringList &groups)
{
    m_groups = groups;
}

bool BulkActionBar::hasResult() const
{
    return !m_result->isHidden();
}

void BulkActionBar::clearResult()
{
    m_result->clear();
    m_result->hide();
}

void BulkActionBar::assignToMe()
{
    apply({{u"assignee_id"_s, m_me.id}});
}

void BulkActionBar::assignTo()
{
    if (m_selection.isEmpty() || m_running)
        return;
    delete m_picker;
    m_picker = new ColleaguePickerDialog(m_api, tr("Assign tickets"),
                                         tr("Assign the %n selected ticket(s) to:", nullptr, int(m_selection.size())), this);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_picker, &QDialog::accepted, this, [this, picker = m_picker] {
        if (const auto colleague = picker ? picker->chosen() : std::nullopt)
            apply({{u"assignee_id"_s, colleague->user.id}});
    });
    m_picker->open();
}

void BulkActionBar::changeStatus()
{
    QStringList labels;
    QList<TicketStatus> statuses;
    for (const QString &name : ticketStatusNames()) {
        const TicketStatus status = *ticketStatusFromName(name);
        statuses << status;
        labels << DisplayText::statusText(status);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change status"), tr("Move the selected tickets to:"),
                                                 labels, 0, false, &ok);
    if (ok && labels.contains(chosen))
        applyStatus(statuses.at(labels.indexOf(chosen)));
}

void BulkActionBar::applyStatus(TicketStatus target)
{
    if (m_selection.isEmpty() || m_running)
        return;
    const QJsonObject changes{{u"status"_s, ticketStatusName(target)}};
    if (!StatusChangeDialog::needsDetails(target)) {
        sendStatus(changes);
        return;
    }
    // Asked once for all of them, as the single ticket asks: the pending reason, or the
    // resolution code and notes, which every ticket then carries.
    delete m_statusDialog;
    m_statusDialog = new StatusChangeDialog(target, this);
    m_statusDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_statusDialog->setWindowTitle(tr("%1: %n ticket(s)", nullptr, int(m_selection.size())).arg(DisplayText::statusText(target)));
    connect(m_statusDialog, &QDialog::accepted, this, [this, changes, dialog = m_statusDialog] {
        if (!dialog)
            return;
        QJsonObject all = changes;
        const QJsonObject details = dialog->changes();
        for (auto it = details.begin(); it != details.end(); ++it)
            all.insert(it.key(), it.value());
        sendStatus(all);
    });
    m_statusDialog->open();
}

void BulkActionBar::sendStatus(const QJsonObject &changes)
{
    // The workflow says whether the status needs an assignee; unassigned tickets would be
    // refused one by one, so offer to take them in the same change.
    const auto unassigned = std::count_if(m_selection.cbegin(), m_selection.cend(), [](const Ticket &t) { return !t.assignee; });
    if (unassigned == 0 || !TicketBulkChange::needsAssignee(changes)) {
        apply(changes);
        return;
    }
    const auto target = ticketStatusFromName(changes.value(u"status"_s).toString());
    delete m_takeQuestion;
    m_takeQuestion = new QMessageBox(QMessageBox::Question, tr("Unassigned tickets"),
                                     tr("%n of the selected tickets have no assignee, and “%1” needs one.", nullptr,
                                        int(unassigned))
                                         .arg(target ? DisplayText::statusText(*target) : QString()),
                                     QMessageBox::Cancel, this);
    m_takeQuestion->setObjectName(u"bulkTakeUnassigned"_s);
    m_takeQuestion->setInformativeText(tr("Assign them to you in the same change? Tickets someone already holds stay theirs."));
    QPushButton *take = m_takeQuestion->addButton(tr("Assign them to me"), QMessageBox::AcceptRole);
    take->setObjectName(u"bulkTakeUnassignedYes"_s);
    QPushButton *leave = m_takeQuestion->addButton(tr("Change only the assigned ones"), QMessageBox::DestructiveRole);
    leave->setObjectName(u"bulkTakeUnassignedNo"_s);
    m_takeQuestion->setDefaultButton(take);
    m_takeQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_takeQuestion, &QMessageBox::buttonClicked, this, [this, changes, take, leave](QAbstractButton *button) {
        if (button == take)
            apply(changes, std::nullopt, true);
        else if (button == leave)
            apply(changes); // the unassigned ones are refused, and say why
    });
    m_takeQuestion->open();
}

void BulkActionBar::changePriority()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Change priority"));
    auto *impact = new QComboBox;
    auto *urgency = new QComboBox;
    for (int level = 1; level <= 3; ++level) {
        impact->addItem(DisplayText::impactText(level), level);
        urgency->addItem(DisplayText::urgencyText(level), level);
    }
    impact->setCurrentIndex(2);
    urgency->setCurrentIndex(2);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Impact:"), impact);
    form->addRow(tr("Urgency:"), urgency);
    form->addRow(new QLabel(tr("The priority follows from impact and urgency.")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        apply({{u"impact"_s, impact->currentData().toInt()}, {u"urgency"_s, urgency->currentData().toInt()}});
}

void BulkActionBar::changeGroup()
{
    bool ok = false;
    const QString group = QInputDialog::getItem(this, tr("Change group"), tr("Move the selected tickets to the group:"),
                                                m_groups, 0, true, &ok).trimmed();
    if (ok && !group.isEmpty())
        apply({{u"group"_s, group}});
}

void BulkActionBar::addNote()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add to the selected tickets"));
    auto *visibility = new QComboBox;
    visibility->addItem(tr("Internal note"), visibilityName(Comment::Visibility::Internal));
    visibility->addItem(tr("Reply to each requester"), visibilityName(Comment::Visibility::Public));
    auto *text = new QPlainTextEdit;
    text->setPlaceholderText(tr("Markdown"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(visibility);
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (!text->toPlainText().trimmed().isEmpty())
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    NewComment note;
    note.body = text->toPlainText();
    note.visibility = *visibilityFromName(visibility->currentData().toString());
    apply({}, note);
}

void BulkActionBar::apply(const QJsonObject &changes, const std::optional<NewComment> &note, bool takeUnassigned)
{
    if (m_selection.isEmpty() || m_running)
        return;
    TicketBulkChange change;
    for (const Ticket &ticket : std::as_const(m_selection))
        change.ids << ticket.id;
    change.changes = changes;
    change.note = note;
    change.takeUnassigned = takeUnassigned;
    m_running = true;
    setSelection(m_selection);
    m_result->setText(tr("Changing %n ticket(s)…", nullptr, int(change.ids.size())));
    m_result->show();
    auto *call = new BulkChange(m_api, change, this);
    connect(call, &BulkChange::finished, this, [this, call](const QList<BulkChange::Result> &results) {
        call->deleteLater();
        m_running = false;
        setSelection(m_selection);
        showResults(results);
    });
    call->start();
}

void BulkActionBar::showResults(const QList<BulkChange::Result> &results)
{
    QList<Ticket> changed;
    QList<qint64> refused;
    QStringList failures;
    QHash<qint64, QString> numbers;
    for (const Ticket &ticket : std::as_const(m_selection))
        numbers.insert(ticket.id, tr("%1 “%2”").arg(ticket.number, ticket.title));
    for (const BulkChange::Result &result : results) {
        if (result.ticket) {
            changed << *result.ticket;
            continue;
        }
        refused << result.id;
        const QString why = result.failure.fields.isEmpty() ? result.failure.message
                                                            : DisplayText::fieldErrorsText(result.failure.fields);
        failures << tr("%1: %2").arg(numbers.value(result.id, QString::number(result.id)), why);
    }
    QString text = tr("%n ticket(s) changed.", nullptr, int(changed.size()));
    if (!failures.isEmpty())
        text += u" "_s + tr("%n ticket(s) not changed:", nullptr, int(failures.size())) + u"\n"_s + failures.join(u'\n');
    m_result->setText(text);
    // Refusals stand out; a clean run reads as plain confirmation.
    m_result->setStyleSheet(failures.isEmpty() ? u"color: #1b6e20;"_s : u"color: #b3261e;"_s);
    m_result->show();
    if (!changed.isEmpty())
        Q_EMIT ticketsChanged(changed);
    Q_EMIT ticketsRefused(refused);
    Q_EMIT finished();
}

} // namespace Helpline
