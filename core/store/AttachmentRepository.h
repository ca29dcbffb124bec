// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"
#include "Database.h"

#include <optional>

namespace Helpline {

// The records of a ticket's attachments, oldest first. The bytes are kept by AttachmentFiles.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(const Database &database) : m_db(database) {}

    struct Stored
    {
        Attachment attachment;
        QString storageName; // where AttachmentFiles keeps the bytes
    };

    // Records a stored file and writes its audit row; call inside a Transaction.
    // `attachment` carries ticket, name, type, size and hash; its id, uploader name and
    // time are filled in.
    Attachment add(const Attachment &attachment, qint64 uploaderId, const QString &storageName);
    QList<Attachment> forTicket(qint64 ticketId) const;
    std::optional<Stored> find(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace Helpline
