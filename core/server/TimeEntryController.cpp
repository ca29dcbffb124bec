// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeEntryController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "Clock.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "TicketRepository.h"
#include "TimeEntryRepository.h"
#include "Transaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

void TimeEntryController::registerRoutes(RouteTable &routes)
{
    routes.addWithId(Method::Get, u"/tickets/{id}/time-entries"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return list(id, r); });
    routes.addWithId(Method::Post, u"/tickets/{id}/time-entries"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return add(id, r); });
    routes.addWithId(Method::Delete, u"/time-entries/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return remove(id, r); });
}

QHttpServerResponse TimeEntryController::list(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        if (!TicketRepository(m_context.database).find(ticketId))
            throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
        QJsonArray items;
        qint64 total = 0;
        for (const TimeEntry &entry : TimeEntryRepository(m_context.database).forTicket(ticketId)) {
            items.append(entry.toJson());
            total += entry.minutes;
        }
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}, {u"total_minutes"_s, total}});
    });
}

QHttpServerResponse TimeEntryController::add(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            if (!TicketRepository(m_context.database).find(ticketId))
                throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
            FieldErrors errors;
            const auto parsed = parseNewTimeEntry(body, Clock::current().now(), errors);
            if (!parsed)
                throw ApiError::validation(errors);
            Transaction transaction(m_context.database);
            const TimeEntry entry = TimeEntryRepository(m_context.database).add(ticketId, user.id, *parsed);
            transaction.commit();
            QHttpServerResponse response(entry.toJson(), QHttpServerResponse::StatusCode::Created);
            QHttpHeaders headers = response.headers();
            headers.append(QHttpHeaders::WellKnownHeader::Location,
                           (RouteTable::basePath + u"/time-entries/%1"_s.arg(entry.id)).toLatin1());
            response.setHeaders(std::move(headers));
            return response;
        });
    });
}

QHttpServerResponse TimeEntryController::remove(qint64 entryId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        TimeEntryRepository entries(m_context.database);
        Transaction transaction(m_context.database);
        const auto entry = entries.find(entryId);
        if (!entry)
            throw ApiError::notFound(u"Time entry %1"_s.arg(entryId));
        // Whose time it was is a fact about that analyst's work: only they, or an admin, undo it.
        if (entry->analyst.id != user.id && user.role != Role::Admin)
            throw ApiError::forbidden();
        if (!entries.remove(*entry, user.id))
            throw ApiError::notFound(u"Time entry %1"_s.arg(entryId));
        transaction.commit();
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

} // namespace Helpline
