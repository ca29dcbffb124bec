// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

namespace Helpline {

// Secrets in the OS keychain (Secret Service, Windows Credential Manager, macOS Keychain)
// through QtKeychain. Never falls back to a file.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    void read(const QString &key, const QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, const QObject *context, WriteDone done) override;
    void remove(const QString &key, const QObject *context, WriteDone done) override;
    bool persists() const override { return true; }

private:
    QString m_service;
};

} // namespace Helpline
