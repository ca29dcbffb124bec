// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <utility>

namespace Helpline::Test {

struct HttpResponse
{
    int status = 0; // 0: no HTTP response at all
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    QJsonObject json() const;                     // fails the test unless the body is a JSON object
};

// Real HTTP to a server on loopback, one request at a time: each call returns once the reply
// has finished (waiting with QSignalSpy), or fails the test after a timeout.
// Paths are relative to the API base path /api/v1 unless they start with "//" (server root).
class HttpClient
{
public:
    explicit HttpClient(quint16 port);

    HttpResponse get(const QString &path, const QString &token = {}, const QUrlQuery &query = {});
    HttpResponse post(const QString &path, const QJsonObject &body, const QString &token = {});
    // GET with this exact Authorization header.
    HttpResponse getWithAuthorization(const QString &path, const QByteArray &authorization);
    HttpResponse send(const QByteArray &verb, const QString &path, const QByteArray &body,
                      const QByteArray &contentType, const QString &token = {},
                      const QUrlQuery &query = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // POST with an Idempotency-Key header.
    HttpResponse postIdempotent(const QString &path, const QJsonObject &body, const QString &token,
                                const QByteArray &key);

private:
    HttpResponse finish(QNetworkReply *reply, const QByteArray &verb);
    QUrl url(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager m_network;
    quint16 m_port;
};

} // namespace Helpline::Test
