// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssetController.h"
#include "AttachmentController.h"
#include "AuthController.h"
#include "CategoryController.h"
#include "GroupController.h"
#include "CommentController.h"
#include "EscalationController.h"
#include "PeopleController.h"
#include "SurveyController.h"
#include "MacroController.h"
#include "LinkController.h"
#include "LocationController.h"
#include "RouteTable.h"
#include "ServerContext.h"
#include "TicketBulkController.h"
#include "TicketAssetController.h"
#include "TicketController.h"
#include "TimeEntryController.h"
#include "UserController.h"
#include "ViewController.h"
#include "WatcherController.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

class QTcpServer;

namespace Helpline {

// The REST server over an open Database. Tests start it in-process on port 0.
class HelplineServer : public QObject
{
    Q_OBJECT
public:
    HelplineServer(Database &database, ServerSettings settings, QObject *parent = nullptr);
    ~HelplineServer() override;

    // Starts listening; port 0 picks a free one. On failure, `error` says why.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    quint16 port() const;
    const RouteTable &routes() const { return m_routes; }

    static QString apiVersion() { return QStringLiteral("1.0"); }

private:
    void registerRoutes();

    ServerContext m_context;
    QHttpServer m_http;
    RouteTable m_routes;
    AuthController m_auth;
    TicketController m_tickets;
    TicketBulkController m_bulk;
    ViewController m_views;
    CommentController m_comments;
    EscalationController m_escalations;
    PeopleController m_people;
    SurveyController m_surveys;
    AttachmentController m_attachments;
    MacroController m_macros;
    TimeEntryController m_timeEntries;
    LinkController m_links;
    UserController m_users;
    WatcherController m_watchers;
    AssetController m_assets;
    LocationController m_locations;
    TicketAssetController m_ticketAssets;
    GroupController m_groups;
    CategoryController m_categories;
    QTcpServer *m_tcp = nullptr;
};

} // namespace Helpline
