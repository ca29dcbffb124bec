// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "CatalogHttp.h"
#include "CategoryRepository.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "IfMatch.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

namespace {

// Names are unique ignoring case among siblings: "Printer" and "printer" would split a report.
template<typename List>
void requireFreeName(const List &siblings, const QString &name, qint64 self)
{
    for (const auto &other : siblings) {
        if (other.id != self && other.name.compare(name, Qt::CaseInsensitive) == 0)
            throw ApiError::validation({{u"name"_s, u"taken"_s}});
    }
}

CatalogEntryChange readChange(const QJsonObject &body, bool creating)
{
    FieldErrors errors;
    auto change = CatalogEntryChange::parse(body, CatalogEntryChange::Fields::Category, creating, errors);
    if (!change)
        throw ApiError::validation(errors);
    return *change;
}

template<typename Entry>
[[noreturn]] void throwStale(const std::optional<Entry> &now)
{
    throw ApiError::staleVersion(now ? now->toJson() : QJsonObject(), now ? now->version : 0);
}

} // namespace

void CategoryController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Get, u"/categories"_s, [this](const QHttpServerRequest &r) { return list(r); });
    routes.add(Method::Post, u"/categories"_s, [this](const QHttpServerRequest &r) { return create(r); });
    routes.addWithId(Method::Patch, u"/categories/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return patch(id, r); });
    routes.addWithId(Method::Post, u"/categories/{id}/subcategories"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return createSubcategory(id, r); });
    routes.addWithId(Method::Patch, u"/subcategories/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return patchSubcategory(id, r); });
}

QHttpServerResponse CategoryController::list(const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        QJsonArray items;
        for (const Category &category : CategoryRepository(m_context.database).list())
            items.append(category.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse CategoryController::create(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageCatalog);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            const CatalogEntryChange change = readChange(body, true);
            CategoryRepository categories(m_context.database);
            Transaction transaction(m_context.database);
            requireFreeName(categories.list(), *change.name, 0);
            Category created;
            try {
                created = categories.create(*change.name, change.position, user.id);
                if (change.active == false) {
                    Category retired = created;
                    retired.active = false;
                    created = categories.update(created, retired, user.id).value_or(created);
                }
            } catch (const StoreConflict &) {
                throw ApiError::validation({{u"name"_s, u"taken"_s}});
            }
            transaction.commit();
            return catalogResponse(created.toJson(), created.version, u"/categories/%1"_s.arg(created.id),
                                   Status::Created);
        });
    });
}

QHttpServerResponse CategoryController::patch(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageCatalog);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        const int expected = requiredIfMatchVersion(request);
        CategoryRepository categories(m_context.database);
        Transaction transaction(m_context.database);
        const auto current = categories.find(id);
        if (!current)
            throw ApiError::notFound(u"Category %1"_s.arg(id));
        if (current->version != expected)
            throw ApiError::staleVersion(current->toJson(), current->version);
        const CatalogEntryChange change = readChange(body, false);
        Category changed = *current;
        changed.name = change.name.value_or(current->name);
        changed.active = change.active.value_or(current->active);
        changed.position = change.position.value_or(current->position);
        requireFreeName(categories.list(), changed.name, id);
        std::optional<Category> stored;
        try {
            stored = categories.update(*current, changed, user.id);
        } catch (const StoreConflict &) {
            throw ApiError::validation({{u"name"_s, u"taken"_s}});
        }
        if (!stored)
            throwStale(categories.find(id));
        transaction.commit();
        return catalogResponse(stored->toJson(), stored->version, u"/categories/%1"_s.arg(id), Status::Ok);
    });
}

QHttpServerResponse CategoryController::createSubcategory(qint64 categoryId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageCatalog);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            CategoryRepository categories(m_context.database);
            Transaction transaction(m_context.database);
            const auto parent = categories.find(categoryId);
            if (!parent)
                throw ApiError::notFound(u"Category %1"_s.arg(categoryId));
            const CatalogEntryChange change = readChange(body, true);
            requireFreeName(parent->subcategories, *change.name, 0);
            Subcategory created;
            try {
                created = categories.createSubcategory(*parent, *change.name, change.position, user.id);
                if (change.active == false) {
                    Subcategory retired = created;
                    retired.active = false;
                    created = categories.updateSubcategory(created, retired, user.id).value_or(created);
                }
            } catch (const StoreConflict &) {
                throw ApiError::validation({{u"name"_s, u"taken"_s}});
            }
            transaction.commit();
            return catalogResponse(created.toJson(), created.version, u"/subcategories/%1"_s.arg(created.id),
                                   Status::Created);
        });
    });
}

QHttpServerResponse CategoryController::patchSubcategory(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageCatalog);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        const int expected = requiredIfMatchVersion(request);
        CategoryRepository categories(m_context.database);
        Transaction transaction(m_context.database);
        const auto current = categories.findSubcategory(id);
        if (!current)
            throw ApiError::notFound(u"Subcategory %1"_s.arg(id));
        if (current->version != expected)
            throw ApiError::staleVersion(current->toJson(), current->version);
        const CatalogEntryChange change = readChange(body, false);
        Subcategory changed = *current;
        changed.name = change.name.value_or(current->name);
        changed.active = change.active.value_or(current->active);
        changed.position = change.position.value_or(current->position);
        if (const auto parent = categories.find(current->categoryId))
            requireFreeName(parent->subcategories, changed.name, id);
        std::optional<Subcategory> stored;
        try {
            stored = categories.updateSubcategory(*current, changed, user.id);
        } catch (const StoreConflict &) {
            throw ApiError::validation({{u"name"_s, u"taken"_s}});
        }
        if (!stored)
            throwStale(categories.findSubcategory(id));
        transaction.commit();
        return catalogResponse(stored->toJson(), stored->version, u"/subcategories/%1"_s.arg(id), Status::Ok);
    });
}

} // namespace Helpline
