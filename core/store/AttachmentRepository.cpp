// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString selectAttachments =
    u"SELECT a.id, a.ticket_id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.uploaded_by, "
    "u.display_name, a.created_at, a.storage_name "
    "FROM ticket_attachments a JOIN users u ON u.id = a.uploaded_by "_s;

AttachmentRepository::Stored readAttachment(const SqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.ticketId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.contentType = q.value(3).toString();
    a.size = q.value(4).toLongLong();
    a.sha256 = q.value(5).toString();
    a.uploadedBy = {q.value(6).toLongLong(), q.value(7).toString()};
    a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::UTC);
    return {a, q.value(9).toString()};
}
} // namespace

Attachment AttachmentRepository::add(const Attachment &attachment, qint64 uploaderId, const QString &storageName)
{
    SqlQuery insert(m_db.connection(),
                    u"INSERT INTO ticket_attachments (ticket_id, file_name, content_type, size_bytes, sha256, "
                    "storage_name, uploaded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    insert.bind(attachment.ticketId)
        .bind(attachment.fileName)
        .bind(attachment.contentType)
        .bind(attachment.size)
        .bind(attachment.sha256)
        .bind(storageName)
        .bind(uploaderId)
        .bind(Clock::current().now().toMSecsSinceEpoch());
    insert.exec();
    if (!insert.next())
        throw StoreError(u"insert into ticket_attachments returned no id"_s);
    const qint64 id = insert.value(0).toLongLong();

    const auto added = find(id);
    if (!added)
        throw StoreError(u"attachment %1 not found after insert"_s.arg(id));
    AuditLog(m_db).record(uploaderId, u"ticket"_s, attachment.ticketId, u"attached"_s,
                          {{u"attachment_id"_s, id},
                           {u"file_name"_s, added->attachment.fileName},
                           {u"size"_s, added->attachment.size}});
    return added->attachment;
}

QList<Attachment> AttachmentRepository::forTicket(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(), selectAttachments + u"WHERE a.ticket_id = ? ORDER BY a.id"_s);
    query.bind(ticketId);
    query.exec();
    QList<Attachment> attachments;
    while (query.next())
        attachments.append(readAttachment(query).attachment);
    return attachments;
}

std::optional<AttachmentRepository::Stored> AttachmentRepository::find(qint64 id) const
{
    SqlQuery query(m_db.connection(), selectAttachments + u"WHERE a.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readAttachment(query);
}

} // namespace Helpline
