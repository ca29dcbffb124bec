// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"

#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

namespace Helpline {

// Speaks the Helpline REST API (base path /api/v1) for the signed-in session.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);

    void setServer(const QUrl &server); // e.g. http://127.0.0.1:8470
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    // With an idempotency key, sending the same request again (after a lost answer, say)
    // never creates a second resource.
    ApiCall *post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey = {});
    // Sends a body that is not JSON (a CSV file, say) as it is, with its media type.
    ApiCall *postData(const QString &path, const QUrlQuery &query, const QByteArray &body,
                      const QString &contentType);
    // Changes a resource the caller holds at `version` (sent as If-Match). A stale version
    // fails with 412, and the failure's body["current"] is the resource as it is now.
    ApiCall *patch(const QString &path, const QJsonObject &body, int version);
    // PUT with If-Match: replaces a sub-resource (a group's members) at a known version.
    ApiCall *put(const QString &path, const QJsonObject &body, int version);
    // Sends `bytes` as they are (a file upload); the answer is JSON like any other. Its
    // progress() reports the bytes sent.
    ApiCall *postBytes(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
                       const QByteArray &idempotencyKey = {});
    // Asks for bytes rather than JSON (a download): read them with ApiCall::thenRaw.
    ApiCall *getBytes(const QString &path);
    // Deletes a resource; success is 204 with no body.
    ApiCall *remove(const QString &path);
    // A POST that acts on a resource the caller holds at `version` (a merge): If-Match is sent,
    // and a stale version fails with 412 like patch().
    ApiCall *postAtVersion(const QString &path, const QJsonObject &body, int version,
                           const QByteArray &idempotencyKey = {});

    static constexpr int timeoutMs = 15000;

Q_SIGNALS:
    // A request made with a token was refused with 401: the session is over.
    void sessionRejected();

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    ApiCall *track(QNetworkReply *reply);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
};

} // namespace Helpline
