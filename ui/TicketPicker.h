// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QPointer>
#include <QUrlQuery>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace Helpline {

class ApiCall;
class ApiClient;

// Finds another ticket by number or title as the analyst types (the queue's own search,
// GET /tickets?q=), and lets them pick one from the matches.
class TicketPicker : public QWidget
{
    Q_OBJECT
public:
    explicit TicketPicker(ApiClient &api, QWidget *parent = nullptr);

    // The ticket being worked on: never offered.
    void setExcluded(qint64 ticketId) { m_excluded = ticketId; }
    // Extra list filters ("type", "status"), as GET /tickets takes them; searches again.
    void setFilter(const QUrlQuery &filter);
    std::optional<Ticket> chosen() const;
    void focusSearch();

Q_SIGNALS:
    void chosenChanged();
    void searched(); // results (or a failure) are on screen
    void activated(); // Enter or double-click on a result

private:
    void search();

    ApiClient &m_api;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_status;
    QTimer *m_delay;
    QUrlQuery m_filter;
    qint64 m_excluded = 0;
    QList<Ticket> m_found;
    QPointer<ApiCall> m_call;
};

} // namespace Helpline
