// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentUploader.h"

#include "ApiClient.h"
#include "Clock.h"
#include "DisplayText.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QUrlQuery>
#include <QUuid>

namespace Helpline {

using namespace Qt::StringLiterals;

AttachmentUploader::AttachmentUploader(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

QString AttachmentUploader::screenshotName(const QDateTime &time)
{
    return u"screenshot-%1.png"_s.arg(time.toLocalTime().toString(u"yyyy-MM-dd-HHmmss"_s));
}

void AttachmentUploader::uploadFiles(qint64 ticketId, const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (info.isDir()) {
            Q_EMIT failed(ticketId, name, tr("a folder cannot be attached; attach the files in it, or an archive of it."));
            continue;
        }
        // Refused before reading: a file past the limit would only be read to be turned away.
        if (info.size() > Attachment::defaultMaxBytes) {
            Q_EMIT failed(ticketId, name, tr("it is %1; attachments may be at most %2.")
                                              .arg(DisplayText::sizeText(info.size()),
                                                   DisplayText::sizeText(Attachment::defaultMaxBytes)));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT failed(ticketId, name, tr("it cannot be read: %1").arg(file.errorString()));
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.isEmpty()) {
            Q_EMIT failed(ticketId, name, tr("it is empty."));
            continue;
        }
        upload(ticketId, name, bytes);
    }
}

void AttachmentUploader::uploadImage(qint64 ticketId, const QImage &image)
{
    const QString name = screenshotName(Clock::current().now());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        Q_EMIT failed(ticketId, name, tr("the pasted image could not be turned into a PNG file."));
        return;
    }
    upload(ticketId, name, bytes);
}

void AttachmentUploader::upload(qint64 ticketId, const QString &fileName, const QByteArray &bytes)
{
    QUrlQuery query;
    // Encoded here, so that '%', '&' and '+' in a name reach the server as they are.
    query.addQueryItem(u"file_name"_s, QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    ApiCall *call = m_api.postBytes(u"/tickets/%1/attachments"_s.arg(ticketId), query, bytes, key);
    Q_EMIT started(ticketId, fileName);
    connect(call, &ApiCall::progress, this,
            [this, ticketId, fileName](qint64 sent, qint64 total) { Q_EMIT progress(ticketId, fileName, sent, total); });
    connect(call, &ApiCall::finished, this, [this, ticketId] { Q_EMIT finished(ticketId); });
    call->then(
        this,
        [this, ticketId, fileName](const QJsonObject &json, int) {
            if (const auto attachment = Attachment::fromJson(json))
                Q_EMIT uploaded(ticketId, *attachment);
            else
                Q_EMIT failed(ticketId, fileName, tr("the server sent an answer Helpline cannot read."));
        },
        [this, ticketId, fileName](const ApiFailure &failure) { Q_EMIT failed(ticketId, fileName, failure.message); });
}

} // namespace Helpline
