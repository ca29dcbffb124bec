// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonBody.h"

#include "ApiError.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace Helpline {

using namespace Qt::StringLiterals;

QByteArray limitedBody(const QHttpServerRequest &request, qsizetype maxBytes)
{
    QByteArray body = request.body();
    if (body.size() > maxBytes) {
        throw ApiError(ApiError::Kind::BodyTooLarge, u"body_too_large"_s,
                       u"The request body is larger than %1 bytes."_s.arg(maxBytes));
    }
    return body;
}

QByteArray mediaTypeOf(const QHttpServerRequest &request)
{
    return request.headers()
        .value(QHttpHeaders::WellKnownHeader::ContentType)
        .toByteArray()
        .split(';')
        .constFirst()
        .trimmed()
        .toLower();
}

QJsonObject jsonBody(const QHttpServerRequest &request, qsizetype maxBytes)
{
    const QByteArray body = limitedBody(request, maxBytes);
    if (mediaTypeOf(request) != "application/json") {
        throw ApiError(ApiError::Kind::UnsupportedMedia, u"unsupported_media_type"_s,
                       u"Send the body as application/json."_s);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::malformed(u"The body is not valid JSON (at byte %1: %2)."_s.arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        throw ApiError::malformed(u"The body must be a JSON object."_s);
    return doc.object();
}

} // namespace Helpline
