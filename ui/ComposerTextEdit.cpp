// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerTextEdit.h"

#include "DroppedFiles.h"

namespace Helpline {

bool ComposerTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return DroppedFiles::offersAttachment(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerTextEdit::insertFromMimeData(const QMimeData *source)
{
    const DroppedFiles dropped(source);
    if (!dropped.paths.isEmpty())
        Q_EMIT filesOffered(dropped.paths);
    else if (!dropped.image.isNull())
        Q_EMIT imageOffered(dropped.image);
    else
        QPlainTextEdit::insertFromMimeData(source);
}

} // namespace Helpline
