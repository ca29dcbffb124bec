// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QHostAddress>
#include <QStringList>

namespace Helpline {

// The server's command line, read and checked. `error` is set when it cannot be used.
struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8470;
    QString dataDir;
    DatabaseLocation database;
    bool demo = false;
    QString error;

    static ServerOptions parse(const QStringList &arguments);
};

} // namespace Helpline
