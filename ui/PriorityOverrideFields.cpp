// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriorityOverrideFields.h"

#include "DisplayText.h"
#include "TicketValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Helpline {

using namespace Qt::StringLiterals;

PriorityOverrideFields::PriorityOverrideFields(QObject *parent)
    : QObject(parent)
    , m_priority(new QLabel)
    , m_override(new QCheckBox(tr("O&verride the matrix")))
    , m_level(new QComboBox)
    , m_reason(new QLineEdit)
{
    m_priority->setObjectName(u"panePriorityLabel"_s);
    m_override->setObjectName(u"paneOverrideCheck"_s);
    m_level->setObjectName(u"paneOverridePriorityCombo"_s);
    m_reason->setObjectName(u"paneOverrideReasonEdit"_s);
    m_priority->setTextFormat(Qt::PlainText);
    for (const Priority priority : {Priority::P1, Priority::P2, Priority::P3, Priority::P4})
        m_level->addItem(DisplayText::priorityText(priority), int(priority));
    m_reason->setMaxLength(int(TicketLimits::reasonMax));
    m_reason->setPlaceholderText(tr("Why the matrix is wrong this time"));

    connect(m_override, &QCheckBox::clicked, this, [this](bool on) {
        if (on) // start from what the matrix gives: the analyst moves it from there
            m_level->setCurrentIndex(m_level->findData(int(m_matrix.priorityFor(m_impact, m_urgency))));
        setOverridden(on);
        if (on)
            m_level->setFocus();
        Q_EMIT edited();
    });
    connect(m_level, &QComboBox::activated, this, [this] {
        updateLabel();
        Q_EMIT edited();
    });
    connect(m_reason, &QLineEdit::textEdited, this, &PriorityOverrideFields::edited);
    updateLabel();
}

void PriorityOverrideFields::addRowsTo(QFormLayout *form)
{
    m_form = form;
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(QString(), m_override);
    form->addRow(tr("Set &to:"), m_level);
    form->addRow(tr("Rea&son:"), m_reason);
    setOverridden(m_override->isChecked());
}

QList<QWidget *> PriorityOverrideFields::fields() const
{
    return {m_override, m_level, m_reason};
}

void PriorityOverrideFields::load(const Ticket &ticket)
{
    m_impact = ticket.impact;
    m_urgency = ticket.urgency;
    m_level->setCurrentIndex(m_level->findData(int(ticket.priority)));
    m_reason->setText(ticket.priorityReason);
    setOverridden(ticket.isPriorityOverridden());
}

void PriorityOverrideFields::setMatrixLevels(int impact, int urgency)
{
    m_impact = impact;
    m_urgency = urgency;
    updateLabel();
}

void PriorityOverrideFields::apply(const QJsonObject &draft)
{
    if (!draft.contains(u"priority"_s) && !draft.contains(u"priority_reason"_s))
        return;
    const QJsonValue priority = draft.value(u"priority"_s);
    if (priority.isNull()) {
        setOverridden(false);
        return;
    }
    if (priority.isDouble())
        m_level->setCurrentIndex(m_level->findData(priority.toInt()));
    if (draft.contains(u"priority_reason"_s))
        m_reason->setText(draft.value(u"priority_reason"_s).toString());
    setOverridden(true);
}

QJsonObject PriorityOverrideFields::changes(const Ticket &ticket) const
{
    QJsonObject changed;
    const QString reason = m_reason->text().trimmed();
    if (m_override->isChecked()) {
        const int level = m_level->currentData().toInt();
        if (!ticket.isPriorityOverridden() || level != int(ticket.priority) || reason != ticket.priorityReason) {
            changed.insert(u"priority"_s, level);
            changed.insert(u"priority_reason"_s, reason);
        }
    } else if (ticket.isPriorityOverridden()) {
        changed.insert(u"priority"_s, QJsonValue::Null); // back to the matrix
    }
    return changed;
}

bool PriorityOverrideFields::check(const Ticket &ticket, FieldErrors &errors) const
{
    const qsizetype before = errors.size();
    readPriorityOverride(changes(ticket), ticket.isPriorityOverridden(),
                         ticket.isPriorityOverridden() ? std::optional(ticket.priority) : std::nullopt, errors);
    return errors.size() == before;
}

void PriorityOverrideFields::setOverridden(bool on)
{
    const QSignalBlocker quiet(m_override);
    m_override->setChecked(on);
    if (m_form) {
        m_form->setRowVisible(m_level, on);
        m_form->setRowVisible(m_reason, on);
    }
    updateLabel();
}

void PriorityOverrideFields::updateLabel()
{
    const Priority matrix = m_matrix.priorityFor(m_impact, m_urgency);
    Priority shown = matrix;
    QString text;
    if (m_override->isChecked()) {
        shown = priorityFromNumber(m_level->currentData().toInt()).value_or(matrix);
        text = shown == matrix ? tr("%1 (set by hand, as the matrix gives)").arg(DisplayText::priorityText(shown))
                               : tr("%1 (set by hand; the matrix gives %2)")
                                     .arg(DisplayText::priorityText(shown), DisplayText::priorityText(matrix));
    } else {
        text = tr("%1 (from impact and urgency)").arg(DisplayText::priorityText(shown));
    }
    m_priority->setText(text);
    QFont font = m_priority->font();
    font.setBold(shown == Priority::P1 || shown == Priority::P2);
    m_priority->setFont(font);
}

} // namespace Helpline
