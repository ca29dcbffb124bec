// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerContext.h"

#include <QHttpServerResponse>
#include <chrono>
#include <functional>

class QHttpServerRequest;

namespace Helpline {

// Makes a POST safe to send twice. With an Idempotency-Key header, the first request runs
// and its successful answer is kept (24 hours) in the same transaction as what it created;
// a repeat with the same key and body gets that answer again and creates nothing, the same
// key with another body gets 422, and a repeat while the first is still running gets 409.
// Without the header the request simply runs.
class IdempotentPost
{
public:
    static constexpr std::chrono::hours retention{24};
    // A key still "in flight" after this long belongs to a request that died: it may be retried.
    static constexpr std::chrono::seconds abandonedAfter{60};

    explicit IdempotentPost(ServerContext &context) : m_context(context) {}

    // `handler` must answer as the route would; it runs inside the key's transaction.
    QHttpServerResponse run(const QHttpServerRequest &request, qint64 userId,
                            const std::function<QHttpServerResponse()> &handler);

private:
    ServerContext &m_context;
};

} // namespace Helpline
