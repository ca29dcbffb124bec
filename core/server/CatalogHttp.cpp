// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogHttp.h"

#include "ApiError.h"
#include "AssignmentGroupRepository.h"
#include "CategoryRepository.h"
#include "RouteTable.h"
#include "ServerContext.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QHttpServerResponse catalogResponse(const QJsonObject &json, int version, const QString &path,
                                    QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(json, status);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(version) + '"');
    if (status == QHttpServerResponse::StatusCode::Created)
        headers.append(QHttpHeaders::WellKnownHeader::Location, (RouteTable::basePath + path).toLatin1());
    response.setHeaders(std::move(headers));
    return response;
}

Catalog currentCatalog(const ServerContext &context)
{
    return {AssignmentGroupRepository(context.database).list(), CategoryRepository(context.database).list()};
}

void checkClassification(const ServerContext &context, const std::optional<TicketClassification> &before,
                         const TicketClassification &after)
{
    // Nothing to look up when the names are as they were (most changes touch other fields).
    if (before && before->group == after.group && before->category == after.category
        && before->subcategory == after.subcategory)
        return;
    if (!before && after.group.isEmpty() && after.category.isEmpty() && after.subcategory.isEmpty())
        return;
    FieldErrors errors;
    if (!checkTicketClassification(currentCatalog(context), before, after, errors))
        throw ApiError::validation(errors);
}

} // namespace Helpline
