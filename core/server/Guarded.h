// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QHttpServerResponse>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHelplineServer)

namespace Helpline {

// Runs a route's body and turns whatever it throws into the JSON error shape: an ApiError as
// it is, anything else as a 500 whose details go to the log only (never SQL to a client).
template<typename Handler>
QHttpServerResponse guarded(Handler &&handler)
{
    try {
        return handler();
    } catch (const ApiError &error) {
        return error.toResponse();
    } catch (const std::exception &error) {
        qCWarning(lcHelplineServer, "request failed: %s", error.what());
        return ApiError::internal().toResponse();
    }
}

} // namespace Helpline
