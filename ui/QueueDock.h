// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace Helpline {

class ApiClient;
class TicketFeed;
class TicketFilterProxy;
class TicketTableModel;
struct ApiFailure;

// The analyst's queue: every ticket the server lists, narrowed as you type, sortable by any
// column. Selecting a row opens it in the Ticket pane.
class QueueDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit QueueDock(ApiClient &api, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    TicketTableModel *model() const { return m_model; }
    void focusSearch();
    void moveSelection(int step); // +1 next row, -1 previous row

Q_SIGNALS:
    void ticketSelected(qint64 id);
    void ticketOpened(qint64 id); // Enter or double-click: work on it

private:
    void applyStatusScope();
    void updateCount();
    void onFailed(const ApiFailure &failure);

    TicketTableModel *m_model;
    TicketFilterProxy *m_proxy;
    TicketFeed *m_feed;
    QLineEdit *m_search;
    QComboBox *m_status;
    QToolButton *m_reload;
    QLabel *m_count;
    QLabel *m_problem;
    QTableView *m_view;
    bool m_complete = true;
    bool m_rowsLeaving = false; // the filter is taking rows out right now
    bool m_currentLeft = false; // …and one of them was the current row
};

} // namespace Helpline
