// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Ticket.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Helpline {

class AssigneeCombo;
class ClassificationFields;
class Colleagues;
class PriorityOverrideFields;
class TicketCatalog;

// The ticket's own fields, edited in place: title, impact, urgency, the priority (the
// matrix's, or an override with its reason), group, assignee (the group's members first),
// category and subcategory (picked from the administrator's lists), location. Save checks the domain's rules, then sends only what changed. Edits are never thrown away: they survive a
// refused save (each field says what is wrong), a newer version arriving from the server,
// and switching to another ticket and back (kept as a draft for this session).
class TicketFieldsEditor : public QWidget
{
    Q_OBJECT
public:
    TicketFieldsEditor(const TicketCatalog &catalog, const Colleagues &colleagues, QWidget *parent = nullptr);

    void setTicket(const Ticket &ticket); // keeps this ticket's unsaved edits, if any
    QJsonObject changes() const;          // the edited fields, as a PATCH body
    bool isDirty() const { return !changes().isEmpty(); }
    void showErrors(const FieldErrors &errors);

Q_SIGNALS:
    void saveRequested(const QJsonObject &changes);

private:
    void load(const Ticket &ticket);
    void apply(const QJsonObject &draft);
    void updateButtons();

    std::optional<Ticket> m_ticket;
    QHash<qint64, QJsonObject> m_drafts;
    QLineEdit *m_title;
    QComboBox *m_impact;
    QComboBox *m_urgency;
    PriorityOverrideFields *m_priority;
    ClassificationFields *m_routing;
    AssigneeCombo *m_assignee;
    QLineEdit *m_location;
    QLabel *m_errors;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace Helpline
