// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientSettings.h"
#include "ClientShell.h"
#include "KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Helpline;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"helpline"_s);
    QApplication::setApplicationDisplayName(u"Helpline"_s);
    QApplication::setOrganizationName(u"Helpline"_s);
    QApplication::setApplicationVersion(QStringLiteral(HELPLINE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(HELPLINE_APP_ID));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // The "C" locale of a bare session reads best as English (with its plural forms).
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    QTranslator translator;
    if (translator.load(locale, u"helpline"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Helpline: the service desk for IT support analysts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, QApplication::translate("main", "Offer this server in the sign-in dialog."),
                                    u"url"_s);
    parser.addOption(server);
    parser.process(app);

    ClientSettings settings;
    KeychainSecretStore keychain(QStringLiteral(HELPLINE_APP_ID));
    ClientShell shell(keychain, settings, parser.isSet(server) ? QUrl(parser.value(server)) : QUrl());
    QObject::connect(&shell, &ClientShell::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    shell.start();
    return QApplication::exec();
}
