// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttachmentPreviewDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Helpline {

class ApiClient;
class AttachmentTableModel;
class AttachmentUploader;
class UploadStatus;

// The shown ticket's files: listed with a thumbnail for images, saved where the analyst
// chooses, images previewed. Files dropped here or chosen with "Attach files…" are uploaded.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT
public:
    AttachmentsPanel(ApiClient &api, AttachmentUploader &uploader, QWidget *parent = nullptr);

    void setTicket(qint64 ticketId); // loads the list when it is another ticket
    void reload();
    AttachmentTableModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Fetches the attachment and writes it to `path` whole or not at all (QSaveFile),
    // after checking it arrived as stored (SHA-256). The file dialog's answer lands here.
    void saveTo(qint64 attachmentId, const QString &path);
    void saveAs(qint64 attachmentId);
    void preview(qint64 attachmentId);
    AttachmentPreviewDialog *previewDialog() const { return m_preview; }

    // Images larger than this get no thumbnail: it would cost a whole download to draw one.
    static constexpr qint64 thumbnailMaxBytes = 8 * 1024 * 1024;

Q_SIGNALS:
    void loaded(qint64 ticketId, int count);
    void countChanged(int count); // -1: not known yet (another ticket's list is on its way)
    void saved(qint64 attachmentId, const QString &path);
    void previewShown(qint64 attachmentId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onUploaded(qint64 ticketId, const Attachment &attachment);
    void loadThumbnail(const Attachment &attachment);
    std::optional<Attachment> selected() const;
    void updateButtons();
    void showProblem(const QString &text);
    void attachChosenFiles();

    ApiClient &m_api;
    AttachmentUploader &m_uploader;
    qint64 m_ticketId = 0;
    AttachmentTableModel *m_model;
    QTreeView *m_view;
    QPushButton *m_attach;
    QPushButton *m_save;
    QPushButton *m_previewButton;
    UploadStatus *m_status;
    QLabel *m_problem;
    QPointer<AttachmentPreviewDialog> m_preview;
};

} // namespace Helpline
