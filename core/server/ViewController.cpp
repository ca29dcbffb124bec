// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "IfMatch.h"
#include "JsonBody.h"
#include "RouteTable.h"
#include "SavedViewRepository.h"
#include "TicketListParameters.h"
#include "TicketRepository.h"
#include "Transaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

QHttpServerResponse viewResponse(const SavedView &view, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(view.toJson(), status);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(view.version) + '"');
    if (status == QHttpServerResponse::StatusCode::Created)
        headers.append(QHttpHeaders::WellKnownHeader::Location,
                       (RouteTable::basePath + u"/views/"_s + QString::number(view.id)).toLatin1());
    response.setHeaders(std::move(headers));
    return response;
}

void requireMeaningful(const SavedView &view)
{
    const FieldErrors errors = checkViewDefinition(view.filters, view.sort);
    if (!errors.isEmpty())
        throw ApiError::validation(errors);
}

} // namespace

void ViewController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Get, u"/views"_s, [this](const QHttpServerRequest &r) { return list(r); });
    routes.add(Method::Post, u"/views"_s, [this](const QHttpServerRequest &r) { return create(r); });
    routes.addWithId(Method::Patch, u"/views/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return update(id, r); });
    routes.addWithId(Method::Delete, u"/views/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return remove(id, r); });
    routes.add(Method::Get, u"/tickets/counts"_s, [this](const QHttpServerRequest &r) { return counts(r); });
}

QHttpServerResponse ViewController::list(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ReadTickets);
        QJsonArray items;
        for (const SavedView &view : SavedView::builtIn())
            items.append(view.toJson());
        for (const SavedView &view : SavedViewRepository(m_context.database).forUser(user.id))
            items.append(view.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse ViewController::create(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ReadTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            SavedView view;
            FieldErrors errors;
            if (!readSavedView(body, false, view, errors))
                throw ApiError::validation(errors);
            requireMeaningful(view);
            Transaction transaction(m_context.database);
            const SavedView created = SavedViewRepository(m_context.database).create(user.id, view);
            transaction.commit();
            return viewResponse(created, QHttpServerResponse::StatusCode::Created);
        });
    });
}

QHttpServerResponse ViewController::update(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ReadTickets);
        const QJsonObject body = jsonBody(request, m_context.settings.maxBodyBytes);
        const int expected = requiredIfMatchVersion(request);
        SavedViewRepository views(m_context.database);
        Transaction transaction(m_context.database);
        const auto current = views.find(user.id, id);
        if (!current)
            throw ApiError::notFound(u"View %1"_s.arg(id));
        if (current->version != expected)
            throw ApiError::staleVersion(current->toJson(), current->version);
        SavedView changed = *current;
        FieldErrors errors;
        if (!readSavedView(body, true, changed, errors))
            throw ApiError::validation(errors);
        requireMeaningful(changed);
        const auto stored = views.update(user.id, *current, changed);
        if (!stored) {
            const auto now = views.find(user.id, id);
            throw ApiError::staleVersion(now ? now->toJson() : QJsonObject(), now ? now->version : 0);
        }
        transaction.commit();
        return viewResponse(*stored, QHttpServerResponse::StatusCode::Ok);
    });
}

QHttpServerResponse ViewController::remove(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ReadTickets);
        Transaction transaction(m_context.database);
        if (!SavedViewRepository(m_context.database).remove(user.id, id))
            throw ApiError::notFound(u"View %1"_s.arg(id));
        transaction.commit();
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
}

QHttpServerResponse ViewController::counts(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ReadTickets);
        const QUrlQuery query = request.query();
        for (const auto &[name, value] : query.queryItems()) {
            if (name != u"views"_s)
                throw ApiError::malformed(u"Only `views` is understood here."_s, {{name, u"unknown_parameter"_s}});
        }
        QList<SavedView> custom = SavedViewRepository(m_context.database).forUser(user.id);
        QList<SavedView> wanted;
        if (!query.hasQueryItem(u"views"_s)) {
            wanted = SavedView::builtIn() + custom;
        } else {
            const QStringList references =
                query.queryItemValue(u"views"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
            if (references.isEmpty() || references.size() > maxCountedViews)
                throw ApiError::malformed(u"Ask for 1 to %1 views."_s.arg(maxCountedViews), {{u"views"_s, u"invalid"_s}});
            for (const QString &raw : references) {
                const QString reference = raw.trimmed();
                auto view = SavedView::builtIn(reference);
                if (!view) {
                    const auto found = std::find_if(custom.cbegin(), custom.cend(), [&](const SavedView &v) {
                        return v.reference() == reference;
                    });
                    if (found != custom.cend())
                        view = *found;
                }
                if (!view)
                    throw ApiError::malformed(u"There is no view %1 of yours."_s.arg(reference), {{u"views"_s, u"unknown_view"_s}});
                wanted << *view;
            }
        }
        // One COUNT per view, each answered from the indexes on status, assignee and group.
        TicketRepository tickets(m_context.database);
        QJsonObject counts;
        for (const SavedView &view : std::as_const(wanted)) {
            FieldErrors errors;
            // What the queue shows first, not every status: "All tickets (120)" matches the list.
            const TicketQuery filter =
                readTicketListParameters(viewFilterParameters(view.shownFirstFilters()), user.id, errors);
            // A view saved before a filter changed meaning counts as empty rather than failing the rest.
            counts.insert(view.reference(), errors.isEmpty() ? tickets.count(filter.filter) : 0);
        }
        return QHttpServerResponse(QJsonObject{{u"counts"_s, counts}});
    });
}

} // namespace Helpline
