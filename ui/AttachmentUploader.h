// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"

#include <QObject>

class QImage;

namespace Helpline {

class ApiClient;

// Sends files to a ticket: files from disk (dropped or chosen), or an image from the
// clipboard saved as PNG. Each upload carries its own idempotency key, and reports its
// start, progress and end, with a message fit for the analyst when it fails. Nothing it
// does touches what the analyst is typing.
class AttachmentUploader : public QObject
{
    Q_OBJECT
public:
    explicit AttachmentUploader(ApiClient &api, QObject *parent = nullptr);

    void uploadFiles(qint64 ticketId, const QStringList &paths);
    void uploadImage(qint64 ticketId, const QImage &image);
    void upload(qint64 ticketId, const QString &fileName, const QByteArray &bytes);

    // "screenshot-2025-03-14-093012.png", in the analyst's local time.
    static QString screenshotName(const QDateTime &time);

Q_SIGNALS:
    void started(qint64 ticketId, const QString &fileName);
    void progress(qint64 ticketId, const QString &fileName, qint64 sent, qint64 total);
    void uploaded(qint64 ticketId, const Helpline::Attachment &attachment);
    // Also for a file refused before sending (too large, unreadable): then without started().
    void failed(qint64 ticketId, const QString &fileName, const QString &message);
    // A started upload is over, one way or the other.
    void finished(qint64 ticketId);

private:
    ApiClient &m_api;
};

} // namespace Helpline
