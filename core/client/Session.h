// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "ApiFailure.h"
#include "ClientSettings.h"
#include "MemorySecretStore.h"
#include "User.h"

#include <QObject>
#include <optional>

namespace Helpline {

class SecretStore;

// The signed-in analyst: signs in, keeps the token in the keychain when asked to, restores
// it on the next start, and signs out. When the keychain refuses, the session carries on
// for this run only and says so.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(SecretStore *keychain, ClientSettings &settings, QObject *parent = nullptr);

    ApiClient &api() { return m_api; }
    const std::optional<User> &user() const { return m_user; }
    bool isSignedIn() const { return m_user.has_value(); }
    bool isSessionOnly() const { return m_sessionOnly; }

    void signIn(const QUrl &server, const QString &username, const QString &password, bool remember);
    // Uses a remembered token, if there is one; ends in signedIn or restoreFailed.
    void restore();
    void signOut();

Q_SIGNALS:
    void signedIn(const Helpline::User &user);
    void signInFailed(const Helpline::ApiFailure &failure);
    // message is empty when there simply was nothing to restore.
    void restoreFailed(const QString &message);
    void signedOut(const QString &reason);
    // The keychain could not store the token: the sign-in lasts for this run only.
    void keychainUnavailable(const QString &detail);

private:
    void fetchMe(const QString &token, const QString &secretKey);
    void forget(const QString &secretKey);
    QString secretKey() const;

    SecretStore *m_keychain;
    MemorySecretStore m_memory;
    ClientSettings &m_settings;
    ApiClient m_api;
    std::optional<User> m_user;
    bool m_sessionOnly = false;
};

} // namespace Helpline
