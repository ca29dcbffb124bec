// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiFailure.h"
#include "Ticket.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace Helpline {

class ApiCall;
class ApiClient;

// Pages through GET /tickets for one query, a page at a time, and hands each page on as it
// arrives. Starting again or cancelling drops whatever the previous run still had in flight.
class TicketFeed : public QObject
{
    Q_OBJECT
public:
    explicit TicketFeed(ApiClient &api, QObject *parent = nullptr);

    void start(const QUrlQuery &query, int maxRows = 50000);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    void started();
    void pageArrived(const QList<Helpline::Ticket> &tickets);
    void finished(bool complete); // complete = false when maxRows stopped it early
    void failed(const Helpline::ApiFailure &failure);

private:
    void fetch(const QString &cursor);

    ApiClient &m_api;
    QUrlQuery m_query;
    QPointer<ApiCall> m_call;
    int m_maxRows = 0;
    int m_rows = 0;
};

} // namespace Helpline
