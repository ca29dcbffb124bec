// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QStringList>

class QMimeData;

namespace Helpline {

// What a drop or a paste offers to attach: local files, or else an image (a screenshot on
// the clipboard). Text that comes with an image (a selection copied from a document often
// brings a picture of itself) is text, not an attachment.
struct DroppedFiles
{
    explicit DroppedFiles(const QMimeData *data);

    QStringList paths;
    QImage image;

    bool isEmpty() const { return paths.isEmpty() && image.isNull(); }
    static bool offersAttachment(const QMimeData *data);
};

} // namespace Helpline
