// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

class QHttpServerRequest;

namespace Helpline {

// The version an If-Match header asks for: "3", W/"3" or 3. Throws ApiError 400 for a header
// that is not a version.
std::optional<int> ifMatchVersion(const QHttpServerRequest &request);
// The same for a route that needs one (PATCH): throws 428 without it.
int requiredIfMatchVersion(const QHttpServerRequest &request);

} // namespace Helpline
