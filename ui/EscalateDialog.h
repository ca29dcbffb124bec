// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Helpline {

// Escalating a ticket: up a tier (the next one by default) and/or to another group, with what
// was tried, so the next analyst starts where this one stopped. The answer is the body of
// POST /tickets/{id}/escalate; the dialog stays, with the note as typed, until the server agrees.
class EscalateDialog : public QDialog
{
    Q_OBJECT
public:
    EscalateDialog(const Ticket &ticket, QWidget *parent = nullptr);

    QJsonObject request() const;
    qint64 ticketId() const { return m_ticketId; }
    void showProblem(const QString &message);

private:
    void updateState();

    qint64 m_ticketId;
    SupportTier m_tier;
    QString m_group;
    QComboBox *m_toTier;
    QLineEdit *m_toGroup;
    QPlainTextEdit *m_note;
    QLabel *m_hint;
    QLabel *m_problem;
    QPushButton *m_escalate;
};

} // namespace Helpline
