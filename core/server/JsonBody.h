// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

class QHttpServerRequest;

namespace Helpline {

// The JSON object a request carries. Throws ApiError: 413 past the size limit, 415 for
// another content type, 400 for text that is not a JSON object.
QJsonObject jsonBody(const QHttpServerRequest &request, qsizetype maxBytes);

// The request's body, or 413 past `maxBytes`.
QByteArray limitedBody(const QHttpServerRequest &request, qsizetype maxBytes);
// The media type of the body without its parameters, lower-cased: "text/csv".
QByteArray mediaTypeOf(const QHttpServerRequest &request);

} // namespace Helpline
