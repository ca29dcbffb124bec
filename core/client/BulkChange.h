// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiFailure.h"
#include "Ticket.h"
#include "TicketBulk.h"

#include <QObject>

namespace Helpline {

class ApiClient;

// Sends one change for many tickets as POST /tickets/bulk, 200 tickets a call, each call with
// its own idempotency key, and gathers every ticket's own result.
class BulkChange : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        qint64 id = 0;
        std::optional<Ticket> ticket; // the ticket as changed, on success
        ApiFailure failure;           // otherwise: why this ticket was not changed
    };

    BulkChange(ApiClient &api, TicketBulkChange change, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const QList<Helpline::BulkChange::Result> &results);

private:
    void sendNext();

    ApiClient &m_api;
    TicketBulkChange m_change;
    qsizetype m_next = 0;
    QList<Result> m_results;
};

} // namespace Helpline
