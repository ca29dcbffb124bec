// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "JsonTextWriter.h"
#include "IdempotentPost.h"
#include "IfMatch.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "AuditLog.h"
#include "CatalogHttp.h"
#include "TicketChange.h"
#include "TicketListParameters.h"
#include "TicketPatch.h"
#include "TicketRepository.h"
#include "SurveyRepository.h"
#include "TicketHttp.h"
#include "Transaction.h"
#include "UserRepository.h"
#include "WatcherRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <stdexcept>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;


void TicketController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Get, u"/tickets"_s, [this](const QHttpServerRequest &r) { return list(r); });
    routes.add(Method::Post, u"/tickets"_s, [this](const QHttpServerRequest &r) { return create(r); });
    routes.addWithId(Method::Get, u"/tickets/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return get(id, r); });
    routes.addWithId(Method::Patch, u"/tickets/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return patch(id, r); });
    routes.addWithId(Method::Get, u"/tickets/{id}/history"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return history(id, r); });
}

QHttpServerResponse TicketController::list(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ReadTickets);
        const TicketQuery query = parseTicketListParameters(request.query(), user.id);
        TicketPage page;
        try {
            page = TicketRepository(m_context.database, user.id).list(query);
        } catch (const std::invalid_argument &) {
            throw ApiError::malformed(u"The cursor does not belong to this list; start again without it."_s,
                                      {{u"cursor"_s, u"invalid"_s}});
        }
        // Written straight to text: the queue asks for this page more than for anything else.
        JsonTextWriter out;
        out.beginObject();
        out.beginArray(u"items");
        for (const Ticket &ticket : std::as_const(page.items))
            ticket.writeJson(out, Ticket::Detail::Summary);
        out.endArray();
        if (page.nextCursor.isEmpty())
            out.nullField(u"next_cursor");
        else
            out.field(u"next_cursor", page.nextCursor);
        out.endObject();
        return QHttpServerResponse("application/json", out.text());
    });
}

QHttpServerResponse TicketController::get(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ReadTickets);
        const auto ticket = TicketRepository(m_context.database, user.id).find(id);
        if (!ticket)
            throw ApiError::notFound(u"Ticket %1"_s.arg(id));
        return ticketResponse(*ticket, QHttpServerResponse::StatusCode::Ok);
    });
}

QHttpServerResponse TicketController::create(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            FieldErrors errors;
            const auto parsed = parseNewTicket(body, errors);
            if (!parsed)
                throw ApiError::validation(errors);
            NewTicket ticket = *parsed;
            if (ticket.assigneeId)
                checkAssignee(m_context, *ticket.assigneeId);
            checkClassification(m_context, std::nullopt, TicketClassification::of(ticket));
            PersonRef requester{ticket.requesterName, ticket.requesterEmail, ticket.requesterPersonId};
            resolveRequester(m_context, requester);
            ticket.requesterName = requester.name;
            ticket.requesterEmail = requester.email;
            const Priority priority = ticket.priorityOverride.value_or(
                m_context.priorityMatrix.priorityFor(ticket.impact, ticket.urgency));
            Transaction transaction(m_context.database);
            TicketRepository tickets(m_context.database, user.id);
            const Ticket created = tickets.create(ticket, priority, user.id);
            // Whoever logs a ticket follows it (core/README.md, "Watchers").
            WatcherRepository(m_context.database).add(created.id, user.id, user.id, WatchReason::Created);
            const auto watched = tickets.find(created.id);
            transaction.commit();
            return ticketResponse(watched.value_or(created), QHttpServerResponse::StatusCode::Created);
        });
    });
}

QHttpServerResponse TicketController::patch(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        const int expected = requiredIfMatchVersion(request);
        TicketRepository tickets(m_context.database, user.id);

        Transaction transaction(m_context.database);
        const auto current = tickets.find(id);
        if (!current)
            throw ApiError::notFound(u"Ticket %1"_s.arg(id));
        if (current->version != expected)
            throw ApiError::staleVersion(current->toJson(), current->version);
        const Ticket stored = changeTicket(m_context, *current, body, user.id);
        transaction.commit();
        return ticketResponse(stored, QHttpServerResponse::StatusCode::Ok);
    });
}

QHttpServerResponse TicketController::history(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        if (!TicketRepository(m_context.database).find(id))
            throw ApiError::notFound(u"Ticket %1"_s.arg(id));
        UserRepository users(m_context.database);
        QHash<qint64, QString> names;
        QJsonArray items;
        for (const AuditLog::Entry &entry : AuditLog(m_context.database).entriesFor(u"ticket"_s, id)) {
            QJsonValue actor = QJsonValue::Null;
            if (entry.actorId) {
                if (!names.contains(*entry.actorId)) {
                    const auto found = users.find(*entry.actorId);
                    names.insert(*entry.actorId, found ? found->displayName : QString());
                }
                actor = QJsonObject{{u"id"_s, *entry.actorId}, {u"name"_s, names.value(*entry.actorId)}};
            }
            items.append(QJsonObject{{u"at"_s, toWireTime(entry.at)},
                                     {u"actor"_s, actor},
                                     {u"action"_s, entry.action},
                                     {u"changes"_s, entry.changes}});
        }
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

} // namespace Helpline
