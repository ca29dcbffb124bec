// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupController.h"

#include "ApiError.h"
#include "AssignmentGroupRepository.h"
#include "Authenticator.h"
#include "CatalogHttp.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "IfMatch.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "StoreError.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

QString groupPath(qint64 id)
{
    return u"/groups/%1"_s.arg(id);
}

// Names are unique ignoring case: "network" and "Network" would split one queue in two.
void requireFreeName(const AssignmentGroupRepository &groups, const QString &name, qint64 self)
{
    for (const AssignmentGroup &other : groups.list()) {
        if (other.id != self && other.name.compare(name, Qt::CaseInsensitive) == 0)
            throw ApiError::validation({{u"name"_s, u"taken"_s}});
    }
}

// {"user_ids": [...]}: each an active user whose role works tickets, listed once.
QList<qint64> readMembers(const ServerContext &context, const QJsonObject &body)
{
    FieldErrors errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"user_ids"_s)
            errors.insert(it.key(), u"unknown_field"_s);
    }
    const QJsonValue value = body.value(u"user_ids"_s);
    if (!value.isArray())
        errors.insert(u"user_ids"_s, value.isUndefined() ? u"required"_s : u"must_be_list"_s);
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
    QList<qint64> ids;
    UserRepository users(context.database);
    for (const QJsonValue &item : value.toArray()) {
        const double number = item.toDouble(-1);
        if (!item.isDouble() || number < 1 || number > 9e15 || number != static_cast<qint64>(number))
            throw ApiError::validation({{u"user_ids"_s, u"invalid"_s}});
        const qint64 id = static_cast<qint64>(number);
        const auto user = users.find(id);
        if (!user || !user->active || !roleHas(user->role, Permission::WriteTickets))
            throw ApiError::validation({{u"user_ids"_s, u"not_an_analyst"_s}});
        if (!ids.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

void GroupController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Get, u"/groups"_s, [this](const QHttpServerRequest &r) { return list(r); });
    routes.add(Method::Post, u"/groups"_s, [this](const QHttpServerRequest &r) { return create(r); });
    routes.addWithId(Method::Patch, u"/groups/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return patch(id, r); });
    routes.addWithId(Method::Put, u"/groups/{id}/members"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return setMembers(id, r); });
}

QHttpServerResponse GroupController::list(const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        QJsonArray items;
        for (const AssignmentGroup &group : AssignmentGroupRepository(m_context.database).list())
            items.append(group.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse GroupController::create(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageCatalog);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            FieldErrors errors;
            const auto change = CatalogEntryChange::parse(body, CatalogEntryChange::Fields::Group, true, errors);
            if (!change)
                throw ApiError::validation(errors);
            AssignmentGroup group;
            group.name = *change->name;
            group.description = change->description.value_or(QString());
            group.active = change->active.value_or(true);
            AssignmentGroupRepository groups(m_context.database);
            Transaction transaction(m_context.database);
            requireFreeName(groups, group.name, 0);
            AssignmentGroup created;
            try {
                created = groups.create(group, user.id);
            } catch (const StoreConflict &) { // another request took the name in between
                throw ApiError::validation({{u"name"_s, u"taken"_s}});
            }
            transaction.commit();
            return catalogResponse(created.toJson(), created.version, groupPath(created.id),
                                   QHttpServerResponse::StatusCode::Created);
        });
    });
}

QHttpServerResponse GroupController::patch(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageCatalog);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        const int expected = requiredIfMatchVersion(request);
        AssignmentGroupRepository groups(m_context.database);
        Transaction transaction(m_context.database);
        const auto current = groups.find(id);
        if (!current)
            throw ApiError::notFound(u"Group %1"_s.arg(id));
        if (current->version != expected)
            throw ApiError::staleVersion(current->toJson(), current->version);
        FieldErrors errors;
        const auto change = CatalogEntryChange::parse(body, CatalogEntryChange::Fields::Group, false, errors);
        if (!change)
            throw ApiError::validation(errors);
        AssignmentGroup changed = *current;
        changed.name = change->name.value_or(current->name);
        changed.description = change->description.value_or(current->description);
        changed.active = change->active.value_or(current->active);
        requireFreeName(groups, changed.name, id);
        std::optional<AssignmentGroup> stored;
        try {
            stored = groups.update(*current, changed, user.id);
        } catch (const StoreConflict &) {
            throw ApiError::validation({{u"name"_s, u"taken"_s}});
        }
        if (!stored) {
            const auto now = groups.find(id);
            throw ApiError::staleVersion(now ? now->toJson() : QJsonObject(), now ? now->version : 0);
        }
        transaction.commit();
        return catalogResponse(stored->toJson(), stored->version, groupPath(id), QHttpServerResponse::StatusCode::Ok);
    });
}

QHttpServerResponse GroupController::setMembers(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageCatalog);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        const int expected = requiredIfMatchVersion(request);
        AssignmentGroupRepository groups(m_context.database);
        Transaction transaction(m_context.database);
        const auto current = groups.find(id);
        if (!current)
            throw ApiError::notFound(u"Group %1"_s.arg(id));
        if (current->version != expected)
            throw ApiError::staleVersion(current->toJson(), current->version);
        const QList<qint64> members = readMembers(m_context, body);
        const auto stored = groups.setMembers(*current, members, user.id);
        if (!stored) {
            const auto now = groups.find(id);
            throw ApiError::staleVersion(now ? now->toJson() : QJsonObject(), now ? now->version : 0);
        }
        transaction.commit();
        return catalogResponse(stored->toJson(), stored->version, groupPath(id), QHttpServerResponse::StatusCode::Ok);
    });
}

} // namespace Helpline
