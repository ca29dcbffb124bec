// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFailure.h"

#include <QJsonDocument>

namespace Helpline {

using namespace Qt::StringLiterals;

ApiFailure ApiFailure::fromHttp(int status, const QByteArray &body)
{
    ApiFailure failure;
    failure.kind = Kind::Http;
    failure.httpStatus = status;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    failure.body = QJsonDocument::fromJson(body).object();
    failure.code = error.value(u"code"_s).toString();
    const QJsonObject fields = error.value(u"fields"_s).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        failure.fields.insert(it.key(), it.value().toString());
    // The server's message is written for people; fall back to our own words if it sent none.
    failure.message = error.value(u"message"_s).toString();
    if (failure.message.isEmpty()) {
        switch (status) {
        case 401: failure.message = tr("Your session has ended. Please sign in again."); break;
        case 403: failure.message = tr("Your role does not allow this."); break;
        case 404: failure.message = tr("This item no longer exists."); break;
        case 429: failure.message = tr("Too many requests. Please wait a moment and try again."); break;
        default:
            failure.message = status >= 500 ? tr("The server had a problem (HTTP %1). Try again later.").arg(status)
                                            : tr("The server refused the request (HTTP %1).").arg(status);
        }
    }
    return failure;
}

ApiFailure ApiFailure::network(const QString &detail)
{
    ApiFailure failure;
    failure.kind = Kind::Network;
    failure.message = tr("Cannot reach the server: %1").arg(detail);
    return failure;
}

ApiFailure ApiFailure::timeout()
{
    ApiFailure failure;
    failure.kind = Kind::Timeout;
    failure.message = tr("The server did not answer in time. Check the connection and try again.");
    return failure;
}

ApiFailure ApiFailure::badResponse()
{
    ApiFailure failure;
    failure.kind = Kind::BadResponse;
    failure.message = tr("The server sent an answer Helpline does not understand. Is the server URL right?");
    return failure;
}

} // namespace Helpline
