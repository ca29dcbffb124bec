// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "CommentRepository.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "TicketRepository.h"
#include "Transaction.h"
#include "WatcherRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

void CommentController::registerRoutes(RouteTable &routes)
{
    routes.addWithId(Method::Get, u"/tickets/{id}/comments"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return list(id, r); });
    routes.addWithId(Method::Post, u"/tickets/{id}/comments"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return add(id, r); });
}

QHttpServerResponse CommentController::list(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        if (!TicketRepository(m_context.database).find(ticketId))
            throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
        QJsonArray items;
        for (const Comment &comment : CommentRepository(m_context.database).forTicket(ticketId))
            items.append(comment.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse CommentController::add(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            if (!TicketRepository(m_context.database).find(ticketId))
                throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
            FieldErrors errors;
            const auto parsed = parseNewComment(body, errors);
            if (!parsed)
                throw ApiError::validation(errors);
            Transaction transaction(m_context.database);
            const Comment comment = CommentRepository(m_context.database).add(ticketId, user.id, *parsed);
            // Whoever writes on a ticket follows it from then on (core/README.md, "Watchers").
            WatcherRepository(m_context.database).add(ticketId, user.id, user.id, WatchReason::Wrote);
            transaction.commit();
            QHttpServerResponse response(comment.toJson(), QHttpServerResponse::StatusCode::Created);
            QHttpHeaders headers = response.headers();
            headers.append(QHttpHeaders::WellKnownHeader::Location,
                           (RouteTable::basePath + u"/tickets/%1/comments"_s.arg(ticketId)).toLatin1());
            response.setHeaders(std::move(headers));
            return response;
        });
    });
}

} // namespace Helpline
