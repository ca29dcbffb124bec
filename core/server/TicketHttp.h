// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace Helpline {

struct ServerContext;

// A ticket as a response: its full JSON, its version as the ETag, and where it lives when created.
QHttpServerResponse ticketResponse(const Ticket &ticket, QHttpServerResponse::StatusCode status);

// Fills the requester's name and email from the directory when the ticket names a person;
// 422 on requester.person_id when there is no such person.
void resolveRequester(const ServerContext &context, PersonRef &requester);

// 422 on assignee_id unless the user exists, is active and may work tickets.
void checkAssignee(const ServerContext &context, qint64 userId);

} // namespace Helpline
