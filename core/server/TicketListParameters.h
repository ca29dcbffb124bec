// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketQuery.h"

#include <QUrlQuery>

namespace Helpline {

// Reads GET /tickets query parameters into a TicketQuery. Unknown parameters and bad values
// throw ApiError 400 naming each offending parameter. `me` is the caller, for assignee=me.
TicketQuery parseTicketListParameters(const QUrlQuery &parameters, qint64 me);

} // namespace Helpline
