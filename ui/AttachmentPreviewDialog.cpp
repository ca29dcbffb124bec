// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentPreviewDialog.h"

#include "DisplayText.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr int maxSide = 16384;
}

QImage AttachmentPreviewDialog::decode(const QByteArray &bytes, const QSize &box)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > maxSide || size.height() > maxSide)
        return {};
    if (box.isValid() && (size.width() > box.width() || size.height() > box.height()))
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    return reader.read();
}

AttachmentPreviewDialog::AttachmentPreviewDialog(const Attachment &attachment, const QImage &image, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"attachmentPreview"_s);
    setWindowTitle(tr("Preview: %1").arg(attachment.fileName));

    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableSize() * 0.75 : QSize(1024, 768);
    auto *picture = new QLabel;
    picture->setObjectName(u"attachmentPreviewImage"_s);
    picture->setAlignment(Qt::AlignCenter);
    const QSize shown = image.size().boundedTo(image.size().scaled(room, Qt::KeepAspectRatio));
    picture->setPixmap(QPixmap::fromImage(image.size() == shown
                                              ? image
                                              : image.scaled(shown, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    auto *scroll = new QScrollArea;
    scroll->setWidget(picture);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame); // the picture fits exactly: no scroll bars for a frame's pixels
    scroll->setMinimumSize(shown);

    auto *caption = new QLabel(tr("%1 × %2 pixels, %3 · attached by %4, %5")
                                   .arg(image.width())
                                   .arg(image.height())
                                   .arg(DisplayText::sizeText(attachment.size), attachment.uploadedBy.name,
                                        DisplayText::timeText(attachment.createdAt)));
    caption->setObjectName(u"attachmentPreviewCaption"_s);
    caption->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"attachmentPreviewSave"_s);
    connect(save, &QPushButton::clicked, this, [this, id = attachment.id] { Q_EMIT saveRequested(id); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(caption);
    layout->addWidget(buttons);
}

} // namespace Helpline
