// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Helpline {

// Opaque bearer tokens: 256 random bits for the client, a SHA-256 digest for the database.
struct SessionTokens
{
    static QString generate();
    static QByteArray digest(const QString &token);
};

} // namespace Helpline
