// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QStringList>

namespace Helpline::Bench {

// What the generator put into the database.
struct GeneratedData
{
    qint64 tickets = 0;
    qint64 commentedTicketId = 0; // the ticket with the long conversation
    int comments = 0;
    QStringList groups;
    QString username;             // an analyst who may read every ticket
    QString password;
    double seconds = 0;
};

// Fills a migrated, empty database with a realistic desk's tickets, fast: multi-row INSERTs
// through one prepared statement, in large transactions, straight into the real schema.
// The spread is fixed (seeded), so runs compare: 4 groups, 7 statuses (most closed, about
// 15 % open), 4 priorities from the real priority matrix, created over the last 4 weeks.
class TicketDataGenerator
{
public:
    explicit TicketDataGenerator(Database &database) : m_db(database) {}

    GeneratedData generate(qint64 tickets, int comments);

    static QStringList groupNames();

private:
    QList<qint64> createAnalysts(GeneratedData &data);
    void insertTickets(qint64 count, const QList<qint64> &analysts);
    void insertComments(qint64 ticketId, int count, const QList<qint64> &analysts);

    Database &m_db;
};

} // namespace Helpline::Bench
