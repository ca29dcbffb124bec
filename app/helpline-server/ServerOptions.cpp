// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Helpline {

using namespace Qt::StringLiterals;

ServerOptions ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Helpline REST server. Listens on loopback unless told otherwise; "
                                     "put nginx in front of it for anything beyond one machine."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8470)."_s,
                                    u"address:port"_s, u"127.0.0.1:8470"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Directory for the SQLite database and other data."_s,
                                     u"directory"_s);
    const QCommandLineOption db(u"db"_s, u"Database: sqlite:PATH or postgresql://user@host/dbname "
                                          "(default: sqlite:<data-dir>/helpline.db)."_s, u"url"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed an empty database with demo users and tickets, and print the demo sign-ins."_s);
    const QCommandLineOption insecure(u"insecure-public-bind"_s,
                                      u"Allow listening on a non-loopback address without TLS. Only behind a "
                                      "TLS-terminating proxy on a trusted network."_s);
    parser.addOptions({listen, dataDir, db, demo, insecure});
    parser.process(arguments);

    ServerOptions options;
    options.demo = parser.isSet(demo);

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listenText.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listenText.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || !options.address.setAddress(host)) {
        options.error = u"--listen expects address:port, as in 127.0.0.1:8470 or [::1]:8470"_s;
        return options;
    }
    options.port = static_cast<quint16>(port);
    if (!options.address.isLoopback() && !parser.isSet(insecure)) {
        options.error = u"refusing to listen on %1 without TLS: Helpline's server is meant to sit on loopback "
                        "behind a TLS-terminating proxy such as nginx. Pass --insecure-public-bind if a proxy on a "
                        "trusted network terminates TLS."_s.arg(host);
        return options;
    }

    options.dataDir = parser.isSet(dataDir)
        ? parser.value(dataDir)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(options.dataDir)) {
        options.error = u"cannot create the data directory %1"_s.arg(options.dataDir);
        return options;
    }
    const QString dbText = parser.isSet(db)
        ? parser.value(db)
        : u"sqlite:"_s + QDir(options.dataDir).absoluteFilePath(u"helpline.db"_s);
    options.database = DatabaseLocation::parse(dbText, &options.error);
    return options;
}

} // namespace Helpline
