// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionTokens.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace Helpline {

QString SessionTokens::generate()
{
    if (sodium_init() < 0) // idempotent; the generator needs it once per process
        qFatal("libsodium could not be initialised");
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray SessionTokens::digest(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

} // namespace Helpline
