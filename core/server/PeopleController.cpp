// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleController.h"

#include "ApiError.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "JsonBody.h"
#include "PeopleImport.h"
#include "PersonRepository.h"
#include "RouteTable.h"
#include "Transaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QStringDecoder>
#include <QUrlQuery>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

// An HR export is larger than any JSON body: 50,000 people at ~200 bytes a row.
constexpr qsizetype maxImportBytes = 16 * 1024 * 1024;

QString csvBody(const QHttpServerRequest &request)
{
    const QByteArray body = limitedBody(request, maxImportBytes);
    if (mediaTypeOf(request) != "text/csv")
        throw ApiError(ApiError::Kind::UnsupportedMedia, u"unsupported_media_type"_s, u"Send the file as text/csv."_s);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(body);
    if (utf8.hasError()) {
        throw ApiError(ApiError::Kind::Validation, u"validation_failed"_s,
                       u"The file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"."_s,
                       {{u"file"_s, u"not_utf8"_s}});
    }
    return text;
}

} // namespace

void PeopleController::registerRoutes(RouteTable &routes)
{
    routes.add(Method::Get, u"/people"_s, [this](const QHttpServerRequest &r) { return search(r); });
    routes.addWithId(Method::Get, u"/people/{id}"_s, [this](qint64 id, const QHttpServerRequest &r) { return get(id, r); });
    routes.add(Method::Post, u"/people/import"_s, [this](const QHttpServerRequest &r) { return import(r); });
}

QHttpServerResponse PeopleController::search(const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadPeople);
        QString text;
        int limit = 20;
        FieldErrors errors;
        for (const auto &[name, value] : request.query().queryItems(QUrl::FullyDecoded)) {
            if (name == u"q"_s) {
                text = value.trimmed();
                if (text.size() > 200)
                    errors.insert(name, u"invalid"_s);
            } else if (name == u"limit"_s) {
                bool ok = false;
                limit = value.toInt(&ok);
                if (!ok || limit < 1 || limit > searchLimitMax)
                    errors.insert(name, u"invalid"_s);
            } else {
                errors.insert(name, u"unknown_parameter"_s);
            }
        }
        if (!errors.isEmpty())
            throw ApiError::malformed(u"Some query parameters are unknown or invalid."_s, errors);
        QJsonArray items;
        for (const Person &person : PersonRepository(m_context.database).search(text, limit))
            items.append(person.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse PeopleController::get(qint64 id, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadPeople);
        const auto person = PersonRepository(m_context.database).find(id);
        if (!person)
            throw ApiError::notFound(u"Person %1"_s.arg(id));
        return QHttpServerResponse(person->toJson());
    });
}

// The same request previews (dry_run=true) and imports, so what was previewed is what is
// written; an import of a file with any bad row writes nothing and answers with the preview.
QHttpServerResponse PeopleController::import(const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::ManagePeople);
        const QUrlQuery query = request.query();
        for (const auto &[name, value] : query.queryItems()) {
            if (name != u"dry_run"_s || (value != u"true"_s && value != u"false"_s))
                throw ApiError::malformed(u"Only dry_run=true|false is understood."_s, {{name, u"invalid"_s}});
        }
        const bool dryRun = query.queryItemValue(u"dry_run"_s) == u"true"_s;
        const QString csv = csvBody(request);

        PersonRepository people(m_context.database);
        Transaction transaction(m_context.database);
        const QSet<QString> known = people.emails();
        const PeopleImportPlan plan = planPeopleImport(csv, [&](const QString &email) { return known.contains(email); });
        if (dryRun)
            return QHttpServerResponse(plan.toJson());
        if (!plan.isValid()) {
            throw ApiError(ApiError::Kind::Validation, u"import_invalid"_s,
                           plan.fileError.isEmpty()
                               ? u"%1 of %2 rows have errors; nothing was imported."_s.arg(plan.invalidRowCount()).arg(plan.rows.size())
                               : u"The file cannot be read (%1); nothing was imported."_s.arg(plan.fileError),
                           {{u"file"_s, plan.fileError.isEmpty() ? u"rows_invalid"_s : plan.fileError}})
                .withDetail(u"preview"_s, plan.toJson());
        }
        const PersonRepository::ImportResult result = people.import(plan, user.id);
        transaction.commit();
        return QHttpServerResponse(QJsonObject{{u"created"_s, result.created}, {u"updated"_s, result.updated}});
    });
}

} // namespace Helpline
