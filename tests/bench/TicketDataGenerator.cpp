// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketDataGenerator.h"

#include "PasswordHasher.h"
#include "Priority.h"
#include "StoreError.h"
#include "Ticket.h"
#include "TicketWorkflow.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace Helpline::Bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int rowsPerInsert = 250;
constexpr qint64 rowsPerTransaction = 50000;

const QStringList columns{u"id"_s, u"number"_s, u"type"_s, u"title"_s, u"description"_s, u"status"_s,
                          u"impact"_s, u"urgency"_s, u"priority"_s, u"requester_name"_s, u"requester_email"_s,
                          u"assignee_id"_s, u"assignment_group"_s, u"category"_s, u"location"_s,
                          u"created_at"_s, u"updated_at"_s, u"version"_s, u"pending_reason"_s,
                          u"resolution_code"_s, u"resolution_notes"_s, u"tier"_s, u"channel"_s,
                          u"first_assignee_id"_s, u"first_response_at"_s, u"resolved_at"_s};

// Picks an index by weight, e.g. {70, 25, 3, 2}.
int weighted(QRandomGenerator &random, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = int(random.bounded(total));
    int index = 0;
    for (int w : weights) {
        if (roll < w)
            return index;
        roll -= w;
        ++index;
    }
    return index - 1;
}

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

void execOrThrow(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StoreError(u"%1 failed: %2"_s.arg(what, query.lastError().text()));
}

void run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StoreError(u"%1 failed: %2"_s.arg(sql, query.lastError().text()));
}

QString insertStatement(int rows)
{
    const QString row = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    return u"INSERT INTO tickets (%1) VALUES %2"_s.arg(columns.join(u", "_s), QStringList(rows, row).join(u", "_s));
}

} // namespace

QStringList TicketDataGenerator::groupNames()
{
    return {u"Service Desk L1"_s, u"Network"_s, u"Workplace"_s, u"Applications"_s};
}

GeneratedData TicketDataGenerator::generate(qint64 tickets, int comments)
{
    QElapsedTimer timer;
    timer.start();
    GeneratedData data;
    data.tickets = tickets;
    data.groups = groupNames();
    const QList<qint64> analysts = createAnalysts(data);
    insertTickets(tickets, analysts);
    // The long conversation sits on a recent open ticket of the first group.
    data.commentedTicketId = tickets;
    data.comments = comments;
    {
        QSqlQuery open(m_db.connection());
        open.prepare(u"UPDATE tickets SET status = 'in_progress', assignment_group = ?, assignee_id = ?, "
                     "pending_reason = '', resolution_code = '', resolved_at = NULL WHERE id = ?"_s);
        open.addBindValue(data.groups.first());
        open.addBindValue(analysts.first());
        open.addBindValue(data.commentedTicketId);
        execOrThrow(open, u"opening the commented ticket"_s);
    }
    insertComments(data.commentedTicketId, comments, analysts);
    if (m_db.dialect() == SqlDialect::PostgreSQL) {
        // Ids were given explicitly: the identity continues after them. Autovacuum would
        // analyse the fresh table within a minute; do it now so the first plans are real ones.
        run(m_db.connection(), u"SELECT setval(pg_get_serial_sequence('tickets', 'id'), (SELECT MAX(id) FROM tickets))"_s);
        run(m_db.connection(), u"ANALYZE"_s);
    }
    data.seconds = double(timer.nsecsElapsed()) / 1e9;
    return data;
}

QList<qint64> TicketDataGenerator::createAnalysts(GeneratedData &data)
{
    const PasswordHasher hasher(PasswordHasher::Cost::Minimal);
    data.username = u"analyst"_s;
    data.password = u"analyst-bench"_s;
    Transaction transaction(m_db);
    UserRepository users(m_db);
    QList<qint64> ids;
    const QStringList names{u"Alex Morgan"_s, u"Sam Rivera"_s, u"Robin Keller"_s, u"Noah Weber"_s, u"Mia Laurent"_s,
                            u"Liam Novak"_s, u"Emma Rossi"_s, u"Jonas Berg"_s, u"Chloé Martin"_s, u"Ava Schulz"_s,
                            u"Lucas Dubois"_s, u"Lea Fischer"_s, u"Ben Walker"_s, u"Zoe Lambert"_s, u"Tom Becker"_s,
                            u"Nina Wolf"_s, u"Paul Girard"_s, u"Ida Krause"_s, u"Max Hoffmann"_s, u"Sara Moreau"_s};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString username = i == 0 ? data.username : u"analyst%1"_s.arg(i);
        const User user = users.create({0, username, names.at(i), username + u"@example.org"_s, Role::Analyst, true, 1},
                                       hasher.hash(i == 0 ? data.password : username), std::nullopt);
        ids << user.id;
    }
    transaction.commit();
    return ids;
}

void TicketDataGenerator::insertTickets(qint64 count, const QList<qint64> &analysts)
{
    const QStringList groups = groupNames();
    const QStringList titles{u"Printer on floor %1 jams"_s, u"VPN drops every few minutes (%1)"_s,
                             u"Outlook asks for the password again (%1)"_s, u"New laptop for starter %1"_s,
                             u"Teams calls without sound (%1)"_s, u"Access to the finance share, request %1"_s,
                             u"Monitor flickers at desk %1"_s, u"SAP login fails with error %1"_s,
                             u"Wi-Fi slow in meeting room %1"_s, u"Phone headset broken (%1)"_s,
                             u"Password reset for account %1"_s, u"Install Visio, licence %1"_s};
    const QStringList requesters{u"Hannah Becker"_s, u"Oliver Schmidt"_s, u"Marie Dupont"_s, u"Luca Bianchi"_s,
                                 u"Sofia Keller"_s, u"Jan Kowalski"_s, u"Elena Petrova"_s, u"David Smith"_s,
                                 u"Anna Müller"_s, u"Pierre Lefèvre"_s, u"Clara Jansen"_s, u"Felix Braun"_s};
    const QStringList categories{u"Hardware"_s, u"Software"_s, u"Network"_s, u"Access"_s, u"Telephony"_s};
    const QStringList locations{u"HQ / Floor 1"_s, u"HQ / Floor 2"_s, u"HQ / Floor 3"_s, u"Branch Lyon"_s,
                                u"Branch Hamburg"_s, u"Remote"_s};
    const QList<TicketStatus> statuses{TicketStatus::New, TicketStatus::Assigned, TicketStatus::InProgress,
                                       TicketStatus::Pending, TicketStatus::Resolved, TicketStatus::Closed,
                                       TicketStatus::Cancelled};
    const QList<TicketType> types{TicketType::Incident, TicketType::ServiceRequest, TicketType::Problem, TicketType::Change};
    const QStringList tiers{u"L1"_s, u"L2"_s, u"L3"_s};
    const QStringList channels{u"phone"_s, u"email"_s, u"web"_s, u"chat"_s, u"walk_in"_s};
    const PriorityMatrix matrix;
    QRandomGenerator random(20240611);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qint64(28) * 24 * 3600 * 1000;
    const QVariant noId(QMetaType::fromType<qint64>());

    QSqlQuery fullBatch(m_db.connection());
    if (!fullBatch.prepare(insertStatement(rowsPerInsert)))
        throw StoreError(u"prepare failed: %1"_s.arg(fullBatch.lastError().text()));

    qint64 id = 0;
    while (id < count) {
        Transaction transaction(m_db);
        const qint64 end = std::min(count, id + rowsPerTransaction);
        while (id < end) {
            const int rows = int(std::min<qint64>(rowsPerInsert, end - id));
            QSqlQuery partial(m_db.connection());
            QSqlQuery &insert = rows == rowsPerInsert ? fullBatch : partial;
            if (rows != rowsPerInsert && !partial.prepare(insertStatement(rows)))
                throw StoreError(u"prepare failed: %1"_s.arg(partial.lastError().text()));
            int position = 0;
            const auto bind = [&](const QVariant &value) { insert.bindValue(position++, value); };
            for (int r = 0; r < rows; ++r) {
                ++id;
                const TicketType type = types.at(weighted(random, {70, 25, 3, 2}));
                const TicketStatus status = statuses.at(weighted(random, {3, 4, 5, 3, 10, 70, 5}));
                const int impact = 1 + weighted(random, {10, 35, 55});
                const int urgency = 1 + weighted(random, {10, 40, 50});
                const bool assigned = status != TicketStatus::New && status != TicketStatus::Cancelled;
                const QVariant assignee = assigned ? QVariant(pick(random, analysts)) : noId;
                // Created in id order over the last four weeks, as a real desk numbers them.
                const qint64 created = now - span + span * id / std::max<qint64>(count, 1);
                const qint64 updated = std::min(now, created + qint64(random.bounded(48 * 3600)) * 1000);
                const bool resolved = status == TicketStatus::Resolved || status == TicketStatus::Closed;
                const QString &requester = pick(random, requesters);
                bind(id);
                bind(Ticket::numberFor(type, id));
                bind(ticketTypeName(type));
                bind(pick(random, titles).arg(id % 997));
                bind(u"Reported by phone. The user says it started this morning; ticket %1."_s.arg(id));
                bind(ticketStatusName(status));
                bind(impact);
                bind(urgency);
                bind(static_cast<int>(matrix.priorityFor(impact, urgency)));
                bind(requester);
                bind(QString(requester).replace(u' ', u'.').toLower() + u"@example.org"_s);
                bind(assignee);
                bind(groups.at(weighted(random, {40, 20, 20, 20})));
                bind(pick(random, categories));
                bind(pick(random, locations));
                bind(created);
                bind(updated);
                bind(1 + int(random.bounded(6)));
                bind(status == TicketStatus::Pending ? pendingReasonName(PendingReason::AwaitingUser) : QString(u""_s));
                bind(resolved ? resolutionCodeName(ResolutionCode::Fixed) : QString(u""_s));
                bind(resolved ? u"Replaced the part; the user confirmed."_s : QString(u""_s));
                bind(pick(random, tiers));
                bind(pick(random, channels));
                bind(assignee);
                bind(assigned ? QVariant(std::min(now, created + 600000)) : noId);
                bind(resolved ? QVariant(updated) : noId);
            }
            execOrThrow(insert, u"inserting tickets"_s);
        }
        transaction.commit();
    }
}

void TicketDataGenerator::insertComments(qint64 ticketId, int count, const QList<qint64> &analysts)
{
    Transaction transaction(m_db);
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(u"INSERT INTO ticket_comments (ticket_id, author_id, visibility, body, created_at) "
                        "VALUES (?, ?, ?, ?, ?)"_s))
        throw StoreError(u"prepare failed: %1"_s.arg(insert.lastError().text()));
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 600000;
    for (int i = 0; i < count; ++i) {
        insert.bindValue(0, ticketId);
        insert.bindValue(1, analysts.at(i % analysts.size()));
        insert.bindValue(2, i % 3 ? u"public"_s : u"internal"_s);
        insert.bindValue(3, u"Reply %1: I checked the **VPN client** logs again and the tunnel drops when the "
                            "laptop switches access points. Could you try the wired dock tomorrow and tell "
                            "me whether it still happens? Logs are attached to the ticket."_s.arg(i + 1));
        insert.bindValue(4, start + qint64(i) * 600000);
        execOrThrow(insert, u"inserting comments"_s);
    }
    transaction.commit();
}

} // namespace Helpline::Bench
