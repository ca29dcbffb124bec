// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

namespace Helpline {

using namespace Qt::StringLiterals;

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    // Never follow a redirect to another origin: it would carry the bearer token away.
    m_network.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network.setTransferTimeout(timeoutMs);
}

void ApiClient::setServer(const QUrl &server)
{
    m_server = server.adjusted(QUrl::StripTrailingSlash);
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server;
    url.setPath(m_server.path() + u"/api/v1"_s + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"Helpline/%1"_s.arg(QCoreApplication::applicationVersion()));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return request;
}

ApiCall *ApiClient::track(QNetworkReply *reply)
{
    auto *call = new ApiCall(reply, this);
    const bool hadToken = hasToken();
    connect(reply, &QNetworkReply::finished, this, [this, reply, hadToken] {
        if (hadToken && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401)
            Q_EMIT sessionRejected();
    });
    return call;
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return track(m_network.get(request(path, query)));
}

ApiCall *ApiClient::patch(const QString &path, const QJsonObject &body, int version)
{
    QNetworkRequest req = request(path, {});
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setRawHeader("If-Match", '"' + QByteArray::number(version) + '"');
    return track(m_network.sendCustomRequest(req, "PATCH", QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiCall *ApiClient::put(const QString &path, const QJsonObject &body, int version)
{
    QNetworkRequest req = request(path, {});
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setRawHeader("If-Match", '"' + QByteArray::number(version) + '"');
    return track(m_network.put(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiCall *ApiClient::remove(const QString &path)
{
    return track(m_network.deleteResource(request(path, {})));
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    QNetworkRequest req = request(path, {});
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", idempotencyKey);
    return track(m_network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiCall *ApiClient::postData(const QString &path, const QUrlQuery &query, const QByteArray &body,
                             const QString &contentType)
{
    QNetworkRequest req = request(path, query);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return track(m_network.post(req, body));
}

ApiCall *ApiClient::postBytes(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
                              const QByteArray &idempotencyKey)
{
    QNetworkRequest req = request(path, query);
    // The server finds the type in the bytes; it trusts no label.
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    if (!idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", idempotencyKey);
    return track(m_network.post(req, bytes));
}

ApiCall *ApiClient::getBytes(const QString &path)
{
    QNetworkRequest req = request(path, {});
    req.setRawHeader("Accept", "*/*");
    return track(m_network.get(req));
}

ApiCall *ApiClient::postAtVersion(const QString &path, const QJsonObject &body, int version,
                                  const QByteArray &idempotencyKey)
{
    QNetworkRequest req = request(path, {});
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setRawHeader("If-Match", '"' + QByteArray::number(version) + '"');
    if (!idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", idempotencyKey);
    return track(m_network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

} // namespace Helpline
