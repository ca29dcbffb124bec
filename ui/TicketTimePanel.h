// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeEntry.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Helpline {

class ApiClient;
class LogTimeDialog;

// The time spent on the ticket: who logged how much and when, the handle time they add up
// to, logging more, and removing one's own entry (an admin may remove any).
class TicketTimePanel : public QWidget
{
    Q_OBJECT
public:
    TicketTimePanel(ApiClient &api, qint64 myUserId, QWidget *parent = nullptr);

    void setCanRemoveAny(bool can) { m_canRemoveAny = can; }
    void setTicket(qint64 ticketId, const QString &number);
    void reload();
    // Opens the dialog with `measuredMinutes` suggested; emits logged once the server has it.
    void logTime(int measuredMinutes);
    LogTimeDialog *logDialog() const;
    qint64 totalMinutes() const { return m_total; }
    qint64 ticketId() const { return m_ticketId; }

Q_SIGNALS:
    void loaded(qint64 ticketId, qint64 totalMinutes);
    void logged(qint64 ticketId);

private:
    void sendEntry(qint64 ticketId);
    void removeSelected();
    void updateButtons();

    ApiClient &m_api;
    qint64 m_myUserId;
    bool m_canRemoveAny = false;
    qint64 m_ticketId = 0;
    QString m_number;
    qint64 m_total = 0;
    QPointer<LogTimeDialog> m_dialog;
    QTreeWidget *m_entries;
    QLabel *m_totalLabel;
    QPushButton *m_log;
    QPushButton *m_remove;
};

} // namespace Helpline
