// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SavedView.h"
#include "Ticket.h"
#include "User.h"

#include <QDockWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace Helpline {

class ApiClient;
class BulkActionBar;
class QueueColumns;
class QueuePageBuffer;
class QueueViewList;
class QueueViews;
class SeenTickets;
class TicketFeed;
class TicketFilterProxy;
class TicketTableModel;
struct ApiFailure;

// The analyst's queue: a list of views with their counts beside the tickets of the chosen
// view, narrowed as you type (and searched on the server), sorted by several columns
// (Shift+click adds one), with a column chooser on the header. New and updated tickets are
// bold with a dot until opened. Several selected tickets can be changed at once.
class QueueDock : public QDockWidget
{
    Q_OBJECT
public:
    QueueDock(ApiClient &api, const User &me, QWidget *parent = nullptr);
    ~QueueDock() override;

    void reload();
    QTableView *view() const { return m_view; }
    TicketTableModel *model() const { return m_model; }
    QueueViews *views() const { return m_views; }
    QueueViewList *viewList() const { return m_viewList; }
    QueueColumns *columns() const { return m_columns; }
    BulkActionBar *bulkBar() const { return m_bulk; }
    TicketFilterProxy *proxy() const { return m_proxy; }
    QString currentView() const { return m_currentView; }
    int selectedCount() const;
    void focusSearch();
    void moveSelection(int step); // +1 next row, -1 previous row
    void showView(const QString &reference);
    // A ticket changed elsewhere (the Ticket pane): update its row, it counts as seen.
    void ticketUpdated(const Helpline::Ticket &ticket);

Q_SIGNALS:
    void ticketSelected(qint64 id);
    void ticketOpened(qint64 id); // Enter or double-click: work on it
    void ticketsChangedInBulk(const QList<Helpline::Ticket> &tickets);

private:
    SavedView definitionOf(const QString &reference) const;
    void loadTickets();
    void applyStatusScope();
    void updateSortIndicator();
    void searchServer();
    void updateCount();
    void updateSelection();
    void updateChoices();
    void selectOnly(const QList<qint64> &ids);
    void saveCurrentAs();
    void editCurrent();
    void onFailed(const ApiFailure &failure);
    QString serverSort() const;
    QString settingsKey(const QString &name) const;

    User m_me;
    std::unique_ptr<SeenTickets> m_seen;
    TicketTableModel *m_model;
    QueuePageBuffer *m_pages; // the feed's pages on their way into m_model
    TicketFilterProxy *m_proxy;
    TicketFeed *m_feed;
    QueueViews *m_views;
    QueueViewList *m_viewList;
    QLineEdit *m_search;
    QComboBox *m_status;
    QToolButton *m_reload;
    QToolButton *m_newView;
    QToolButton *m_editView;
    QLabel *m_count;
    QLabel *m_problem;
    QTableView *m_view;
    QueueColumns *m_columns;
    BulkActionBar *m_bulk;
    QTimer *m_searchDelay;
    QTimer *m_countsTimer;
    QString m_currentView;
    QString m_loadedText;  // the q of the rows loaded
    qint64 m_keepCurrent = 0; // the ticket to select again after a reload
    bool m_complete = true;
    bool m_rowsLeaving = false; // the filter is taking rows out right now
    bool m_currentLeft = false; // …and one of them was the current row
    qint64 m_openedId = 0;      // the ticket the current row last opened
};

} // namespace Helpline
