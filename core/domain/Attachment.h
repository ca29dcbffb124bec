// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QJsonObject>
#include <optional>

namespace Helpline {

// A file attached to a ticket. Its name is what the uploader called it, made safe to show
// and to offer as a download name; its type is what the server found in the bytes, never
// what the uploader claimed.
struct Attachment
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString sha256; // hex, of the bytes as stored
    UserRef uploadedBy;
    QDateTime createdAt;

    // The server's default upload limit; the client refuses bigger files before sending them.
    static constexpr qint64 defaultMaxBytes = 25 * 1024 * 1024;
    static constexpr qsizetype fileNameMax = 200;

    // Raster images the client may decode for a preview (never SVG or other active content).
    bool isPreviewableImage() const;

    QJsonObject toJson() const;
    static std::optional<Attachment> fromJson(const QJsonObject &json);
};

// A file name as offered by someone else, made safe: only the last path component, no
// control or reserved characters, no leading dots (no hidden files, no ".."), at most
// Attachment::fileNameMax characters with its extension kept; "attachment" when nothing is left.
QString sanitizedFileName(QStringView offered);

} // namespace Helpline
