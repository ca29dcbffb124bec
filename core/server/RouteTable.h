// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QList>
#include <QRegularExpression>
#include <functional>

namespace Helpline {

// Registers routes under /api/v1 and remembers them, so that a known path with the wrong
// method gets 405 rather than 404, and tests can check every route is in the OpenAPI file.
class RouteTable
{
public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
    using IdHandler = std::function<QHttpServerResponse(qint64, const QHttpServerRequest &)>;
    using TokenHandler = std::function<QHttpServerResponse(const QString &, const QHttpServerRequest &)>;
    using TwoIdHandler = std::function<QHttpServerResponse(qint64, qint64, const QHttpServerRequest &)>;

    static constexpr QLatin1StringView basePath{"/api/v1"};

    RouteTable(QHttpServer &server, QObject *context) : m_server(server), m_context(context) {}

    // `path` is relative to the base path, in OpenAPI form: "/tickets".
    void add(QHttpServerRequest::Method method, const QString &path, Handler handler);
    // `path` holds one "{id}": a number, or the route does not match.
    void addWithId(QHttpServerRequest::Method method, const QString &path, IdHandler handler);
    // `path` holds one "{token}": URL-safe base64 characters, or the route does not match.
    void addWithToken(QHttpServerRequest::Method method, const QString &path, TokenHandler handler);
    // `path` holds "{id}" and one more "{name}" after it ("/tickets/{id}/links/{linkId}"),
    // both numbers.
    void addWithTwoIds(QHttpServerRequest::Method method, const QString &path, TwoIdHandler handler);

    struct Route
    {
        QHttpServerRequest::Method method;
        QString path; // OpenAPI form, relative to the base path
        QRegularExpression pattern;
    };
    const QList<Route> &routes() const { return m_routes; }

    // The methods allowed on a full request path; empty when no route has that path.
    QList<QHttpServerRequest::Method> methodsFor(const QString &fullPath) const;
    static QByteArray methodName(QHttpServerRequest::Method method);

private:
    void remember(QHttpServerRequest::Method method, const QString &path);

    QHttpServer &m_server;
    QObject *m_context;
    QList<Route> m_routes;
};

} // namespace Helpline
