// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteTable.h"

namespace Helpline {

using namespace Qt::StringLiterals;

void RouteTable::remember(QHttpServerRequest::Method method, const QString &path)
{
    QString regex = QRegularExpression::escape(basePath + path);
    // Only digits can be an id: "/tickets/abc" is no resource at all (404), not a known one
    // asked with the wrong method (405).
    regex.replace(QRegularExpression::escape(u"{id}"_s), u"[0-9]+"_s);
    regex.replace(QRegularExpression::escape(u"{token}"_s), u"[A-Za-z0-9_-]+"_s);
    static const QRegularExpression placeholder(uR"(\\\{[A-Za-z]+\\\})"_s);
    regex.replace(placeholder, u"[0-9]+"_s);
    m_routes.append({method, path, QRegularExpression(u"^"_s + regex + u"$"_s)});
}

void RouteTable::add(QHttpServerRequest::Method method, const QString &path, Handler handler)
{
    remember(method, path);
    m_server.route(basePath + path, method, m_context,
                   [handler = std::move(handler)](const QHttpServerRequest &request) { return handler(request); });
}

void RouteTable::addWithId(QHttpServerRequest::Method method, const QString &path, IdHandler handler)
{
    Q_ASSERT(path.count(u"{id}"_s) == 1);
    remember(method, path);
    QString pattern = basePath + path;
    pattern.replace(u"{id}"_s, u"<arg>"_s);
    m_server.route(pattern, method, m_context,
                   [handler = std::move(handler)](qint64 id, const QHttpServerRequest &request) {
                       return handler(id, request);
                   });
}

void RouteTable::addWithToken(QHttpServerRequest::Method method, const QString &path, TokenHandler handler)
{
    Q_ASSERT(path.count(u"{token}"_s) == 1);
    remember(method, path);
    QString pattern = basePath + path;
    pattern.replace(u"{token}"_s, u"<arg>"_s);
    m_server.route(pattern, method, m_context,
                   [handler = std::move(handler)](const QString &token, const QHttpServerRequest &request) {
                       static const QRegularExpression tokenPattern(u"^[A-Za-z0-9_-]{1,128}$"_s);
                       if (!tokenPattern.match(token).hasMatch())
                           return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
                       return handler(token, request);
                   });
}

void RouteTable::addWithTwoIds(QHttpServerRequest::Method method, const QString &path, TwoIdHandler handler)
{
    static const QRegularExpression second(uR"(\{[A-Za-z]+\})"_s);
    Q_ASSERT(path.count(u"{id}"_s) == 1 && path.count(second) == 2);
    remember(method, path);
    QString pattern = basePath + path;
    pattern.replace(second, u"<arg>"_s);
    m_server.route(pattern, method, m_context,
                   [handler = std::move(handler)](qint64 id, qint64 other, const QHttpServerRequest &request) {
                       return handler(id, other, request);
                   });
}

QList<QHttpServerRequest::Method> RouteTable::methodsFor(const QString &fullPath) const
{
    QList<QHttpServerRequest::Method> methods;
    for (const Route &route : m_routes) {
        if (route.pattern.match(fullPath).hasMatch())
            methods.append(route.method);
    }
    return methods;
}

QByteArray RouteTable::methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    default: return "OPTIONS";
    }
}

} // namespace Helpline
