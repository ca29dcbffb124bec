// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace Helpline {

// Answers come on the next turn of the event loop, as a keychain's would.
void MemorySecretStore::read(const QString &key, const QObject *context, ReadDone done)
{
    const auto it = m_secrets.constFind(key);
    const std::optional<QString> secret = it == m_secrets.cend() ? std::nullopt : std::optional(*it);
    QTimer::singleShot(0, context, [secret, done = std::move(done)] { done(secret, {}); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, const QObject *context, WriteDone done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(true, {}); });
}

void MemorySecretStore::remove(const QString &key, const QObject *context, WriteDone done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(true, {}); });
}

} // namespace Helpline
