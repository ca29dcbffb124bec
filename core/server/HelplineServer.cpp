// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelplineServer.h"

#include "ApiError.h"
#include "Guarded.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QTcpServer>

Q_LOGGING_CATEGORY(lcHelplineServer, "helpline.server", QtInfoMsg)

// The OpenAPI document is compiled into this static library; a static library's resources
// are only linked in when something refers to them (Q_INIT_RESOURCE must be called outside
// any namespace).
static void initApiResources()
{
    Q_INIT_RESOURCE(openapi);
}

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {
void addCommonHeaders(QHttpHeaders &headers)
{
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::XContentTypeOptions, "nosniff");
}
} // namespace

HelplineServer::HelplineServer(Database &database, ServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_context{database, settings, PasswordHasher(settings.passwordCost), LoginThrottle(), PriorityMatrix()}
    , m_routes(m_http, this)
    , m_auth(m_context)
    , m_tickets(m_context)
    , m_bulk(m_context)
    , m_views(m_context)
    , m_comments(m_context)
    , m_escalations(m_context)
    , m_people(m_context)
    , m_surveys(m_context)
    , m_attachments(m_context)
    , m_macros(m_context)
    , m_timeEntries(m_context)
    , m_links(m_context)
    , m_users(m_context)
    , m_watchers(m_context)
    , m_assets(m_context)
    , m_locations(m_context)
    , m_ticketAssets(m_context)
    , m_groups(m_context)
    , m_categories(m_context)
{
    initApiResources();
    registerRoutes();
}

HelplineServer::~HelplineServer() = default;

void HelplineServer::registerRoutes()
{
    m_auth.registerRoutes(m_routes);
    m_tickets.registerRoutes(m_routes);
    m_bulk.registerRoutes(m_routes);
    m_views.registerRoutes(m_routes);
    m_comments.registerRoutes(m_routes);
    m_escalations.registerRoutes(m_routes);
    m_people.registerRoutes(m_routes);
    m_surveys.registerRoutes(m_routes);
    m_attachments.registerRoutes(m_routes);
    m_macros.registerRoutes(m_routes);
    m_timeEntries.registerRoutes(m_routes);
    m_links.registerRoutes(m_routes);
    m_users.registerRoutes(m_routes);
    m_watchers.registerRoutes(m_routes);
    m_assets.registerRoutes(m_routes);
    m_locations.registerRoutes(m_routes);
    m_ticketAssets.registerRoutes(m_routes);
    m_groups.registerRoutes(m_routes);
    m_categories.registerRoutes(m_routes);
    m_routes.add(Method::Get, u"/health"_s, [](const QHttpServerRequest &) {
        const QJsonObject body{{u"status"_s, u"ok"_s},
                               {u"api_version"_s, apiVersion()},
                               {u"server_version"_s, QCoreApplication::applicationVersion()}};
        return QHttpServerResponse(body);
    });
    m_routes.add(Method::Get, u"/openapi.json"_s, [](const QHttpServerRequest &) {
        QFile file(u":/helpline/api/openapi.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return ApiError::internal().toResponse();
        return QHttpServerResponse("application/json", file.readAll());
    });

    m_http.addAfterRequestHandler(this, [](const QHttpServerRequest &request, QHttpServerResponse &response) {
        QHttpHeaders headers = response.headers();
        addCommonHeaders(headers);
        response.setHeaders(std::move(headers));
        qCDebug(lcHelplineServer).noquote() << RouteTable::methodName(request.method()) << request.url().path()
                                            << static_cast<int>(response.statusCode());
    });

    m_http.setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        const QList<Method> allowed = m_routes.methodsFor(request.url().path());
        // A path whose method is allowed but which still found no route (an id too large for
        // a number, say) names nothing: 404.
        const bool noSuchResource = allowed.isEmpty() || allowed.contains(request.method());
        ApiError error = noSuchResource
            ? ApiError::notFound()
            : ApiError(ApiError::Kind::MethodNotAllowed, u"method_not_allowed"_s,
                       u"This resource does not accept that method."_s);
        QHttpServerResponse response = error.toResponse();
        QHttpHeaders headers = response.headers();
        addCommonHeaders(headers);
        if (!noSuchResource) {
            QByteArrayList names;
            for (Method method : allowed)
                names << RouteTable::methodName(method);
            headers.append(QHttpHeaders::WellKnownHeader::Allow, names.join(", "));
        }
        response.setHeaders(std::move(headers));
        responder.sendResponse(response);
    });
}

bool HelplineServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto tcp = std::make_unique<QTcpServer>(this);
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tcp->errorString();
        return false;
    }
    if (!m_http.bind(tcp.get())) {
        if (error)
            *error = u"the HTTP server could not take the socket"_s;
        return false;
    }
    m_tcp = tcp.release();
    return true;
}

quint16 HelplineServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

} // namespace Helpline
