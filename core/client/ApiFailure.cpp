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
    // Our own, translated words for the codes we know; the server's (English) message for
    // others; words for the status code when there is neither.
    failure.message = messageFor(failure.code);
    if (failure.message.isEmpty())
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

QString ApiFailure::messageFor(const QString &code)
{
    if (code == u"invalid_credentials"_s)
        return tr("The user name or password is wrong.");
    if (code == u"too_many_attempts"_s)
        return tr("Too many failed sign-ins. Please wait a few minutes before trying again.");
    if (code == u"unauthenticated"_s)
        return tr("Your session has ended. Please sign in again.");
    if (code == u"forbidden"_s)
        return tr("Your role does not allow this.");
    if (code == u"not_found"_s)
        return tr("This item no longer exists.");
    if (code == u"validation_failed"_s)
        return tr("Some fields are missing or invalid.");
    if (code == u"body_too_large"_s)
        return tr("What you sent is too large for the server.");
    if (code == u"attachment_too_large"_s)
        return tr("The file is larger than the server accepts.");
    if (code == u"internal_error"_s)
        return tr("The server could not complete the request. Nothing was changed; try again later.");
    return {};
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
