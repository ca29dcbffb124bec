// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketBulkController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "CommentRepository.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "Savepoint.h"
#include "TicketBulk.h"
#include "TicketChange.h"
#include "TicketRepository.h"
#include "Transaction.h"
#include "WatcherRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

void TicketBulkController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Post, u"/tickets/bulk"_s, [this](const QHttpServerRequest &r) { return bulk(r); });
}

QHttpServerResponse TicketBulkController::bulk(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            FieldErrors errors;
            const auto change = TicketBulkChange::parse(body, errors);
            if (!change)
                throw ApiError::validation(errors);

            TicketRepository tickets(m_context.database, user.id);
            QJsonArray results;
            // One transaction for the call (so a replayed Idempotency-Key answer is kept with
            // it), one savepoint per ticket: a ticket is changed completely or not at all.
            Transaction transaction(m_context.database);
            for (const qint64 id : change->ids) {
                Savepoint unit(m_context.database);
                try {
                    const auto current = tickets.find(id);
                    if (!current)
                        throw ApiError::notFound(u"Ticket %1"_s.arg(id));
                    Ticket ticket = change->changes.isEmpty()
                                        ? *current
                                        : changeTicket(m_context, *current, change->changesFor(*current, user.id), user.id);
                    if (change->note) {
                        CommentRepository(m_context.database).add(id, user.id, *change->note);
                        // A note in bulk is a note on each: its writer follows each ticket.
                        if (WatcherRepository(m_context.database).add(id, user.id, user.id, WatchReason::Wrote))
                            ticket = tickets.find(id).value_or(ticket);
                    }
                    unit.release();
                    results.append(QJsonObject{{u"id"_s, id}, {u"status"_s, 200},
                                               {u"ticket"_s, ticket.toJson(Ticket::Detail::Summary)}});
                } catch (const ApiError &error) {
                    results.append(QJsonObject{{u"id"_s, id},
                                               {u"status"_s, static_cast<int>(error.status())},
                                               {u"error"_s, error.errorJson()}});
                }
            }
            transaction.commit();
            return QHttpServerResponse(QJsonObject{{u"results"_s, results}});
        });
    });
}

} // namespace Helpline
