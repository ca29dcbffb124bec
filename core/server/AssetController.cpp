// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetController.h"

#include "ApiError.h"
#include "AssetHttp.h"
#include "AssetInput.h"
#include "AssetRepository.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "IfMatch.h"
#include "JsonBody.h"
#include "PersonRepository.h"
#include "RouteTable.h"
#include "StoreError.h"
#include "TicketAssetRepository.h"
#include "Transaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>
#include <stdexcept>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

ApiError tagTaken()
{
    return ApiError::validation({{u"tag"_s, u"taken"_s}});
}

struct SearchParameters
{
    QString text;
    QString cursor;
    int limit = AssetController::defaultLimit;
};

SearchParameters readSearchParameters(const QUrlQuery &query)
{
    SearchParameters parameters;
    FieldErrors errors;
    for (const auto &[name, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue.trimmed();
        bool ok = true;
        if (name == u"q"_s) {
            parameters.text = value;
            ok = value.size() <= 200;
        } else if (name == u"cursor"_s) {
            parameters.cursor = value;
            ok = !value.isEmpty();
        } else if (name == u"limit"_s) {
            parameters.limit = value.toInt(&ok);
            ok = ok && parameters.limit >= 1 && parameters.limit <= AssetController::maxLimit;
        } else {
            errors.insert(name, u"unknown_parameter"_s);
            continue;
        }
        if (!ok)
            errors.insert(name, u"invalid"_s);
    }
    if (!errors.isEmpty())
        throw ApiError::malformed(u"The lookup's parameters are not valid."_s, errors);
    return parameters;
}

} // namespace

void AssetController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Get, u"/assets"_s, [this](const QHttpServerRequest &r) { return search(r); });
    routes.add(Method::Post, u"/assets"_s, [this](const QHttpServerRequest &r) { return create(r); });
    routes.addWithId(Method::Get, u"/assets/{id}"_s, [this](qint64 id, const QHttpServerRequest &r) { return get(id, r); });
    routes.addWithId(Method::Patch, u"/assets/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return patch(id, r); });
    routes.addWithId(Method::Get, u"/assets/{id}/history"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return history(id, r); });
    routes.addWithId(Method::Get, u"/assets/{id}/tickets"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return tickets(id, r); });
    routes.addWithId(Method::Get, u"/people/{id}/assets"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return ofPerson(id, r); });
}

QHttpServerResponse AssetController::search(const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadAssets);
        const SearchParameters parameters = readSearchParameters(request.query());
        AssetRepository assets(m_context.database);
        // An exact tag or serial (the scanner's case) answers alone, at index speed; its
        // next_cursor lists whatever else mentions the text.
        if (parameters.cursor.isEmpty() && !parameters.text.isEmpty()) {
            if (const auto exact = assets.findExact(parameters.text)) {
                return QHttpServerResponse(QJsonObject{
                    {u"items"_s, QJsonArray{exact->toJson()}},
                    {u"next_cursor"_s, AssetRepository::cursorAfterExact(exact->id)},
                    {u"exact_id"_s, exact->id},
                });
            }
        }
        AssetPage page;
        try {
            page = assets.search(parameters.text, parameters.cursor, parameters.limit);
        } catch (const std::invalid_argument &) {
            throw ApiError::malformed(u"The cursor does not belong to this list; start again without it."_s,
                                      {{u"cursor"_s, u"invalid"_s}});
        }
        return QHttpServerResponse(QJsonObject{
            {u"items"_s, assetItems(page.items)},
            {u"next_cursor"_s, page.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextCursor)},
            {u"exact_id"_s, QJsonValue::Null},
        });
    });
}

QHttpServerResponse AssetController::get(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadAssets);
        return assetResponse(existingAsset(m_context, id), QHttpServerResponse::StatusCode::Ok);
    });
}

QHttpServerResponse AssetController::create(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteAssets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            FieldErrors errors;
            const auto parsed = parseNewAsset(body, errors);
            if (!parsed)
                throw ApiError::validation(errors);
            checkAssetReferences(m_context, *parsed);
            AssetRepository assets(m_context.database);
            Transaction transaction(m_context.database);
            if (assets.tagTaken(parsed->tag))
                throw tagTaken();
            try {
                const Asset created = assets.create(*parsed, user.id);
                transaction.commit();
                return assetResponse(created, QHttpServerResponse::StatusCode::Created);
            } catch (const StoreConflict &) { // another request took the tag in between
                throw tagTaken();
            }
        });
    });
}

QHttpServerResponse AssetController::patch(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteAssets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        const int expected = requiredIfMatchVersion(request);
        AssetRepository assets(m_context.database);
        Transaction transaction(m_context.database);
        const Asset current = existingAsset(m_context, id);
        if (current.version != expected)
            throw ApiError::staleVersion(current.toJson(), current.version);
        FieldErrors errors;
        const auto changed = applyAssetPatch(current, body, errors);
        if (!changed)
            throw ApiError::validation(errors);
        checkAssetReferences(m_context, *changed);
        if (assetKey(changed->tag) != assetKey(current.tag) && assets.tagTaken(changed->tag, id))
            throw tagTaken();
        std::optional<Asset> stored;
        try {
            stored = assets.update(current, *changed, user.id);
        } catch (const StoreConflict &) {
            throw tagTaken();
        }
        if (!stored) {
            const auto now = assets.find(id);
            throw ApiError::staleVersion(now ? now->toJson() : QJsonObject(), now ? now->version : 0);
        }
        transaction.commit();
        return assetResponse(*stored, QHttpServerResponse::StatusCode::Ok);
    });
}

QHttpServerResponse AssetController::history(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadAssets);
        existingAsset(m_context, id);
        return QHttpServerResponse(QJsonObject{{u"items"_s, historyItems(m_context, u"asset"_s, id)}});
    });
}

QHttpServerResponse AssetController::tickets(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        // The tickets themselves are for those who work tickets.
        Authenticator(m_context).require(request, Permission::ReadTickets);
        existingAsset(m_context, id);
        QJsonArray items;
        for (const AssetTicket &ticket : TicketAssetRepository(m_context.database).ticketsOf(id))
            items.append(ticket.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse AssetController::ofPerson(qint64 personId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadAssets);
        if (!PersonRepository(m_context.database).find(personId))
            throw ApiError::notFound(u"Person %1"_s.arg(personId));
        const QList<Asset> held = AssetRepository(m_context.database).heldBy(personId, listMax);
        return QHttpServerResponse(QJsonObject{{u"items"_s, assetItems(held)}});
    });
}

} // namespace Helpline
