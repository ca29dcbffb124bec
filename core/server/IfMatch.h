// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHttpServerRequest;

namespace Helpline {

// The version an If-Match header asks for: "3", W/"3" or 3. Throws ApiError 428 without one
// and 400 for one that is not a version.
int requiredVersion(const QHttpServerRequest &request);

} // namespace Helpline
