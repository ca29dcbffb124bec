// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentsPanel.h"

#include "ApiClient.h"
#include "AttachmentPreviewDialog.h"
#include "AttachmentTableModel.h"
#include "AttachmentUploader.h"
#include "DroppedFiles.h"
#include "UploadStatus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr QSize thumbnailSize(40, 40);
}

AttachmentsPanel::AttachmentsPanel(ApiClient &api, AttachmentUploader &uploader, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_uploader(uploader)
    , m_model(new AttachmentTableModel(this))
    , m_view(new QTreeView)
    , m_attach(new QPushButton(tr("Attach &files…")))
    , m_save(new QPushButton(tr("&Save as…")))
    , m_previewButton(new QPushButton(tr("&Preview")))
    , m_status(new UploadStatus)
    , m_problem(new QLabel)
{
    setObjectName(u"attachmentsPanel"_s);
    m_view->setObjectName(u"attachmentList"_s);
    m_attach->setObjectName(u"attachFilesButton"_s);
    m_save->setObjectName(u"saveAttachmentButton"_s);
    m_previewButton->setObjectName(u"previewAttachmentButton"_s);
    m_status->setObjectName(u"attachmentsUploadStatus"_s);
    m_problem->setObjectName(u"attachmentsProblem"_s);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setIconSize(thumbnailSize);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(AttachmentTableModel::Name, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setToolTip(tr("Drop files here or on the reply to attach them; paste a screenshot into the reply."));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_status->watch(&m_uploader);
    setAcceptDrops(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &AttachmentsPanel::attachChosenFiles);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const auto attachment = selected())
            saveAs(attachment->id);
    });
    connect(m_previewButton, &QPushButton::clicked, this, [this] {
        if (const auto attachment = selected())
            preview(attachment->id);
    });
    // A double click or Enter opens a file; not QAbstractItemView::activated, which on
    // single-click platforms fires for a click that only meant to select (or that landed
    // after the tabs above moved).
    const auto open = [this](const QModelIndex &index) {
        const auto attachment = m_model->find(index.data(AttachmentTableModel::AttachmentIdRole).toLongLong());
        if (!attachment)
            return;
        if (attachment->isPreviewableImage())
            preview(attachment->id);
        else
            saveAs(attachment->id);
    };
    connect(m_view, &QTreeView::doubleClicked, this, open);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, open] { open(m_view->currentIndex()); });
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AttachmentsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsPanel::updateButtons);
    connect(&m_uploader, &AttachmentUploader::uploaded, this, &AttachmentsPanel::onUploaded);
    updateButtons();
}

void AttachmentsPanel::setTicket(qint64 ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    m_status->setTicket(ticketId);
    m_problem->hide();
    m_model->setAttachments({});
    Q_EMIT countChanged(-1);
    reload();
}

void AttachmentsPanel::reload()
{
    const qint64 id = m_ticketId;
    if (id <= 0)
        return;
    m_api.get(u"/tickets/%1/attachments"_s.arg(id))
        ->then(
            this,
            [this, id](const QJsonObject &json, int) {
                if (id != m_ticketId)
                    return;
                QList<Attachment> attachments;
                for (const QJsonValue &item : json.value(u"items"_s).toArray()) {
                    if (auto attachment = Attachment::fromJson(item.toObject()))
                        attachments.append(*attachment);
                }
                m_model->setAttachments(attachments);
                for (const Attachment &attachment : attachments)
                    loadThumbnail(attachment);
                Q_EMIT countChanged(int(attachments.size()));
                Q_EMIT loaded(id, int(attachments.size()));
            },
            [this, id](const ApiFailure &failure) {
                if (id == m_ticketId)
                    showProblem(tr("The attachments could not be loaded: %1").arg(failure.message));
            });
}

void AttachmentsPanel::onUploaded(qint64 ticketId, const Attachment &attachment)
{
    if (ticketId != m_ticketId)
        return;
    m_model->append(attachment);
    loadThumbnail(attachment);
    Q_EMIT countChanged(m_model->rowCount());
}

void AttachmentsPanel::loadThumbnail(const Attachment &attachment)
{
    if (!attachment.isPreviewableImage() || attachment.size > thumbnailMaxBytes)
        return;
    m_api.getBytes(u"/attachments/%1/content"_s.arg(attachment.id))
        ->thenRaw(
            this,
            [this, id = attachment.id](const QByteArray &bytes, const QString &) {
                const QImage image = AttachmentPreviewDialog::decode(bytes, thumbnailSize * devicePixelRatio());
                if (image.isNull())
                    return;
                QPixmap pixmap = QPixmap::fromImage(image);
                pixmap.setDevicePixelRatio(devicePixelRatio());
                m_model->setThumbnail(id, pixmap);
            },
            [](const ApiFailure &) {}); // the file type's icon stays: nothing is lost
}

std::optional<Attachment> AttachmentsPanel::selected() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->find(current.data(AttachmentTableModel::AttachmentIdRole).toLongLong());
}

void AttachmentsPanel::updateButtons()
{
    const auto attachment = selected();
    m_save->setEnabled(attachment.has_value());
    m_previewButton->setEnabled(attachment && attachment->isPreviewableImage());
    m_attach->setEnabled(m_ticketId > 0);
}

void AttachmentsPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void AttachmentsPanel::attachChosenFiles()
{
    if (m_ticketId <= 0)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!paths.isEmpty())
        m_uploader.uploadFiles(m_ticketId, paths);
}

void AttachmentsPanel::saveAs(qint64 attachmentId)
{
    const auto attachment = m_model->find(attachmentId);
    if (!attachment)
        return;
    // The name came from someone else: made safe again before it names a file here.
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                                  .filePath(sanitizedFileName(attachment->fileName));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), suggested);
    if (!path.isEmpty())
        saveTo(attachmentId, path);
}

void AttachmentsPanel::saveTo(qint64 attachmentId, const QString &path)
{
    const auto attachment = m_model->find(attachmentId);
    if (!attachment)
        return;
    showProblem({});
    m_api.getBytes(u"/attachments/%1/content"_s.arg(attachmentId))
        ->thenRaw(
            this,
            [this, attachment = *attachment, path](const QByteArray &bytes, const QString &) {
                const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                if (sha != attachment.sha256) {
                    showProblem(tr("%1 arrived damaged and was not saved. Try again.").arg(attachment.fileName));
                    return;
                }
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                    showProblem(tr("%1 could not be saved: %2").arg(attachment.fileName, file.errorString()));
                    return;
                }
                Q_EMIT saved(attachment.id, path);
            },
            [this, name = attachment->fileName](const ApiFailure &failure) {
                showProblem(tr("%1 could not be downloaded: %2").arg(name, failure.message));
            });
}

void AttachmentsPanel::preview(qint64 attachmentId)
{
    const auto attachment = m_model->find(attachmentId);
    if (!attachment || !attachment->isPreviewableImage())
        return;
    m_api.getBytes(u"/attachments/%1/content"_s.arg(attachmentId))
        ->thenRaw(
            this,
            [this, attachment = *attachment](const QByteArray &bytes, const QString &) {
                const QImage image = AttachmentPreviewDialog::decode(bytes);
                if (image.isNull()) {
                    showProblem(tr("%1 cannot be shown as a picture.").arg(attachment.fileName));
                    return;
                }
                delete m_preview;
                m_preview = new AttachmentPreviewDialog(attachment, image, this);
                m_preview->setAttribute(Qt::WA_DeleteOnClose);
                connect(m_preview, &AttachmentPreviewDialog::saveRequested, this, &AttachmentsPanel::saveAs);
                m_preview->show();
                Q_EMIT previewShown(attachment.id);
            },
            [this, name = attachment->fileName](const ApiFailure &failure) {
                showProblem(tr("%1 could not be downloaded: %2").arg(name, failure.message));
            });
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_ticketId > 0 && DroppedFiles::offersAttachment(event->mimeData()))
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    if (m_ticketId <= 0)
        return;
    const DroppedFiles dropped(event->mimeData());
    if (!dropped.paths.isEmpty())
        m_uploader.uploadFiles(m_ticketId, dropped.paths);
    else if (!dropped.image.isNull())
        m_uploader.uploadImage(m_ticketId, dropped.image);
    else
        return;
    event->acceptProposedAction();
}

} // namespace Helpline
