// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "RouteTable.h"
#include "UserGroupRepository.h"
#include "UserRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

void UserController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Get, u"/users"_s, [this](const QHttpServerRequest &r) { return list(r); });
}

QHttpServerResponse UserController::list(const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        FieldErrors errors;
        for (const auto &[name, value] : request.query().queryItems(QUrl::FullyDecoded))
            errors.insert(name, u"unknown_parameter"_s);
        if (!errors.isEmpty())
            throw ApiError::malformed(u"Some query parameters are unknown or invalid."_s, errors);

        const QHash<qint64, QStringList> groups = UserGroupRepository(m_context.database).allMemberships();
        QJsonArray items;
        for (const User &user : UserRepository(m_context.database).listActive()) {
            QJsonObject json = user.toJson();
            json.insert(u"groups"_s, QJsonArray::fromStringList(groups.value(user.id)));
            items.append(json);
        }
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

} // namespace Helpline
