// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "EscalationRepository.h"
#include "Guarded.h"
#include "IfMatch.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "TicketHttp.h"
#include "TicketRepository.h"
#include "Transaction.h"
#include "CatalogHttp.h"
#include "TicketClassification.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

void EscalationController::registerRoutes(RouteTable &routes)
{
    routes.addWithId(Method::Post, u"/tickets/{id}/escalate"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return escalate(id, r); });
    routes.addWithId(Method::Get, u"/tickets/{id}/escalations"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return path(id, r); });
}

// Like a PATCH, an escalation names the version it was decided on: escalating a ticket that
// someone else just took or resolved would undo their work.
QHttpServerResponse EscalationController::escalate(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        const int expected = requiredIfMatchVersion(request);
        TicketRepository tickets(m_context.database, user.id);

        Transaction transaction(m_context.database);
        const auto current = tickets.find(ticketId);
        if (!current)
            throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
        if (current->version != expected)
            throw ApiError::staleVersion(current->toJson(), current->version);
        FieldErrors errors;
        const auto escalation = Escalation::parse(body, *current, errors);
        if (!escalation)
            throw ApiError::validation(errors);
        const auto escalated = Escalation::apply(*current, *escalation, errors);
        if (!escalated)
            throw ApiError::validation(errors);
        // Across to another group: only to an active one of the catalog.
        FieldErrors routing;
        if (escalated->group != current->group
            && !checkTicketClassification(currentCatalog(m_context), TicketClassification::of(*current),
                                          TicketClassification::of(*escalated), routing))
            throw ApiError::validation({{u"to_group"_s, routing.value(u"group"_s)}});
        const auto stored = tickets.update(*current, *escalated, user.id);
        if (!stored) {
            const auto now = tickets.find(ticketId);
            throw ApiError::staleVersion(now ? now->toJson() : QJsonObject(), now ? now->version : 0);
        }
        EscalationRepository(m_context.database).add(*current, *stored, escalation->note, user.id);
        transaction.commit();
        return ticketResponse(*stored, QHttpServerResponse::StatusCode::Ok);
    });
}

QHttpServerResponse EscalationController::path(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        if (!TicketRepository(m_context.database).find(ticketId))
            throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
        QJsonArray items;
        for (const EscalationStep &step : EscalationRepository(m_context.database).forTicket(ticketId))
            items.append(step.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

} // namespace Helpline
