// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"

#include <sodium.h>
#include <stdexcept>

namespace Helpline {

namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}
} // namespace

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{
    ensureSodium();
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    const bool minimal = m_cost == Cost::Minimal;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        throw std::runtime_error("out of memory while hashing a password");
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    static const QString dummy = hash(QStringLiteral("helpline-dummy-password"));
    verify(dummy, password);
}

} // namespace Helpline
