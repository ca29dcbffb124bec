// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Helpline {

// Remembers what a POST with an Idempotency-Key answered, so a repeat gets the same answer
// instead of a second resource.
class IdempotencyRepository
{
public:
    explicit IdempotencyRepository(const Database &database) : m_db(database) {}

    struct Entry
    {
        QString requestHash;
        bool inFlight = true;
        int status = 0;
        QString contentType;
        QJsonObject headers; // header name -> value, the ones worth replaying
        QByteArray body;
        QDateTime createdAt;
    };

    // Claims the key for a new request, stamped `claimedAt`. False when the key exists
    // already (see find()).
    bool claim(qint64 userId, const QString &key, const QString &requestHash, const QDateTime &claimedAt);
    std::optional<Entry> find(qint64 userId, const QString &key) const;
    // Both act only on the claim made at `claimedAt`: a request that took over an abandoned
    // key is not undone by the slow one it replaced. complete() returns false if the claim
    // is no longer ours.
    bool complete(qint64 userId, const QString &key, const QDateTime &claimedAt, const Entry &response);
    void release(qint64 userId, const QString &key, const QDateTime &claimedAt);
    int removeOlderThan(const QDateTime &cutoff);

private:
    const Database &m_db;
};

} // namespace Helpline
