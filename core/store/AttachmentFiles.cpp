// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentFiles.h"

#include "StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace Helpline {

using namespace Qt::StringLiterals;

bool AttachmentFiles::isStorageName(const QString &name)
{
    static const QRegularExpression sha256Hex(u"^[0-9a-f]{64}$"_s);
    return sha256Hex.match(name).hasMatch();
}

QString AttachmentFiles::pathFor(const QString &storageName) const
{
    return QDir(m_directory).filePath(storageName.left(2) + u'/' + storageName);
}

QString AttachmentFiles::store(const QByteArray &bytes, const QString &sha256Hex) const
{
    if (m_directory.isEmpty())
        throw StoreError(u"the server has no data directory for attachments"_s);
    if (!isStorageName(sha256Hex))
        throw StoreError(u"not a SHA-256 storage name: %1"_s.arg(sha256Hex));
    const QString path = pathFor(sha256Hex);
    // Same name, same bytes: a second upload of one file stores nothing new.
    if (QFile::exists(path) && QFileInfo(path).size() == bytes.size())
        return sha256Hex;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw StoreError(u"cannot create the attachment directory for %1"_s.arg(path));
    // QSaveFile: a crash or a full disk never leaves half a file under a name that claims
    // to be the whole one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StoreError(u"cannot write attachment %1: %2"_s.arg(path, file.errorString()));
    return sha256Hex;
}

std::optional<QByteArray> AttachmentFiles::read(const QString &storageName) const
{
    if (m_directory.isEmpty() || !isStorageName(storageName))
        return std::nullopt;
    QFile file(pathFor(storageName));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace Helpline
