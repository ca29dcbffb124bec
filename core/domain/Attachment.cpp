// SPDX-License-Identifier: GPL-3.0-or-later
#include "Attachment.h"

namespace Helpline {

using namespace Qt::StringLiterals;

bool Attachment::isPreviewableImage() const
{
    static const QStringList raster{u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s, u"image/bmp"_s,
                                    u"image/webp"_s};
    return raster.contains(contentType);
}

QJsonObject Attachment::toJson() const
{
    return {
        {u"id"_s, id},
        {u"ticket_id"_s, ticketId},
        {u"file_name"_s, fileName},
        {u"content_type"_s, contentType},
        {u"size"_s, size},
        {u"sha256"_s, sha256},
        {u"uploaded_by"_s, QJsonObject{{u"id"_s, uploadedBy.id}, {u"name"_s, uploadedBy.name}}},
        {u"created_at"_s, toWireTime(createdAt)},
    };
}

std::optional<Attachment> Attachment::fromJson(const QJsonObject &json)
{
    Attachment attachment;
    attachment.id = json.value(u"id"_s).toInteger();
    attachment.fileName = json.value(u"file_name"_s).toString();
    attachment.size = json.value(u"size"_s).toInteger(-1);
    if (attachment.id <= 0 || attachment.fileName.isEmpty() || attachment.size < 0)
        return std::nullopt;
    attachment.ticketId = json.value(u"ticket_id"_s).toInteger();
    attachment.contentType = json.value(u"content_type"_s).toString();
    attachment.sha256 = json.value(u"sha256"_s).toString();
    const QJsonObject by = json.value(u"uploaded_by"_s).toObject();
    attachment.uploadedBy = {by.value(u"id"_s).toInteger(), by.value(u"name"_s).toString()};
    attachment.createdAt = fromWireTime(json.value(u"created_at"_s).toString());
    return attachment;
}

QString sanitizedFileName(QStringView offered)
{
    // Both separators: a name from Windows arrives with backslashes.
    qsizetype cut = std::max(offered.lastIndexOf(u'/'), offered.lastIndexOf(u'\\'));
    QStringView last = offered.mid(cut + 1);

    static constexpr QStringView reserved = u"<>:\"|?*";
    QString name;
    name.reserve(last.size());
    for (const QChar c : last) {
        const auto category = c.category();
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || category == QChar::Other_Control
            || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || reserved.contains(c)) {
            name.append(u'_');
        } else {
            name.append(c);
        }
    }
    name = name.trimmed();
    // Leading dots hide a file or climb a directory; trailing dots and spaces Windows drops.
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    name = name.trimmed();

    if (name.size() > Attachment::fileNameMax) {
        const qsizetype dot = name.lastIndexOf(u'.');
        const qsizetype extension = dot > 0 && name.size() - dot <= 16 ? name.size() - dot : 0;
        QString head = name.left(Attachment::fileNameMax - extension);
        if (head.back().isHighSurrogate()) // never half a character
            head.chop(1);
        name = head + name.mid(name.size() - extension);
    }
    return name.isEmpty() ? u"attachment"_s : name;
}

} // namespace Helpline
