// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"

#include <QDialog>
#include <QImage>

namespace Helpline {

// An image attachment at a size that fits the screen, with what it is and who attached it.
class AttachmentPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    AttachmentPreviewDialog(const Attachment &attachment, const QImage &image, QWidget *parent = nullptr);

    // Decodes an attached image, refusing absurd dimensions (a small file can claim a huge
    // picture); scaled down to fit `box` when one is given. Null when it is no image.
    static QImage decode(const QByteArray &bytes, const QSize &box = {});

Q_SIGNALS:
    void saveRequested(qint64 attachmentId);
};

} // namespace Helpline
