// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginThrottle.h"

#include "Clock.h"

namespace Helpline {

LoginThrottle::LoginThrottle(int maxFailures, std::chrono::seconds window)
    : m_maxFailures(maxFailures)
    , m_window(window)
{
}

QString LoginThrottle::key(const QString &username, const QString &address) const
{
    return username.toCaseFolded() + QLatin1Char('\n') + address;
}

void LoginThrottle::prune(QList<QDateTime> &failures) const
{
    const QDateTime horizon = Clock::current().now().addSecs(-m_window.count());
    failures.removeIf([&](const QDateTime &at) { return at <= horizon; });
}

int LoginThrottle::secondsUntilAllowed(const QString &username, const QString &address) const
{
    const auto it = m_failures.find(key(username, address));
    if (it == m_failures.end())
        return 0;
    prune(*it);
    if (it->size() < m_maxFailures)
        return 0;
    const QDateTime allowedAt = it->constFirst().addSecs(m_window.count());
    return std::max<qint64>(1, Clock::current().now().secsTo(allowedAt));
}

void LoginThrottle::recordFailure(const QString &username, const QString &address)
{
    QList<QDateTime> &failures = m_failures[key(username, address)];
    prune(failures);
    failures.append(Clock::current().now());
    // Bound memory: drop keys whose failures have all aged out.
    if (m_failures.size() > 10000) {
        m_failures.removeIf([this](QHash<QString, QList<QDateTime>>::iterator entry) {
            prune(entry.value());
            return entry.value().isEmpty();
        });
    }
}

void LoginThrottle::recordSuccess(const QString &username, const QString &address)
{
    m_failures.remove(key(username, address));
}

} // namespace Helpline
