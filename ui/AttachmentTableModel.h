// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>

namespace Helpline {

// A ticket's attachments as rows: name (with a thumbnail for images once one is loaded,
// else the file type's icon), size, who attached it and when.
class AttachmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Size, UploadedBy, Added, ColumnCount };
    enum Role { AttachmentIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setAttachments(const QList<Attachment> &attachments);
    void append(const Attachment &attachment);
    void setThumbnail(qint64 attachmentId, const QPixmap &thumbnail);
    const QList<Attachment> &attachments() const { return m_attachments; }
    std::optional<Attachment> find(qint64 attachmentId) const;
    int rowOf(qint64 attachmentId) const; // -1 when absent
    bool hasThumbnail(qint64 attachmentId) const { return m_thumbnails.contains(attachmentId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Attachment> m_attachments;
    QHash<qint64, QPixmap> m_thumbnails;
};

} // namespace Helpline
