// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

class QHttpServerRequest;
class QHttpServerResponse;

namespace Helpline {

class RouteTable;

// CSAT. GET /survey/{token} serves the requester a small HTML form (a score of 1-5 and a
// comment) and POST /survey/{token} stores the answer, once. No sign-in: the token is the
// requester's only key, and it opens nothing but this one survey. GET /tickets/{id}/survey
// tells analysts the link to send and what came back.
class SurveyController
{
public:
    explicit SurveyController(ServerContext &context) : m_context(context) {}
    void registerRoutes(RouteTable &routes);

    QHttpServerResponse form(const QString &token, const QHttpServerRequest &request);
    QHttpServerResponse answer(const QString &token, const QHttpServerRequest &request);
    QHttpServerResponse forTicket(qint64 ticketId, const QHttpServerRequest &request);

private:
    ServerContext &m_context;
};

} // namespace Helpline
