// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Helpline {

// The bytes of attachments, as files in one directory named by their SHA-256 (fanned out
// by its first two hex digits). A name from a client never becomes a path: the same bytes
// are kept once, and nothing an uploader types can point outside the directory.
class AttachmentFiles
{
public:
    explicit AttachmentFiles(QString directory) : m_directory(std::move(directory)) {}

    // Keeps `bytes` (whose SHA-256 is `sha256Hex`) and returns their storage name.
    // Throws StoreError when the file cannot be written.
    QString store(const QByteArray &bytes, const QString &sha256Hex) const;
    // The bytes kept under `storageName`; nullopt when missing or not a storage name.
    std::optional<QByteArray> read(const QString &storageName) const;

    static bool isStorageName(const QString &name);

private:
    QString pathFor(const QString &storageName) const;

    QString m_directory;
};

} // namespace Helpline
