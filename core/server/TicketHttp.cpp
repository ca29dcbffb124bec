// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketHttp.h"

#include "ApiError.h"
#include "PersonRepository.h"
#include "RouteTable.h"
#include "ServerContext.h"
#include "UserRepository.h"

#include <QHttpServerRequest>

namespace Helpline {

using namespace Qt::StringLiterals;

QHttpServerResponse ticketResponse(const Ticket &ticket, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(ticket.toJson(), status);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(ticket.version) + '"');
    if (status == QHttpServerResponse::StatusCode::Created)
        headers.append(QHttpHeaders::WellKnownHeader::Location,
                       (RouteTable::basePath + u"/tickets/"_s + QString::number(ticket.id)).toLatin1());
    response.setHeaders(std::move(headers));
    return response;
}

void resolveRequester(const ServerContext &context, PersonRef &requester)
{
    if (!requester.personId)
        return;
    const auto person = PersonRepository(context.database).find(*requester.personId);
    if (!person)
        throw ApiError::validation({{u"requester.person_id"_s, u"unknown"_s}});
    requester.name = person->name;
    requester.email = person->email;
}

void checkAssignee(const ServerContext &context, qint64 userId)
{
    const auto assignee = UserRepository(context.database).find(userId);
    if (!assignee || !assignee->active || !roleHas(assignee->role, Permission::WriteTickets))
        throw ApiError::validation({{u"assignee_id"_s, u"not_an_analyst"_s}});
}

} // namespace Helpline
