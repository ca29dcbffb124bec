// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketQuery.h"

#include <QJsonObject>
#include <QList>

namespace Helpline::Test {

// What a test knows about each ticket it created: enough to order them itself, by any field
// a list may be sorted by, and so to check the order GET /tickets pages come in.
struct ListedTicket
{
    qint64 id = 0;
    QString number;
    int priority = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString status;
    QString type;
    QString title;
    QString requester;
    QString group;
    QString location;

    static ListedTicket fromJson(const QJsonObject &ticket); // as POST /tickets answered
};

// The order the contract promises: the sort keys (default: priority, created_at), then id.
QList<qint64> expectedOrder(QList<ListedTicket> tickets, const QString &sort);

} // namespace Helpline::Test
