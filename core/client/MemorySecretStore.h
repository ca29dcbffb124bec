// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QHash>

namespace Helpline {

// Keeps secrets for this run only: used when there is no keychain, so a sign-in lasts
// until the application quits and nothing is written anywhere.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, const QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, const QObject *context, WriteDone done) override;
    void remove(const QString &key, const QObject *context, WriteDone done) override;
    bool persists() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Helpline
