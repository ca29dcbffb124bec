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

int requiredVersion(const QHttpServerRequest &request)
{
    const QHttpHeaders headers = request.headers();
    if (!headers.contains(QHttpHeaders::WellKnownHeader::IfMatch)) {
        throw ApiError(ApiError::Kind::PreconditionNeeded, u"precondition_required"_s,
                       u"Send If-Match with the version you changed (the ETag you received)."_s);
    }
    QByteArray tag = headers.value(QHttpHeaders::WellKnownHeader::IfMatch).toByteArray().trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
        tag = tag.mid(1, tag.size() - 2);
    bool ok = false;
    const int version = tag.toInt(&ok);
    if (!ok || version < 1)
        throw ApiError::malformed(u"If-Match must carry a version, such as \"3\"."_s, {{u"If-Match"_s, u"invalid"_s}});
    return version;
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
