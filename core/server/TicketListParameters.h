// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketQuery.h"

#include "FieldErrors.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Helpline {

// Reads GET /tickets query parameters into a TicketQuery. Unknown parameters and bad values
// throw ApiError 400 naming each offending parameter. `me` is the caller, for assignee=me.
// group=mine means the groups the caller works in; watcher=me the tickets the caller watches.
TicketQuery parseTicketListParameters(const QUrlQuery &parameters, qint64 me);
// The same, collecting the problems in `errors` instead of throwing.
TicketQuery readTicketListParameters(const QUrlQuery &parameters, qint64 me, FieldErrors &errors);

// A saved view's filters ({"status":"new,pending"}) as list parameters.
QUrlQuery viewFilterParameters(const QJsonObject &filters);
// What is wrong with a view's filters and sort, by GET /tickets' own rules: "filters.status",
// "sort", … → "invalid" / "unknown_parameter". Empty when the view can be listed.
FieldErrors checkViewDefinition(const QJsonObject &filters, const QString &sort);

} // namespace Helpline
