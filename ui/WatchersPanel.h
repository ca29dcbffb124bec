// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Helpline {

class ApiClient;
class ColleaguePickerDialog;
class TicketWatchers;

// The ticket pane's Watchers tab: who follows the ticket, "Add watcher…" (a colleague who
// works tickets) and remove. Its Watch/Unwatch toggle (with the count) sits in the pane's
// action row; W toggles it.
class WatchersPanel : public QWidget
{
    Q_OBJECT
public:
    WatchersPanel(ApiClient &api, qint64 myUserId, QWidget *parent = nullptr);

    void setTicket(const Ticket &ticket);
    QPushButton *watchToggle() const { return m_toggle; }
    TicketWatchers &watchers() const { return *m_watchers; }
    bool isWatching() const;

    void toggleWatch();
    void startAdd(); // opens the colleague picker
    void removeSelected();
    ColleaguePickerDialog *picker() const; // while open (tests)

Q_SIGNALS:
    // A watcher was added or removed: the ticket's count, `watching` and history moved.
    void watchersChanged(qint64 ticketId);
    void countChanged(int count);

private:
    void showWatchers();
    void updateToggle();

    ApiClient &m_api;
    qint64 m_me;
    TicketWatchers *m_watchers;
    std::optional<Ticket> m_ticket;
    QPushButton *m_toggle;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
    QPointer<ColleaguePickerDialog> m_picker;
    bool m_busy = false;
};

} // namespace Helpline
