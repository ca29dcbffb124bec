// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentController.h"

#include "ApiError.h"
#include "AttachmentFiles.h"
#include "AttachmentRepository.h"
#include "Authenticator.h"
#include "Guarded.h"
#include "IdempotentPost.h"
#include "RouteTable.h"
#include "TicketRepository.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QUrlQuery>

namespace Helpline {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

void AttachmentController::registerRoutes(RouteTable &routes)
{
    routes.addWithId(Method::Post, u"/tickets/{id}/attachments"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return upload(id, r); });
    routes.addWithId(Method::Get, u"/tickets/{id}/attachments"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return list(id, r); });
    routes.addWithId(Method::Get, u"/attachments/{id}"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return describe(id, r); });
    routes.addWithId(Method::Get, u"/attachments/{id}/content"_s,
                     [this](qint64 id, const QHttpServerRequest &r) { return content(id, r); });
}

AttachmentFiles AttachmentController::files() const
{
    return AttachmentFiles(m_context.settings.dataDir.isEmpty()
                               ? QString()
                               : QDir(m_context.settings.dataDir).filePath(u"attachments"_s));
}

QByteArray AttachmentController::contentDisposition(const QString &fileName)
{
    QByteArray ascii;
    for (const QChar c : fileName)
        ascii.append(c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\' ? char(c.unicode()) : '_');
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + fileName.toUtf8().toPercentEncoding();
}

QHttpServerResponse AttachmentController::upload(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        const User user = Authenticator(m_context).require(request, Permission::WriteTickets);
        const QByteArray bytes = request.body();
        if (bytes.size() > m_context.settings.maxAttachmentBytes) {
            throw ApiError(ApiError::Kind::BodyTooLarge, u"attachment_too_large"_s,
                           u"An attachment may be at most %1 bytes."_s.arg(m_context.settings.maxAttachmentBytes));
        }
        const QString offeredName = QUrlQuery(request.url()).queryItemValue(u"file_name"_s, QUrl::FullyDecoded);
        return IdempotentPost(m_context).run(request, user.id, [&] {
            if (!TicketRepository(m_context.database).find(ticketId))
                throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
            FieldErrors errors;
            if (offeredName.trimmed().isEmpty())
                errors.insert(u"file_name"_s, u"required"_s);
            if (bytes.isEmpty())
                errors.insert(u"content"_s, u"empty"_s);
            if (!errors.isEmpty())
                throw ApiError::validation(errors);

            Attachment attachment;
            attachment.ticketId = ticketId;
            attachment.fileName = sanitizedFileName(offeredName);
            // The bytes say what they are; the uploader's Content-Type and extension are claims.
            attachment.contentType = QMimeDatabase().mimeTypeForData(bytes).name();
            attachment.size = bytes.size();
            attachment.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            // Written before the record: a record never points at a missing file. Should the
            // transaction fail, the file stays unreferenced, and the same bytes reuse it.
            const QString storageName = files().store(bytes, attachment.sha256);

            Transaction transaction(m_context.database);
            const Attachment added = AttachmentRepository(m_context.database).add(attachment, user.id, storageName);
            transaction.commit();
            QHttpServerResponse response(added.toJson(), QHttpServerResponse::StatusCode::Created);
            QHttpHeaders headers = response.headers();
            headers.append(QHttpHeaders::WellKnownHeader::Location,
                           (RouteTable::basePath + u"/attachments/%1"_s.arg(added.id)).toLatin1());
            response.setHeaders(std::move(headers));
            return response;
        });
    });
}

QHttpServerResponse AttachmentController::list(qint64 ticketId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        if (!TicketRepository(m_context.database).find(ticketId))
            throw ApiError::notFound(u"Ticket %1"_s.arg(ticketId));
        QJsonArray items;
        for (const Attachment &attachment : AttachmentRepository(m_context.database).forTicket(ticketId))
            items.append(attachment.toJson());
        return QHttpServerResponse(QJsonObject{{u"items"_s, items}});
    });
}

QHttpServerResponse AttachmentController::describe(qint64 attachmentId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        const auto stored = AttachmentRepository(m_context.database).find(attachmentId);
        if (!stored)
            throw ApiError::notFound(u"Attachment %1"_s.arg(attachmentId));
        return QHttpServerResponse(stored->attachment.toJson());
    });
}

QHttpServerResponse AttachmentController::content(qint64 attachmentId, const QHttpServerRequest &request)
{
    return guarded([&] {
        Authenticator(m_context).require(request, Permission::ReadTickets);
        const auto stored = AttachmentRepository(m_context.database).find(attachmentId);
        if (!stored)
            throw ApiError::notFound(u"Attachment %1"_s.arg(attachmentId));
        const auto bytes = files().read(stored->storageName);
        if (!bytes) {
            qCWarning(lcHelplineServer, "attachment %lld: its file %s is missing", attachmentId,
                      qPrintable(stored->storageName));
            throw ApiError::internal();
        }
        QHttpServerResponse response(stored->attachment.contentType.toLatin1(), *bytes);
        QHttpHeaders headers = response.headers();
        headers.append(QHttpHeaders::WellKnownHeader::ContentDisposition,
                       contentDisposition(stored->attachment.fileName));
        // Opened by mistake in a browser, it still runs nothing and reaches nothing.
        headers.append(QHttpHeaders::WellKnownHeader::ContentSecurityPolicy, "sandbox; default-src 'none'");
        headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + stored->attachment.sha256.toLatin1() + '"');
        response.setHeaders(std::move(headers));
        return response;
    });
}

} // namespace Helpline
