// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentTableModel.h"

#include "DisplayText.h"

#include <QIcon>
#include <QMimeDatabase>

namespace Helpline {

using namespace Qt::StringLiterals;

void AttachmentTableModel::setAttachments(const QList<Attachment> &attachments)
{
    beginResetModel();
    m_attachments = attachments;
    m_thumbnails.clear();
    endResetModel();
}

void AttachmentTableModel::append(const Attachment &attachment)
{
    if (rowOf(attachment.id) >= 0)
        return; // already listed (a reload raced the upload's answer)
    beginInsertRows({}, int(m_attachments.size()), int(m_attachments.size()));
    m_attachments.append(attachment);
    endInsertRows();
}

void AttachmentTableModel::setThumbnail(qint64 attachmentId, const QPixmap &thumbnail)
{
    const int row = rowOf(attachmentId);
    if (row < 0)
        return;
    m_thumbnails.insert(attachmentId, thumbnail);
    const QModelIndex cell = index(row, Name);
    Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
}

std::optional<Attachment> AttachmentTableModel::find(qint64 attachmentId) const
{
    const int row = rowOf(attachmentId);
    return row < 0 ? std::nullopt : std::optional(m_attachments.at(row));
}

int AttachmentTableModel::rowOf(qint64 attachmentId) const
{
    for (qsizetype row = 0; row < m_attachments.size(); ++row) {
        if (m_attachments.at(row).id == attachmentId)
            return int(row);
    }
    return -1;
}

int AttachmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

int AttachmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment &attachment = m_attachments.at(index.row());
    if (role == AttachmentIdRole)
        return attachment.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return attachment.fileName;
        case Size: return DisplayText::sizeText(attachment.size);
        case UploadedBy: return attachment.uploadedBy.name;
        case Added: return DisplayText::timeText(attachment.createdAt);
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Name) {
        if (const auto thumbnail = m_thumbnails.constFind(attachment.id); thumbnail != m_thumbnails.cend())
            return *thumbnail;
        const QMimeType type = QMimeDatabase().mimeTypeForName(attachment.contentType);
        return QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
    }
    if (role == Qt::ToolTipRole) {
        const QString type = QMimeDatabase().mimeTypeForName(attachment.contentType).comment();
        return tr("%1\n%2 (%3), %4\nSHA-256 %5")
            .arg(attachment.fileName, type.isEmpty() ? attachment.contentType : type, attachment.contentType,
                 DisplayText::sizeText(attachment.size), attachment.sha256);
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AttachmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("File");
    case Size: return tr("Size");
    case UploadedBy: return tr("Attached by");
    case Added: return tr("Attached");
    default: return {};
    }
}

} // namespace Helpline
