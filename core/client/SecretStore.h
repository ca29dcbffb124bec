// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace Helpline {

// Where a session token is kept between runs. Asynchronous, because the OS keychain is: no
// nested event loops. Callbacks run only while `context` exists.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(std::optional<QString> secret, QString error)>;
    using WriteDone = std::function<void(bool ok, QString error)>;

    using QObject::QObject;

    virtual void read(const QString &key, const QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, const QObject *context, WriteDone done) = 0;
    virtual void remove(const QString &key, const QObject *context, WriteDone done) = 0;
    // True when secrets outlive the process (a keychain), false for a session-only store.
    virtual bool persists() const = 0;

    // Keys are namespaced by server and user, so two accounts never share a token.
    static QString tokenKey(const QString &server, const QString &username)
    {
        return QStringLiteral("token:%1@%2").arg(username, server);
    }
};

} // namespace Helpline
