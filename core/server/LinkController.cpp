// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "IfMatch.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "StoreError.h"
#include "TicketLink.h"
#include "TicketLinkRepository.h"
#include "TicketMerge.h"
#include "TicketRepository.h"
#include "Transaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

// A rule said no: 422 with the rule's own sentence, and the field codes for the client.
ApiError refused(const QString &code, const QString &message, const FieldErrors &fields)
{
    return ApiError(ApiError::Kind::Validation, code, message, fields);
}

ApiError lostRace()
{
    return ApiError(ApiError::Kind::Conflict, u"conflict"_s,
                    u"Someone else changed these tickets at the same moment. Load them again and retry."_s);
}

Ticket existingTicket(const TicketRepository &tickets, qint64 id)
{
    const auto ticket = tickets.find(id);
    if (!ticket)
        throw ApiError::notFound(u"Ticket %1"_s.arg(id));
    return *ticket;
}

} // namespace

void LinkController::registerRoutes(RouteTable &routes)
{
    routes.addWithId(Method::Get, u"/tickets/{id}/links"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return list(id, r); });
    routes.addWithId(Method::Post, u"/tickets/{id}/links"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return add(id, r); });
    routes.addWithTwoIds(Method::Delete, u"/tickets/{id}/links/{linkId}"_s,
                         [this](qint64 id, qint64 linkId, const QHttpServerRequest &r) { return remove(id, linkId, r); });
    routes.addWithId(Method::Post, u"/tickets/{id}/merge"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return merge(id, r); });
}

QHttpServerResponse LinkController::list(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        existingTicket(TicketRepository(m_context.database), ticketId);
        QJsonArray items;
        for (const LinkedTicket &link : TicketLinkRepository(m_context.database).linkedTo(ticketId))
            items.append(link.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse LinkController::add(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            TicketRepository tickets(m_context.database);
            TicketLinkRepository links(m_context.database);
            Transaction transaction(m_context.database);
            const Ticket self = existingTicket(tickets, ticketId);
            FieldErrors errors;
            const auto parsed = parseNewLink(body, errors);
            if (!parsed)
                throw ApiError::validation(errors);
            const auto other = tickets.find(parsed->ticketId);
            if (!other)
                throw refused(u"link_not_allowed"_s, u"There is no ticket %1 to link to."_s.arg(parsed->ticketId),
                              {{u"ticket_id"_s, u"not_found"_s}});
            const TicketLinkRules::Facts facts{links.touching(self.id), links.touching(other->id),
                                               links.ancestorsOf(self.id), links.ancestorsOf(other->id)};
            errors = TicketLinkRules::check(parsed->kind, self, *other, facts);
            if (!errors.isEmpty())
                throw refused(u"link_not_allowed"_s, TicketLinkRules::message(errors), errors);
            TicketLink stored;
            try {
                stored = links.add(TicketLinkRules::orient(parsed->kind, self.id, other->id), user.id);
            } catch (const StoreConflict &) {
                throw lostRace();
            }
            transaction.commit();
            for (const LinkedTicket &link : links.linkedTo(self.id)) {
                if (link.linkId == stored.id)
                    return QHttpServerResponse(link.toJson(), QHttpServerResponse::StatusCode::Created);
            }
            throw StoreError(u"link %1 not found after insert"_s.arg(stored.id));
        });
    });
}

QHttpServerResponse LinkController::remove(qint64 ticketId, qint64 linkId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        TicketLinkRepository links(m_context.database);
        Transaction transaction(m_context.database);
        existingTicket(TicketRepository(m_context.database), ticketId);
        const auto link = links.find(linkId);
        if (!link || !link->touches(ticketId))
            throw ApiError::notFound(u"Link %1 of ticket %2"_s.arg(linkId).arg(ticketId));
        if (!TicketLinkRules::isRemovable(link->type))
            throw refused(u"link_not_allowed"_s,
                          u"A merge is not undone by removing its link: the duplicate stays closed."_s,
                          {{u"kind"_s, u"set_by_merge"_s}});
        links.remove(*link, user.id);
        transaction.commit();
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

QHttpServerResponse LinkController::merge(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        // Like PATCH, the duplicate may be named at the version the analyst saw; unlike PATCH
        // it is optional, as the merge changes none of the fields the analyst could have
        // been looking at stale.
        const std::optional<int> expected = ifMatchVersion(request);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            TicketRepository tickets(m_context.database);
            Transaction transaction(m_context.database);
            const Ticket duplicate = existingTicket(tickets, ticketId);
            if (expected && *expected != duplicate.version)
                throw ApiError::staleVersion(duplicate.toJson(), duplicate.version);
            FieldErrors errors;
            const auto parsed = parseMergeRequest(body, errors);
            if (!parsed)
                throw ApiError::validation(errors);
            const auto target = tickets.find(parsed->into);
            if (!target)
                throw refused(u"merge_not_allowed"_s, u"There is no ticket %1 to merge into."_s.arg(parsed->into),
                              {{u"into"_s, u"not_found"_s}});
            const QList<TicketLink> existing = TicketLinkRepository(m_context.database).touching(duplicate.id);
            const bool merged = std::any_of(existing.cbegin(), existing.cend(), [&](const TicketLink &link) {
                return link.type == LinkType::Duplicate && link.sourceId == duplicate.id;
            });
            errors = TicketMergeRules::check(duplicate, *target, merged);
            if (!errors.isEmpty())
                throw refused(u"merge_not_allowed"_s, TicketMergeRules::message(errors), errors);

            std::optional<TicketMerge::Result> result;
            try {
                result = TicketMerge(m_context.database).run(duplicate, *target, parsed->note, user.id);
            } catch (const StoreConflict &) {
                throw lostRace();
            }
            if (!result) {
                const auto now = tickets.find(duplicate.id);
                if (now && now->version != duplicate.version)
                    throw ApiError::staleVersion(now->toJson(), now->version);
                throw lostRace();
            }
            transaction.commit();
            QHttpServerResponse response(QJsonObject{{u"ticket"_s, result->duplicate.toJson()},
                                                     {u"into"_s, result->target.toJson()},
                                                     {u"comments_moved"_s, result->commentsMoved}});
            QHttpHeaders headers = response.headers();
            headers.append(QHttpHeaders::WellKnownHeader::ETag,
                           '"' + QByteArray::number(result->duplicate.version) + '"');
            response.setHeaders(std::move(headers));
            return response;
        });
    });
}

} // namespace Helpline
