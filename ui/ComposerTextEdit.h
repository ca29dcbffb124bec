// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPlainTextEdit>

namespace Helpline {

// The composer's text field. Files dropped on it and an image pasted into it (Ctrl+V of a
// screenshot) are offered as attachments instead of turning into text; text is text.
class ComposerTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

Q_SIGNALS:
    void filesOffered(const QStringList &paths);
    void imageOffered(const QImage &image);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace Helpline
