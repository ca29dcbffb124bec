// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatcherController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "TicketRepository.h"
#include "Transaction.h"
#include "UserRepository.h"
#include "WatcherRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {
QJsonObject watcherList(const Database &database, qint64 ticketId)
{
    QJsonArray items;
    for (const Watcher &watcher : WatcherRepository(database).forTicket(ticketId))
        items.append(watcher.toJson());
    return {{u"items"_s, items}};
}

void requireTicket(const Database &database, qint64 ticketId)
{
    if (!TicketRepository(database).find(ticketId))
        throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
}
} // namespace

void WatcherController::registerRoutes(RouteTable &routes)
{
    routes.addWithId(Method::Get, u"/tickets/{id}/watchers"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return list(id, r); });
    routes.addWithId(Method::Post, u"/tickets/{id}/watchers"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return add(id, r); });
    routes.addWithTwoIds(Method::Delete, u"/tickets/{id}/watchers/{userId}"_s,
                         [this](qint64 id, qint64 userId, const QHttpServerRequest &r) { return remove(id, userId, r); });
}

QHttpServerResponse WatcherController::list(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        requireTicket(m_context.database, ticketId);
        return QHttpServerResponse(watcherList(m_context.database, ticketId));
    });
}

QHttpServerResponse WatcherController::add(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            FieldErrors errors;
            const auto watcherId = parseWatcherRequest(body, errors);
            if (!watcherId)
                throw ApiError::validation(errors);
            Transaction transaction(m_context.database);
            requireTicket(m_context.database, ticketId);
            const auto watcher = UserRepository(m_context.database).find(*watcherId);
            if (!watcher || !watcher->active)
                throw ApiError::validation({{u"user_id"_s, u"unknown"_s}});
            if (!Watcher::mayWatch(watcher->role))
                throw ApiError::validation({{u"user_id"_s, u"not_a_ticket_worker"_s}});
            const bool added = WatcherRepository(m_context.database).add(ticketId, *watcherId, user.id, WatchReason::Added);
            const QJsonObject answer = watcherList(m_context.database, ticketId);
            transaction.commit();
            // Already watching is no error: the list is as the caller wanted it.
            return QHttpServerResponse(answer, added ? QHttpServerResponse::StatusCode::Created
                                                     : QHttpServerResponse::StatusCode::Ok);
        });
    });
}

QHttpServerResponse WatcherController::remove(qint64 ticketId, qint64 userId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        Transaction transaction(m_context.database);
        requireTicket(m_context.database, ticketId);
        if (!WatcherRepository(m_context.database).remove(ticketId, userId, user.id))
            throw ApiError::notFound(u"Watcher %1 of ticket %2"_s.arg(userId).arg(ticketId));
        transaction.commit();
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

} // namespace Helpline
