// SPDX-License-Identifier: GPL-3.0-or-later
// helpline-bench-assets: the Assets pane's lookups against the real server over a large
// estate, several clients at once. Prints figures; never fails on a slow machine.
#include "AssetDataGenerator.h"
#include "BenchFigures.h"
#include "Database.h"
#include "HelplineServer.h"
#include "LoadDriver.h"
#include "PostgresCluster.h"
#include "ServerSideTimer.h"
#include "StoreError.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>
#include <cstdio>
#include <memory>

using namespace Helpline;
using namespace Helpline::Bench;
using namespace Qt::StringLiterals;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

struct BenchFailure
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw BenchFailure{message};
}

QJsonObject call(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body = {})
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = body.isEmpty() ? network.get(request) : network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status != 200)
        fail(u"%1 answered HTTP %2: %3"_s.arg(request.url().toString()).arg(status).arg(QString::fromUtf8(answer)));
    return QJsonDocument::fromJson(answer).object();
}

// Runs one kind of request with the given clients; the server-side figures of `path` only.
std::pair<Samples, Samples> drive(const QList<QList<PlannedRequest>> &plans, const QByteArray &token,
                                  const QString &kind, const QString &pathPrefix)
{
    ServerSideTimer serverSide([&](const QString &path) { return path.startsWith(pathPrefix) ? kind : QString(); });
    QThread thread;
    auto *driver = new LoadDriver(plans, token);
    driver->moveToThread(&thread);
    QEventLoop loop;
    QObject::connect(driver, &LoadDriver::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread.start();
    QMetaObject::invokeMethod(driver, &LoadDriver::start, Qt::QueuedConnection);
    loop.exec();
    const Samples roundTrips = driver->roundTrips().value(kind);
    const QStringList failures = driver->failures();
    QMetaObject::invokeMethod(driver, &QObject::deleteLater, Qt::QueuedConnection);
    thread.quit();
    thread.wait();
    if (!failures.isEmpty())
        fail(u"%1 requests failed, the first: %2"_s.arg(failures.size()).arg(failures.first()));
    return {serverSide.samples().value(kind), roundTrips};
}

} // namespace

static int runBench(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the asset lookups against the real Helpline server over a large estate."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"sqlite or postgresql (a throw-away cluster)."_s, u"kind"_s, u"sqlite"_s);
    const QCommandLineOption assetsOption(u"assets"_s, u"Assets to generate."_s, u"n"_s, u"200000"_s);
    const QCommandLineOption requestsOption(u"requests"_s, u"Requests of each kind."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s, u"Clients at once."_s, u"n"_s, u"8"_s);
    parser.addOptions({dbOption, assetsOption, requestsOption, concurrencyOption});
    parser.process(app);

    const QString db = parser.value(dbOption);
    bool ok = true;
    const qint64 assets = parser.value(assetsOption).toLongLong(&ok);
    if (!ok || assets < 100)
        fail(u"--assets wants a number of at least 100"_s);
    const int requests = parser.value(requestsOption).toInt(&ok);
    if (!ok || requests < 1)
        fail(u"--requests wants a positive number"_s);
    const int concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 64)
        fail(u"--concurrency wants a number from 1 to 64"_s);

    QTemporaryDir dir;
    std::unique_ptr<Test::PostgresCluster> cluster;
    QString text;
    if (db == u"sqlite"_s) {
        text = u"sqlite:"_s + dir.filePath(u"helpline.db"_s);
    } else if (db == u"postgresql"_s) {
        cluster = std::make_unique<Test::PostgresCluster>();
        QString error;
        if (!cluster->start(&error))
            fail(u"cannot start a PostgreSQL cluster: "_s + error);
        text = cluster->createDatabase(&error);
        if (text.isEmpty())
            fail(error);
    } else {
        fail(u"--db is sqlite or postgresql"_s);
    }
    QString parseError;
    Database database(DatabaseLocation::parse(text, &parseError));
    if (!parseError.isEmpty())
        fail(parseError);

    print(u"helpline-bench-assets on %1"_s.arg(machineDescription()));
    print(u"database: %1; %2 assets; %3 clients at once; %4 requests of each kind"_s.arg(db).arg(assets)
              .arg(concurrency).arg(requests));
    GeneratedEstate estate;
    const QString username = u"bench"_s;
    const QString password = u"bench-password"_s;
    try {
        database.open();
        estate = AssetDataGenerator(database).generate(assets);
        const PasswordHasher hasher(PasswordHasher::Cost::Minimal);
        Transaction transaction(database);
        UserRepository(database).create({0, username, u"Bench Room Staff"_s, {}, Role::RoomStaff, true, 1},
                                        hasher.hash(password), std::nullopt);
        transaction.commit();
    } catch (const StoreError &error) {
        fail(QString::fromUtf8(error.what()));
    }
    print(u"generated %1 assets, %2 people and %3 rooms in %4 s"_s.arg(estate.assets).arg(estate.people)
              .arg(estate.rooms).arg(estate.seconds, 0, 'f', 1));

    ServerSettings settings;
    settings.passwordCost = PasswordHasher::Cost::Minimal;
    settings.dataDir = dir.path();
    HelplineServer server(database, settings);
    QString listenError;
    if (!server.listen(QHostAddress::LocalHost, 0, &listenError))
        fail(u"the server does not listen: "_s + listenError);
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(server.port()));
    QNetworkAccessManager network;
    const QByteArray token =
        call(network, QNetworkRequest(base.resolved(QUrl(u"/api/v1/auth/login"_s))),
             QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, password}}).toJson(QJsonDocument::Compact))
            .value(u"token"_s).toString().toUtf8();

    auto lookupUrl = [&](const QString &q) {
        QUrl url = base.resolved(QUrl(u"/api/v1/assets"_s));
        url.setQuery(QUrlQuery{{u"q"_s, q}, {u"limit"_s, u"50"_s}});
        return url;
    };
    // The answers are right before they are timed: a tag finds its asset first.
    {
        QNetworkRequest request(lookupUrl(estate.tags.constFirst().toLower()));
        request.setRawHeader("Authorization", "Bearer " + token);
        const QJsonObject answer = call(network, request);
        if (answer.value(u"exact_id"_s).isNull())
            fail(u"the exact tag lookup did not find %1"_s.arg(estate.tags.constFirst()));
    }

    struct Kind
    {
        QString name;
        double target;
        QString pathPrefix;
        std::function<QUrl(int)> url;
    };
    const QList<Kind> kinds{
        {u"exact tag (scanner): GET /assets?q=<tag>"_s, 2.0, u"/api/v1/assets"_s,
         [&](int i) { return lookupUrl(estate.tags.at(i % estate.tags.size())); }},
        {u"exact serial: GET /assets?q=<serial>"_s, 2.0, u"/api/v1/assets"_s,
         [&](int i) { return lookupUrl(estate.serials.at(i % estate.serials.size())); }},
        {u"free text (person, room, model): GET /assets?q=<words>"_s, 20.0, u"/api/v1/assets"_s,
         [&](int i) { return lookupUrl(estate.freeTexts.at(i % estate.freeTexts.size())); }},
        {u"a room's equipment: GET /locations/{id}/assets"_s, 5.0, u"/api/v1/locations/"_s,
         [&](int i) {
             return base.resolved(QUrl(u"/api/v1/locations/%1/assets"_s.arg(estate.roomIds.at(i % estate.roomIds.size()))));
         }},
    };
    print(u"figures (server-side: from the server reading the request to its response being ready; "
          "round trip: as the clients saw it, including the wait behind the other clients):"_s);
    for (const Kind &kind : kinds) {
        QList<QList<PlannedRequest>> plans(concurrency);
        for (int i = 0; i < requests; ++i)
            plans[i % concurrency].append({kind.name, kind.url(i)});
        const auto [serverSide, roundTrips] = drive(plans, token, kind.name, kind.pathPrefix);
        print(u"  %1"_s.arg(kind.name));
        print(u"    server-side:            %1   target <= %2 ms p99: %3"_s.arg(percentileLine(serverSide))
                  .arg(kind.target, 0, 'f', 0)
                  .arg(serverSide.percentile(99) <= kind.target ? u"met"_s : u"MISSED"_s));
        print(u"    round trip at conc. %1:  %2"_s.arg(concurrency).arg(percentileLine(roundTrips)));
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"helpline-bench-assets"_s);
    try {
        return runBench(app);
    } catch (const BenchFailure &failure) {
        std::fputs(qPrintable(u"helpline-bench-assets: "_s + failure.message + u'\n'), stderr);
        return 1;
    }
}
