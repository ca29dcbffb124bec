// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class QHttpServerRequest;

namespace Helpline {

// The JSON object a request carries. Throws ApiError: 413 past the size limit, 415 for
// another content type, 400 for text that is not a JSON object.
QJsonObject jsonBody(const QHttpServerRequest &request, qsizetype maxBytes);

} // namespace Helpline
