// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketFieldsEditor.h"

#include "AssigneeCombo.h"
#include "ClassificationFields.h"
#include "DisplayText.h"
#include "PriorityOverrideFields.h"
#include "TicketValidation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

TicketFieldsEditor::TicketFieldsEditor(const TicketCatalog &catalog, const Colleagues &colleagues, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit)
    , m_impact(new QComboBox)
    , m_urgency(new QComboBox)
    , m_priority(new PriorityOverrideFields(this))
    , m_routing(new ClassificationFields(catalog, this))
    , m_assignee(new AssigneeCombo(colleagues))
    , m_location(new QLineEdit)
    , m_errors(new QLabel)
    , m_save(new QPushButton(tr("&Save changes")))
    , m_revert(new QPushButton(tr("Re&vert")))
{
    setObjectName(u"ticketFieldsEditor"_s);
    m_title->setObjectName(u"titleEdit"_s);
    m_impact->setObjectName(u"impactCombo"_s);
    m_urgency->setObjectName(u"urgencyCombo"_s);
    m_location->setObjectName(u"locationEdit"_s);
    m_errors->setObjectName(u"fieldErrors"_s);
    m_save->setObjectName(u"saveFieldsButton"_s);
    m_revert->setObjectName(u"revertFieldsButton"_s);

    m_title->setMaxLength(int(TicketLimits::titleMax));
    m_location->setMaxLength(int(TicketLimits::shortTextMax));
    for (int level = 1; level <= 3; ++level) {
        m_impact->addItem(DisplayText::impactText(level), level);
        m_urgency->addItem(DisplayText::urgencyText(level), level);
    }
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->hide();
    m_save->setShortcut(QKeySequence::Save);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Impact:"), m_impact);
    form->addRow(tr("&Urgency:"), m_urgency);
    m_priority->addRowsTo(form);
    form->addRow(tr("&Group:"), m_routing->groupCombo());
    form->addRow(tr("Assig&nee:"), m_assignee);
    form->addRow(tr("Ca&tegory:"), m_routing->categoryCombo());
    form->addRow(tr("Su&bcategory:"), m_routing->subcategoryCombo());
    form->addRow(tr("&Location:"), m_location);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_title, m_location})
        connect(edit, &QLineEdit::textEdited, this, &TicketFieldsEditor::updateButtons);
    for (QComboBox *combo : {m_impact, m_urgency}) {
        connect(combo, &QComboBox::activated, this, [this] {
            m_priority->setMatrixLevels(m_impact->currentData().toInt(), m_urgency->currentData().toInt());
            updateButtons();
        });
    }
    connect(m_priority, &PriorityOverrideFields::edited, this, &TicketFieldsEditor::updateButtons);
    connect(m_routing, &ClassificationFields::edited, this, [this] {
        m_assignee->setGroup(m_routing->value().group); // who works in the chosen group comes first
        updateButtons();
    });
    connect(m_assignee, &QComboBox::activated, this, &TicketFieldsEditor::updateButtons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!isDirty() || !m_ticket)
            return;
        // The server's own rules first, so a refusal is shown here and nothing is sent.
        FieldErrors errors;
        m_routing->check(errors);
        m_priority->check(*m_ticket, errors);
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        Q_EMIT saveRequested(changes());
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (!m_ticket)
            return;
        m_drafts.remove(m_ticket->id);
        load(*m_ticket);
    });
    updateButtons();
}

void TicketFieldsEditor::setTicket(const Ticket &ticket)
{
    // Whatever was typed for the ticket on screen stays with that ticket.
    if (m_ticket) {
        const QJsonObject draft = changes();
        if (draft.isEmpty())
            m_drafts.remove(m_ticket->id);
        else
            m_drafts.insert(m_ticket->id, draft);
    }
    load(ticket);
    apply(m_drafts.value(ticket.id));
    // A draft that now matches the ticket (someone made the same change) is done.
    if (!isDirty())
        m_drafts.remove(ticket.id);
    updateButtons();
}

void TicketFieldsEditor::load(const Ticket &ticket)
{
    m_ticket = ticket;
    m_title->setText(ticket.title);
    m_impact->setCurrentIndex(m_impact->findData(ticket.impact));
    m_urgency->setCurrentIndex(m_urgency->findData(ticket.urgency));
    m_priority->load(ticket);
    m_routing->setKept(TicketClassification::of(ticket));
    m_routing->setValue(TicketClassification::of(ticket));
    m_assignee->setGroup(ticket.group);
    m_assignee->setAssignee(ticket.assignee);
    m_location->setText(ticket.location);
    m_errors->hide();
    const bool editable = !TicketWorkflow::nextStatuses(ticket.status).isEmpty();
    QList<QWidget *> fields{m_title, m_impact, m_urgency, m_location};
    fields << m_priority->fields() << m_assignee;
    for (QComboBox *combo : m_routing->combos())
        fields << combo;
    for (QWidget *field : std::as_const(fields))
        field->setEnabled(editable);
    updateButtons();
}

void TicketFieldsEditor::apply(const QJsonObject &draft)
{
    if (draft.contains(u"title"_s))
        m_title->setText(draft.value(u"title"_s).toString());
    if (draft.contains(u"impact"_s))
        m_impact->setCurrentIndex(m_impact->findData(draft.value(u"impact"_s).toInt()));
    if (draft.contains(u"urgency"_s))
        m_urgency->setCurrentIndex(m_urgency->findData(draft.value(u"urgency"_s).toInt()));
    TicketClassification routing = m_routing->value();
    if (draft.contains(u"group"_s))
        routing.group = draft.value(u"group"_s).toString();
    if (draft.contains(u"category"_s))
        routing.category = draft.value(u"category"_s).toString();
    if (draft.contains(u"subcategory"_s))
        routing.subcategory = draft.value(u"subcategory"_s).toString();
    m_routing->setValue(routing);
    m_assignee->setGroup(routing.group);
    if (draft.contains(u"assignee_id"_s)) {
        const int index = m_assignee->findData(draft.value(u"assignee_id"_s).toInteger(0));
        if (index >= 0)
            m_assignee->setCurrentIndex(index);
    }
    m_priority->setMatrixLevels(m_impact->currentData().toInt(), m_urgency->currentData().toInt());
    m_priority->apply(draft);
    if (draft.contains(u"location"_s))
        m_location->setText(draft.value(u"location"_s).toString());
}

QJsonObject TicketFieldsEditor::changes() const
{
    QJsonObject changed;
    if (!m_ticket)
        return changed;
    const auto text = [&](const QString &field, const QLineEdit *edit, const QString &stored) {
        if (edit->text().trimmed() != stored)
            changed.insert(field, edit->text().trimmed());
    };
    text(u"title"_s, m_title, m_ticket->title);
    text(u"location"_s, m_location, m_ticket->location);
    const TicketClassification routing = m_routing->value();
    if (routing.group != m_ticket->group)
        changed.insert(u"group"_s, routing.group);
    if (routing.category != m_ticket->category)
        changed.insert(u"category"_s, routing.category);
    if (routing.subcategory != m_ticket->subcategory)
        changed.insert(u"subcategory"_s, routing.subcategory);
    const std::optional<qint64> assignee = m_assignee->assigneeId();
    if (assignee != (m_ticket->assignee ? std::optional(m_ticket->assignee->id) : std::nullopt))
        changed.insert(u"assignee_id"_s, assignee ? QJsonValue(*assignee) : QJsonValue(QJsonValue::Null));
    if (m_impact->currentData().toInt() != m_ticket->impact)
        changed.insert(u"impact"_s, m_impact->currentData().toInt());
    if (m_urgency->currentData().toInt() != m_ticket->urgency)
        changed.insert(u"urgency"_s, m_urgency->currentData().toInt());
    const QJsonObject priority = m_priority->changes(*m_ticket);
    for (auto it = priority.begin(); it != priority.end(); ++it)
        changed.insert(it.key(), it.value());
    return changed;
}

void TicketFieldsEditor::showErrors(const FieldErrors &errors)
{
    QStringList lines;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        lines << tr("%1: %2").arg(DisplayText::fieldText(it.key()), DisplayText::fieldErrorText(it.value()));
    m_errors->setText(lines.join(u'\n'));
    m_errors->setVisible(!lines.isEmpty());
}

void TicketFieldsEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

} // namespace Helpline
