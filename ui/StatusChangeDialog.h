// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketEnums.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Helpline {

// Asks for what a status needs before the ticket can move there: why it waits (pending) or
// how it was resolved (resolution code and notes). The answer is the PATCH body.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT
public:
    StatusChangeDialog(TicketStatus target, QWidget *parent = nullptr);

    static bool needsDetails(TicketStatus target);
    QJsonObject changes() const;
    void showProblem(const QString &message); // the server refused: say why, keep the notes

private:
    void validate();

    TicketStatus m_target;
    QComboBox *m_choice;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem;
};

} // namespace Helpline
