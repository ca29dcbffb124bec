// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Priority.h"
#include "Ticket.h"

#include <QJsonObject>
#include <QObject>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Helpline {

// The ticket pane's priority: what the matrix gives for impact × urgency, and an analyst's
// override of it (P1-P4 with a required reason) or the way back to the matrix. Its part of a
// PATCH body is "priority" + "priority_reason", or "priority": null to follow the matrix again.
class PriorityOverrideFields : public QObject
{
    Q_OBJECT
public:
    explicit PriorityOverrideFields(QObject *parent = nullptr);

    // Adds the rows (priority, override, set to, reason) to `form`; the last two show only
    // while the priority is overridden.
    void addRowsTo(QFormLayout *form);
    QList<QWidget *> fields() const;

    void load(const Ticket &ticket);
    void setMatrixLevels(int impact, int urgency); // the impact and urgency on screen
    void apply(const QJsonObject &draft);          // a saved draft's priority fields
    // The priority fields of a PATCH body for what is on screen; empty when nothing changed.
    QJsonObject changes(const Ticket &ticket) const;
    // The domain's rule for an override (readPriorityOverride) on those changes.
    bool check(const Ticket &ticket, FieldErrors &errors) const;

Q_SIGNALS:
    void edited();

private:
    void setOverridden(bool on);
    void updateLabel();

    const PriorityMatrix m_matrix; // the server's default
    int m_impact = 3;
    int m_urgency = 3;
    QLabel *m_priority;
    QCheckBox *m_override;
    QComboBox *m_level;
    QLineEdit *m_reason;
    QFormLayout *m_form = nullptr;
};

} // namespace Helpline
