// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeed.h"
#include "HelplineServer.h"
#include "ServerOptions.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Helpline;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"helpline-server"_s);
    QCoreApplication::setOrganizationName(u"Helpline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HELPLINE_VERSION));

    const ServerOptions options = ServerOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "helpline-server: %s\n", qPrintable(options.error));
        return 2;
    }

    Database database(options.database);
    try {
        database.open();
    } catch (const StoreError &error) {
        std::fprintf(stderr, "helpline-server: %s\n", error.what());
        return 1;
    }

    ServerSettings settings;
    settings.dataDir = options.dataDir;
    HelplineServer server(database, settings);
    if (options.demo) {
        try {
            if (DemoSeed::seed(database, PasswordHasher(settings.passwordCost)))
                std::printf("Seeded demo data into %s\n", qPrintable(database.location().describe()));
        } catch (const StoreError &error) {
            std::fprintf(stderr, "helpline-server: seeding demo data failed: %s\n", error.what());
            return 1;
        }
    }

    QString error;
    if (!server.listen(options.address, options.port, &error)) {
        std::fprintf(stderr, "helpline-server: cannot listen on %s:%u: %s\n",
                     qPrintable(options.address.toString()), options.port, qPrintable(error));
        return 1;
    }
    const QString url = u"http://%1:%2"_s.arg(options.address.protocol() == QAbstractSocket::IPv6Protocol
                                                   ? u"["_s + options.address.toString() + u"]"_s
                                                   : options.address.toString())
                            .arg(server.port());
    std::printf("helpline-server %s listening on %s/api/v1 (%s)\n", HELPLINE_VERSION, qPrintable(url),
                qPrintable(database.location().describe()));
    if (options.demo) {
        std::printf("\nDemo sign-ins (server URL %s):\n", qPrintable(url));
        for (const DemoSeed::Login &login : DemoSeed::logins())
            std::printf("  %-10s  user %-8s  password %s\n", qPrintable(roleName(login.role)),
                        qPrintable(login.username), qPrintable(login.password));
        std::printf("\n");
    }
    std::fflush(stdout);
    return QCoreApplication::exec();
}
