// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "SecretStore.h"

namespace Helpline {

using namespace Qt::StringLiterals;

Session::Session(SecretStore *keychain, ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_settings(settings)
    , m_api(this)
{
    connect(&m_api, &ApiClient::sessionRejected, this, [this] {
        if (!m_user)
            return;
        forget(secretKey());
        m_user.reset();
        m_api.setToken({});
        Q_EMIT signedOut(tr("Your session has ended. Please sign in again."));
    });
}

QString Session::secretKey() const
{
    return SecretStore::tokenKey(m_api.server().toString(), m_settings.username());
}

void Session::signIn(const QUrl &server, const QString &username, const QString &password, bool remember)
{
    m_api.setToken({});
    m_api.setServer(server);
    const QJsonObject body{{u"username"_s, username}, {u"password"_s, password}};
    m_api.post(u"/auth/login"_s, body)
        ->then(
            this,
            [this, server, username, remember](const QJsonObject &json, int) {
                const QString token = json.value(u"token"_s).toString();
                const auto user = User::fromJson(json.value(u"user"_s).toObject());
                if (token.isEmpty() || !user) {
                    Q_EMIT signInFailed(ApiFailure::badResponse());
                    return;
                }
                m_settings.setServer(server);
                m_settings.setUsername(username);
                m_settings.setRememberSession(remember);
                m_api.setToken(token);
                m_user = user;
                m_sessionOnly = !remember;
                const QString key = secretKey();
                if (remember) {
                    m_keychain->write(key, token, this, [this, key, token](bool ok, const QString &error) {
                        if (ok)
                            return;
                        m_sessionOnly = true;
                        m_memory.write(key, token, this, [](bool, const QString &) {});
                        Q_EMIT keychainUnavailable(error);
                    });
                } else {
                    // Not remembering now also means forgetting what an earlier sign-in kept.
                    m_keychain->remove(key, this, [](bool, const QString &) {});
                }
                Q_EMIT signedIn(*m_user);
            },
            [this](const ApiFailure &failure) { Q_EMIT signInFailed(failure); });
}

void Session::restore()
{
    if (!m_settings.rememberSession() || m_settings.username().isEmpty()) {
        Q_EMIT restoreFailed({});
        return;
    }
    m_api.setServer(m_settings.server());
    const QString key = secretKey();
    m_keychain->read(key, this, [this, key](std::optional<QString> token, const QString &error) {
        if (!token) {
            Q_EMIT restoreFailed(error.isEmpty() ? QString()
                                                 : tr("The system keychain could not be read: %1").arg(error));
            return;
        }
        fetchMe(*token, key);
    });
}

void Session::fetchMe(const QString &token, const QString &key)
{
    m_api.setToken(token);
    m_api.get(u"/me"_s)->then(
        this,
        [this](const QJsonObject &json, int) {
            m_user = User::fromJson(json);
            if (!m_user) {
                m_api.setToken({});
                Q_EMIT restoreFailed(ApiFailure::badResponse().message);
                return;
            }
            m_sessionOnly = false;
            Q_EMIT signedIn(*m_user);
        },
        [this, key](const ApiFailure &failure) {
            m_api.setToken({});
            if (failure.httpStatus == 401) {
                forget(key);
                Q_EMIT restoreFailed(tr("Your saved session has expired. Please sign in again."));
            } else {
                Q_EMIT restoreFailed(failure.message);
            }
        });
}

void Session::forget(const QString &key)
{
    m_keychain->remove(key, this, [](bool, const QString &) {});
    m_memory.remove(key, this, [](bool, const QString &) {});
}

void Session::signOut()
{
    if (m_api.hasToken()) {
        // Best effort: the server forgets the token; locally it is gone either way.
        m_api.post(u"/auth/logout"_s, {});
    }
    forget(secretKey());
    m_api.setToken({});
    m_user.reset();
    Q_EMIT signedOut({});
}

} // namespace Helpline
