// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Helpline {

// Slows password guessing: after `maxFailures` failed logins for one user name from one
// address within `window`, further attempts are refused until the oldest failure ages out.
// Kept in memory: behind several servers the limit applies per server, and nginx adds a
// per-address rate limit in front of them all.
class LoginThrottle
{
public:
    explicit LoginThrottle(int maxFailures = 5, std::chrono::seconds window = std::chrono::minutes(5));

    // Seconds to wait before the next attempt is allowed; 0 when it is allowed now.
    int secondsUntilAllowed(const QString &username, const QString &address) const;
    void recordFailure(const QString &username, const QString &address);
    void recordSuccess(const QString &username, const QString &address);

private:
    QString key(const QString &username, const QString &address) const;
    void prune(QList<QDateTime> &failures) const;

    int m_maxFailures;
    std::chrono::seconds m_window;
    mutable QHash<QString, QList<QDateTime>> m_failures;
};

} // namespace Helpline
