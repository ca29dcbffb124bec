// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacroController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "IfMatch.h"
#include "JsonBody.h"
#include "MacroRepository.h"
#include "RouteTable.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

QHttpServerResponse macroResponse(const Macro &macro, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(macro.toJson(), status);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(macro.version) + '"');
    if (status == QHttpServerResponse::StatusCode::Created)
        headers.append(QHttpHeaders::WellKnownHeader::Location,
                       (RouteTable::basePath + u"/macros/"_s + QString::number(macro.id)).toLatin1());
    response.setHeaders(std::move(headers));
    return response;
}

// Names are unique ignoring case: two macros called "Password reset" would be picked by mistake.
void requireFreeName(const MacroRepository &macros, const Macro &macro)
{
    for (const Macro &other : macros.list()) {
        if (other.id != macro.id && other.name.compare(macro.name, Qt::CaseInsensitive) == 0)
            throw ApiError::validation({{u"name"_s, u"taken"_s}});
    }
}

} // namespace

void MacroController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Get, u"/macros"_s, [this](const QHttpServerRequest &r) { return list(r); });
    routes.add(Method::Post, u"/macros"_s, [this](const QHttpServerRequest &r) { return create(r); });
    routes.addWithId(Method::Get, u"/macros/{id}"_s, [this](qint64 id, const QHttpServerRequest &r) { return get(id, r); });
    routes.addWithId(Method::Patch, u"/macros/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return patch(id, r); });
    routes.addWithId(Method::Delete, u"/macros/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return remove(id, r); });
}

QHttpServerResponse MacroController::list(const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        QJsonArray items;
        for (const Macro &macro : MacroRepository(m_context.database).list())
            items.append(macro.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse MacroController::get(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        const auto macro = MacroRepository(m_context.database).find(id);
        if (!macro)
            throw ApiError::notFound(u"Macro %1"_s.arg(id));
        return macroResponse(*macro, QHttpServerResponse::StatusCode::Ok);
    });
}

QHttpServerResponse MacroController::create(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageMacros);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            FieldErrors errors;
            const auto parsed = parseMacro(body, std::nullopt, errors);
            if (!parsed)
                throw ApiError::validation(errors);
            MacroRepository macros(m_context.database);
            Transaction transaction(m_context.database);
            requireFreeName(macros, *parsed);
            Macro created;
            try {
                created = macros.create(*parsed, user.id);
            } catch (const StoreConflict &) { // another request took the name in between
                throw ApiError::validation({{u"name"_s, u"taken"_s}});
            }
            transaction.commit();
            return macroResponse(created, QHttpServerResponse::StatusCode::Created);
        });
    });
}

QHttpServerResponse MacroController::patch(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageMacros);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        const int expected = requiredIfMatchVersion(request);
        MacroRepository macros(m_context.database);
        Transaction transaction(m_context.database);
        const auto current = macros.find(id);
        if (!current)
            throw ApiError::notFound(u"Macro %1"_s.arg(id));
        if (current->version != expected)
            throw ApiError::staleVersion(current->toJson(), current->version);
        FieldErrors errors;
        const auto changed = parseMacro(body, current, errors);
        if (!changed)
            throw ApiError::validation(errors);
        requireFreeName(macros, *changed);
        std::optional<Macro> stored;
        try {
            stored = macros.update(*current, *changed, user.id);
        } catch (const StoreConflict &) {
            throw ApiError::validation({{u"name"_s, u"taken"_s}});
        }
        if (!stored) {
            const auto now = macros.find(id);
            throw ApiError::staleVersion(now ? now->toJson() : QJsonObject(), now ? now->version : 0);
        }
        transaction.commit();
        return macroResponse(*stored, QHttpServerResponse::StatusCode::Ok);
    });
}

QHttpServerResponse MacroController::remove(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManageMacros);
        MacroRepository macros(m_context.database);
        Transaction transaction(m_context.database);
        const auto current = macros.find(id);
        if (!current || !macros.remove(*current, user.id))
            throw ApiError::notFound(u"Macro %1"_s.arg(id));
        transaction.commit();
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

} // namespace Helpline
