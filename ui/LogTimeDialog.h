// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QDialog>
#include <QJsonObject>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Helpline {

// Asks how long was spent on a ticket, suggesting the minutes this client measured while the
// ticket was being worked. It stays open until the server has the entry: a refusal is shown
// beside the fields, with what was typed kept, and sending again reuses the same
// idempotency key, so a lost answer never logs the time twice.
class LogTimeDialog : public QDialog
{
    Q_OBJECT
public:
    LogTimeDialog(const QString &ticketNumber, int measuredMinutes, QWidget *parent = nullptr);

    QJsonObject entry() const; // the POST body
    QByteArray idempotencyKey() const { return m_key; }
    void showProblem(const QString &message, const FieldErrors &fields);
    void setBusy(bool busy);

Q_SIGNALS:
    void logRequested();

private:
    QSpinBox *m_minutes;
    QDateTimeEdit *m_workedAt;
    QLineEdit *m_note;
    QLabel *m_problem;
    QByteArray m_key;
    QPushButton *m_ok = nullptr;
};

} // namespace Helpline
