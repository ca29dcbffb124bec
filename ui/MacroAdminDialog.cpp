// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacroAdminDialog.h"

#include "ApiClient.h"
#include "DisplayText.h"
#include "MacroExpansion.h"
#include "TicketValidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

MacroAdminDialog::MacroAdminDialog(ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_visibility(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholders(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_pendingReason(new QComboBox(this))
    , m_group(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(u"macroAdminDialog"_s);
    setWindowTitle(tr("Macros"));
    m_list->setObjectName(u"macroAdminList"_s);
    m_name->setObjectName(u"macroNameEdit"_s);
    m_visibility->setObjectName(u"macroVisibilityCombo"_s);
    m_body->setObjectName(u"macroBodyEdit"_s);
    m_placeholders->setObjectName(u"macroPlaceholderCheck"_s);
    m_status->setObjectName(u"macroStatusCombo"_s);
    m_pendingReason->setObjectName(u"macroPendingCombo"_s);
    m_group->setObjectName(u"macroGroupEdit"_s);
    m_problem->setObjectName(u"macroAdminProblem"_s);
    m_save->setObjectName(u"macroSaveButton"_s);
    m_delete->setObjectName(u"macroDeleteButton"_s);

    m_name->setMaxLength(int(Macro::nameMax));
    m_visibility->addItem(tr("Reply to the requester"), visibilityName(Comment::Visibility::Public));
    m_visibility->addItem(tr("Internal note"), visibilityName(Comment::Visibility::Internal));
    m_body->setPlaceholderText(tr("Markdown. Placeholders such as {requester.first_name} are filled in for the ticket."));
    m_status->addItem(tr("Leave as it is"), QString());
    for (const QString &name : ticketStatusNames())
        m_status->addItem(DisplayText::statusText(*ticketStatusFromName(name)), name);
    m_pendingReason->addItem(tr("Ask when applied"), QString());
    for (const QString &name : pendingReasonNames())
        m_pendingReason->addItem(DisplayText::pendingReasonText(*pendingReasonFromName(name)), name);
    m_group->setMaxLength(int(TicketLimits::shortTextMax));
    m_group->setPlaceholderText(tr("Leave as it is"));
    m_placeholders->setTextFormat(Qt::PlainText);
    m_placeholders->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *insert = new QToolButton(this);
    insert->setObjectName(u"macroPlaceholderButton"_s);
    insert->setText(tr("Insert &placeholder"));
    insert->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(insert);
    for (const QString &name : MacroExpansion::placeholders()) {
        const QString placeholder = u"{"_s + name + u"}"_s;
        menu->addAction(placeholder, this, [this, placeholder] {
            m_body->insertPlainText(placeholder);
            m_body->setFocus();
        });
    }
    insert->setMenu(menu);

    auto *newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(u"macroNewButton"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *bodyTools = new QHBoxLayout;
    bodyTools->addWidget(m_placeholders, 1);
    bodyTools->addWidget(insert);
    auto *form = new QFormLayout;
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Writes:"), m_visibility);
    form->addRow(tr("&Text:"), m_body);
    form->addRow(QString(), bodyTools);
    form->addRow(tr("Sets &status:"), m_status);
    form->addRow(tr("Waiting &for:"), m_pendingReason);
    form->addRow(tr("Sets &group:"), m_group);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_problem);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    right->addLayout(saveRow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(900, 560);

    connect(newButton, &QPushButton::clicked, this, &MacroAdminDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &MacroAdminDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &MacroAdminDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        if (!confirmDiscard()) {
            // Back to the macro being edited, without asking again.
            m_filling = true;
            const int editing = int(std::find_if(m_macros.cbegin(), m_macros.cend(),
                                                 [this](const Macro &m) { return m.id == m_currentId; })
                                    - m_macros.cbegin());
            m_list->setCurrentRow(editing < m_macros.size() ? editing : -1);
            m_filling = false;
            return;
        }
        showMacro(row);
    });
    const auto edited = [this] {
        if (!m_filling)
            setDirty(true);
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_visibility, &QComboBox::activated, this, edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MacroAdminDialog::updatePlaceholderCheck);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, edited] {
        m_pendingReason->setEnabled(m_status->currentData().toString() == u"pending"_s);
        edited();
    });
    connect(m_pendingReason, &QComboBox::activated, this, edited);
    connect(m_group, &QLineEdit::textEdited, this, edited);

    startNew();
    reload();
}

void MacroAdminDialog::reload()
{
    m_api.get(u"/macros"_s)->then(
        this,
        [this](const QJsonObject &json, int) {
            QList<Macro> macros;
            for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                if (auto macro = Macro::fromJson(item.toObject()))
                    macros.append(*macro);
            }
            fill(macros, m_currentId);
            Q_EMIT loaded();
        },
        [this](const ApiFailure &failure) {
            m_problem->setText(tr("The macros could not be loaded: %1").arg(failure.message));
            m_problem->show();
        });
}

void MacroAdminDialog::fill(const QList<Macro> &macros, qint64 select)
{
    m_filling = true;
    m_macros = macros;
    m_list->clear();
    int selectRow = -1;
    for (qsizetype i = 0; i < macros.size(); ++i) {
        m_list->addItem(macros.at(i).name);
        if (macros.at(i).id == select)
            selectRow = int(i);
    }
    m_list->setCurrentRow(selectRow);
    m_filling = false;
    if (selectRow >= 0 && !m_dirty)
        showMacro(selectRow);
}

void MacroAdminDialog::showMacro(int row)
{
    if (row < 0 || row >= m_macros.size())
        return;
    const Macro &macro = m_macros.at(row);
    m_filling = true;
    m_currentId = macro.id;
    m_currentVersion = macro.version;
    m_name->setText(macro.name);
    m_visibility->setCurrentIndex(m_visibility->findData(visibilityName(macro.visibility)));
    m_body->setPlainText(macro.body);
    m_status->setCurrentIndex(std::max(0, m_status->findData(macro.changes.value(u"status"_s).toString())));
    m_pendingReason->setCurrentIndex(
        std::max(0, m_pendingReason->findData(macro.changes.value(u"pending_reason"_s).toString())));
    m_pendingReason->setEnabled(m_status->currentData().toString() == u"pending"_s);
    m_group->setText(macro.changes.value(u"group"_s).toString());
    m_problem->hide();
    m_delete->setEnabled(true);
    m_filling = false;
    setDirty(false);
}

void MacroAdminDialog::startNew()
{
    if (!confirmDiscard())
        return;
    m_filling = true;
    m_list->setCurrentRow(-1);
    m_currentId = 0;
    m_currentVersion = 0;
    m_createKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_name->clear();
    m_visibility->setCurrentIndex(0);
    m_body->clear();
    m_status->setCurrentIndex(0);
    m_pendingReason->setCurrentIndex(0);
    m_pendingReason->setEnabled(false);
    m_group->clear();
    m_problem->hide();
    m_delete->setEnabled(false);
    m_filling = false;
    setDirty(false);
    m_name->setFocus();
}

QJsonObject MacroAdminDialog::formJson() const
{
    QJsonObject changes;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty()) {
        changes.insert(u"status"_s, status);
        if (const QString reason = m_pendingReason->currentData().toString(); status == u"pending"_s && !reason.isEmpty())
            changes.insert(u"pending_reason"_s, reason);
    }
    if (const QString group = m_group->text().trimmed(); !group.isEmpty())
        changes.insert(u"group"_s, group);
    return {{u"name"_s, m_name->text()},
            {u"body"_s, m_body->toPlainText()},
            {u"visibility"_s, m_visibility->currentData().toString()},
            {u"changes"_s, changes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(changes)}};
}

void MacroAdminDialog::save()
{
    m_problem->hide();
    m_save->setEnabled(false);
    const QJsonObject body = formJson();
    ApiCall *call = m_currentId > 0 ? m_api.patch(u"/macros/%1"_s.arg(m_currentId), body, m_currentVersion)
                                    : m_api.post(u"/macros"_s, body, m_createKey);
    call->then(
        this,
        [this](const QJsonObject &json, int) {
            m_save->setEnabled(true);
            const auto saved = Macro::fromJson(json);
            if (!saved)
                return;
            m_currentId = saved->id;
            m_currentVersion = saved->version;
            setDirty(false);
            Q_EMIT macrosChanged();
            reload();
        },
        [this](const ApiFailure &failure) {
            m_save->setEnabled(true);
            onSaveFailed(failure);
        });
}

void MacroAdminDialog::onSaveFailed(const ApiFailure &failure)
{
    if (failure.httpStatus == 412) {
        // Keep what was typed; the next save deliberately replaces their version.
        const auto theirs = Macro::fromJson(failure.body.value(u"current"_s).toObject());
        if (theirs)
            m_currentVersion = theirs->version;
        m_problem->setText(tr("Someone else changed this macro meanwhile%1. Your text is kept; save again to "
                              "replace their version with yours.")
                               .arg(theirs ? tr(" (it is now called \"%1\")").arg(theirs->name) : QString()));
        m_problem->show();
        return;
    }
    QStringList details;
    for (auto it = failure.fields.cbegin(); it != failure.fields.cend(); ++it)
        details << u"%1: %2"_s.arg(DisplayText::fieldText(it.key()), DisplayText::fieldErrorText(it.value()));
    m_problem->setText(details.isEmpty() ? tr("Not saved: %1").arg(failure.message)
                                         : tr("Not saved: %1 (%2)").arg(failure.message, details.join(u", "_s)));
    m_problem->show();
}

void MacroAdminDialog::removeCurrent()
{
    if (m_currentId <= 0)
        return;
    const qint64 id = m_currentId;
    if (QMessageBox::question(this, tr("Delete macro"), tr("Delete the macro \"%1\" for everyone?").arg(m_name->text()))
        != QMessageBox::Yes)
        return;
    m_api.remove(u"/macros/%1"_s.arg(id))->then(
        this,
        [this](const QJsonObject &, int) {
            setDirty(false);
            startNew();
            Q_EMIT macrosChanged();
            reload();
        },
        [this](const ApiFailure &failure) {
            m_problem->setText(tr("Not deleted: %1").arg(failure.message));
            m_problem->show();
        });
}

void MacroAdminDialog::updatePlaceholderCheck()
{
    const QStringList unknown = MacroExpansion::unknownPlaceholders(m_body->toPlainText());
    m_placeholders->setText(unknown.isEmpty() ? QString()
                                              : tr("Unknown placeholders: %1").arg(unknown.join(u", "_s)));
}

void MacroAdminDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(true);
    setWindowTitle(dirty ? tr("Macros (unsaved changes)") : tr("Macros"));
}

bool MacroAdminDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved macro"),
                                              tr("Your changes to this macro are not saved. Discard them?"),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_dirty = false;
    return true;
}

void MacroAdminDialog::done(int result)
{
    if (!confirmDiscard())
        return;
    QDialog::done(result);
}

} // namespace Helpline
