// SPDX-License-Identifier: GPL-3.0-or-later
#include "DroppedFiles.h"

#include <QMimeData>
#include <QUrl>

namespace Helpline {

DroppedFiles::DroppedFiles(const QMimeData *data)
{
    if (!data)
        return;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty() && data->hasImage() && !data->hasText())
        image = qvariant_cast<QImage>(data->imageData());
}

bool DroppedFiles::offersAttachment(const QMimeData *data)
{
    if (!data)
        return false;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            return true;
    }
    return data->hasImage() && !data->hasText();
}

} // namespace Helpline
