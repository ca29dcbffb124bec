// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "TicketClassification.h"

#include <QHttpServerResponse>
#include <optional>

namespace Helpline {

struct ServerContext;

// An entry of the catalog as a response: its JSON, its version as the ETag, and where it
// lives when created (`path` relative to the base path, e.g. "/groups/3").
QHttpServerResponse catalogResponse(const QJsonObject &json, int version, const QString &path,
                                    QHttpServerResponse::StatusCode status);

// The groups and categories as they are now.
Catalog currentCatalog(const ServerContext &context);

// 422 with "group" / "category" / "subcategory" unless the names are allowed by the catalog
// (checkTicketClassification). `before` is the ticket as it was, for a change.
void checkClassification(const ServerContext &context, const std::optional<TicketClassification> &before,
                         const TicketClassification &after);

} // namespace Helpline
