// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace Helpline::Test {

using namespace Qt::StringLiterals;

namespace {
constexpr int replyTimeoutMs = 30'000;
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResponse::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
             qPrintable(u"HTTP %1 body is not a JSON object (%2): %3"_s.arg(status).arg(error.errorString(),
                                                                                   QString::fromUtf8(body.left(500)))));
    return doc.object();
}

HttpClient::HttpClient(quint16 port)
    : m_port(port)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl HttpClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(path.startsWith(u"//"_s) ? path.mid(1) : u"/api/v1"_s + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpResponse HttpClient::get(const QString &path, const QString &token, const QUrlQuery &query)
{
    return send("GET", path, {}, {}, token, query);
}

HttpResponse HttpClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token);
}

HttpResponse HttpClient::postIdempotent(const QString &path, const QJsonObject &body, const QString &token,
                                        const QByteArray &key)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token, {},
                {{"Idempotency-Key", key}});
}

HttpResponse HttpClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                              const QByteArray &contentType, const QString &token, const QUrlQuery &query,
                              const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(path, query));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());

    return finish(body.isNull() && verb == "GET" ? m_network.get(request)
                                                 : m_network.sendCustomRequest(request, verb, body),
                  verb);
}

HttpResponse HttpClient::getWithAuthorization(const QString &path, const QByteArray &authorization)
{
    QNetworkRequest request(url(path, {}));
    request.setRawHeader("Authorization", authorization);
    return finish(m_network.get(request), "GET");
}

HttpResponse HttpClient::finish(QNetworkReply *rawReply, const QByteArray &verb)
{
    const std::unique_ptr<QNetworkReply> reply(rawReply);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        QVERIFY2(finished.wait(replyTimeoutMs),
                 qPrintable(u"no reply to %1 %2 within %3 ms"_s.arg(QString::fromLatin1(verb),
                                                                   reply->url().toString())
                                .arg(replyTimeoutMs)));

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    QVERIFY2(response.status != 0,
             qPrintable(u"%1 %2 got no HTTP response: %3"_s.arg(QString::fromLatin1(verb),
                                                               reply->url().toString(), reply->errorString())));
    return response;
}

} // namespace Helpline::Test
