// SPDX-License-Identifier: GPL-3.0-or-later
// helpline-bench-server: the queue and the ticket pane against the real server over a large
// database, several clients at once. Prints figures; never fails on a slow machine.
#include "BenchFigures.h"
#include "Database.h"
#include "HelplineServer.h"
#include "LoadDriver.h"
#include "PostgresCluster.h"
#include "ServerSideTimer.h"
#include "StoreError.h"
#include "TicketDataGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>
#include <cstdio>
#include <memory>

using namespace Helpline;
using namespace Helpline::Bench;
using namespace Qt::StringLiterals;

namespace {

constexpr double targetMs = 5.0;
const QString openStatuses = u"new,assigned,in_progress,pending"_s;
const QString queueSort = u"priority,created_at"_s;

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Thrown to end the bench; unwinding stops a PostgreSQL cluster it started.
struct BenchFailure
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw BenchFailure{message};
}

// A blocking request from the main thread, whose event loop also runs the server.
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

QUrl queueUrl(const QUrl &base, const QString &group, const QString &cursor = {})
{
    QUrl url = base;
    url.setPath(u"/api/v1/tickets"_s);
    QUrlQuery query;
    query.addQueryItem(u"group"_s, group);
    query.addQueryItem(u"status"_s, openStatuses);
    query.addQueryItem(u"sort"_s, queueSort);
    query.addQueryItem(u"limit"_s, u"50"_s);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    url.setQuery(query);
    return url;
}

// The queue walked page by page through its cursors must list exactly what one plain query
// lists, in the same order: the figures are only worth having if the pages are right.
void verifyQueueWalk(QNetworkAccessManager &network, const QUrl &base, const QByteArray &token, Database &database,
                     const QString &group)
{
    const std::pair<QString, QString> sorts[] = {
        {u"priority,created_at"_s, u"priority, created_at, id"_s},
        {u"-priority,created_at"_s, u"priority DESC, created_at, id"_s},
        {u"-created_at,-priority"_s, u"created_at DESC, priority DESC, id"_s},
    };
    for (const auto &[sort, order] : sorts) {
        QSqlQuery plain(database.connection());
        plain.prepare(u"SELECT id FROM tickets WHERE assignment_group = ? AND status IN "
                      "('new', 'assigned', 'in_progress', 'pending') ORDER BY "_s + order);
        plain.addBindValue(group);
        if (!plain.exec())
            fail(u"the plain queue query failed: "_s + plain.lastError().text());
        QList<qint64> expected;
        while (plain.next())
            expected << plain.value(0).toLongLong();
        QList<qint64> walked;
        QString cursor;
        do {
            QUrl url = queueUrl(base, group, cursor);
            QUrlQuery query(url);
            query.removeAllQueryItems(u"sort"_s);
            query.addQueryItem(u"sort"_s, sort);
            query.removeAllQueryItems(u"limit"_s);
            query.addQueryItem(u"limit"_s, u"37"_s);
            url.setQuery(query);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + token);
            const QJsonObject page = call(network, request);
            const QJsonArray items = page.value(u"items"_s).toArray();
            for (const QJsonValue &item : items)
                walked << item.toObject().value(u"id"_s).toInteger();
            cursor = page.value(u"next_cursor"_s).toString();
        } while (!cursor.isEmpty() && walked.size() <= expected.size());
        if (walked != expected)
            fail(u"the %1 queue sorted by %2 walked through its cursors lists %3 tickets, not the %4 expected in order"_s
                     .arg(group, sort).arg(walked.size()).arg(expected.size()));
    }
}

// Runs the plans with the given clients and returns when all are done.
std::pair<QHash<QString, Samples>, QHash<QString, Samples>>
drive(const QList<QList<PlannedRequest>> &plans, const QByteArray &token, const ServerSideTimer::Classifier &classify)
{
    ServerSideTimer serverSide(classify);
    QThread thread;
    thread.setObjectName(u"bench clients"_s);
    auto *driver = new LoadDriver(plans, token);
    driver->moveToThread(&thread);
    QEventLoop loop;
    QObject::connect(driver, &LoadDriver::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread.start();
    QMetaObject::invokeMethod(driver, &LoadDriver::start, Qt::QueuedConnection);
    loop.exec();
    const QHash<QString, Samples> roundTrips = driver->roundTrips();
    const QStringList failures = driver->failures();
    QMetaObject::invokeMethod(driver, &QObject::deleteLater, Qt::QueuedConnection);
    thread.quit();
    thread.wait();
    if (!failures.isEmpty())
        fail(u"%1 requests failed, the first: %2"_s.arg(failures.size()).arg(failures.first()));
    return {serverSide.samples(), roundTrips};
}

void report(const QString &kind, const QHash<QString, Samples> &serverSide, const QHash<QString, Samples> &roundTrips,
            int concurrency)
{
    const Samples server = serverSide.value(kind);
    print(u"  %1"_s.arg(kind));
    print(u"    server-side:            %1   target <= %2 ms p99: %3"_s.arg(percentileLine(server))
              .arg(targetMs, 0, 'f', 0)
              .arg(server.percentile(99) <= targetMs ? u"met"_s : u"MISSED"_s));
    print(u"    round trip at conc. %1:  %2"_s.arg(concurrency).arg(percentileLine(roundTrips.value(kind))));
}

} // namespace

static int runBench(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times the queue page and the ticket pane against the real Helpline server over a large database."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"sqlite or postgresql (a throw-away cluster)."_s, u"kind"_s, u"sqlite"_s);
    const QCommandLineOption ticketsOption(u"tickets"_s, u"Tickets to generate."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption requestsOption(u"requests"_s, u"Requests of each kind."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s, u"Clients at once."_s, u"n"_s, u"8"_s);
    const QCommandLineOption commentsOption(u"comments"_s, u"Comments on the opened ticket."_s, u"n"_s, u"100"_s);
    const QCommandLineOption deepPageOption(u"deep-page"_s, u"The queue page also read through a keyset cursor."_s,
                                            u"n"_s, u"21"_s);
    const QCommandLineOption verifyOption(u"verify"_s,
                                          u"Walk every queue through its cursors and compare (always up to 20000 tickets)."_s);
    parser.addOptions({dbOption, ticketsOption, requestsOption, concurrencyOption, commentsOption, deepPageOption,
                       verifyOption});
    parser.process(app);

    const QString db = parser.value(dbOption);
    bool ok = true;
    const qint64 tickets = parser.value(ticketsOption).toLongLong(&ok);
    if (!ok || tickets < 1000)
        fail(u"--tickets wants a number of at least 1000"_s);
    const int requests = parser.value(requestsOption).toInt(&ok);
    if (!ok || requests < 1)
        fail(u"--requests wants a positive number"_s);
    const int concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 64)
        fail(u"--concurrency wants a number from 1 to 64"_s);
    const int comments = parser.value(commentsOption).toInt(&ok);
    if (!ok || comments < 0)
        fail(u"--comments wants a number"_s);
    const int deepPage = parser.value(deepPageOption).toInt(&ok);
    if (!ok || deepPage < 2)
        fail(u"--deep-page wants a number of at least 2"_s);

    // The database: a SQLite file in a temporary directory, or a PostgreSQL cluster of our own.
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

    print(u"helpline-bench-server on %1"_s.arg(machineDescription()));
    print(u"database: %1; %2 tickets; %3 clients at once; %4 requests of each kind"_s.arg(db)
              .arg(tickets).arg(concurrency).arg(requests));
    GeneratedData data;
    try {
        database.open();
        data = TicketDataGenerator(database).generate(tickets, comments);
    } catch (const StoreError &error) {
        fail(QString::fromUtf8(error.what()));
    }
    print(u"generated %1 tickets and %2 comments on ticket %3 in %4 s"_s.arg(data.tickets).arg(data.comments)
              .arg(data.commentedTicketId).arg(data.seconds, 0, 'f', 1));

    ServerSettings settings;
    settings.passwordCost = PasswordHasher::Cost::Minimal;
    settings.dataDir = dir.path();
    HelplineServer server(database, settings);
    QString listenError;
    if (!server.listen(QHostAddress::LocalHost, 0, &listenError))
        fail(u"the server does not listen: "_s + listenError);
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(server.port()));

    QNetworkAccessManager network;
    QNetworkRequest login(base.resolved(QUrl(u"/api/v1/auth/login"_s)));
    const QByteArray token = call(network, login,
                                  QJsonDocument(QJsonObject{{u"username"_s, data.username}, {u"password"_s, data.password}})
                                      .toJson(QJsonDocument::Compact))
                                 .value(u"token"_s).toString().toUtf8();

    if (parser.isSet(verifyOption) || tickets <= 20000) {
        for (const QString &group : std::as_const(data.groups))
            verifyQueueWalk(network, base, token, database, group);
        print(u"verified: every group's open queue, walked through its cursors in 3 sorts, matches one plain query"_s);
    }

    // A cursor deep in each group's queue, found by paging as a client would.
    QHash<QString, QString> deepCursors;
    for (const QString &group : std::as_const(data.groups)) {
        QString cursor;
        for (int page = 1; page < deepPage; ++page) {
            QNetworkRequest request(queueUrl(base, group, cursor));
            request.setRawHeader("Authorization", "Bearer " + token);
            cursor = call(network, request).value(u"next_cursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        deepCursors.insert(group, cursor);
    }

    const QString firstPage = u"queue page 1 (group, open statuses, by priority then age, 50 rows)"_s;
    const QString laterPage = u"queue page %1 (the same, after a keyset cursor)"_s.arg(deepPage);
    const QString ticketKind = u"open a ticket: GET /tickets/{id}"_s;
    const QString commentsKind = u"open a ticket: GET /tickets/{id}/comments (%1 comments)"_s.arg(data.comments);
    const QString ticketPath = u"/api/v1/tickets/%1"_s.arg(data.commentedTicketId);

    // Phase 1: the first queue page and opening the ticket, mixed, as analysts work.
    QList<QList<PlannedRequest>> plans(concurrency);
    for (int i = 0; i < requests * 3; ++i) {
        const int client = i % concurrency;
        const QString group = data.groups.at((i / 3) % data.groups.size());
        switch (i % 3) {
        case 0: plans[client].append({firstPage, queueUrl(base, group)}); break;
        case 1: plans[client].append({ticketKind, base.resolved(QUrl(ticketPath))}); break;
        default: plans[client].append({commentsKind, base.resolved(QUrl(ticketPath + u"/comments"_s))}); break;
        }
    }
    const auto classifyMixed = [&](const QString &path) {
        if (path == u"/api/v1/tickets"_s)
            return firstPage;
        if (path == ticketPath)
            return ticketKind;
        if (path == ticketPath + u"/comments"_s)
            return commentsKind;
        return QString();
    };
    const auto [serverMixed, roundMixed] = drive(plans, token, classifyMixed);

    // Phase 2: a page deep in the queue, through the keyset cursor (no OFFSET).
    QList<QList<PlannedRequest>> deepPlans(concurrency);
    for (int i = 0; i < requests; ++i) {
        const QString group = data.groups.at(i % data.groups.size());
        if (!deepCursors.value(group).isEmpty())
            deepPlans[i % concurrency].append({laterPage, queueUrl(base, group, deepCursors.value(group))});
    }
    const auto classifyDeep = [&](const QString &path) { return path == u"/api/v1/tickets"_s ? laterPage : QString(); };
    const auto [serverDeep, roundDeep] = drive(deepPlans, token, classifyDeep);

    print(u"figures (server-side: from the server reading the request to its response being ready; "
          "round trip: as the clients saw it, including the wait behind the other clients):"_s);
    report(firstPage, serverMixed, roundMixed, concurrency);
    if (serverDeep.contains(laterPage))
        report(laterPage, serverDeep, roundDeep, concurrency);
    else
        fail(u"the queues are shorter than %1 pages: no figures for %2"_s.arg(deepPage).arg(laterPage));
    report(ticketKind, serverMixed, roundMixed, concurrency);
    report(commentsKind, serverMixed, roundMixed, concurrency);
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"helpline-bench-server"_s);
    try {
        return runBench(app);
    } catch (const BenchFailure &failure) {
        std::fputs(qPrintable(u"helpline-bench-server: "_s + failure.message + u'\n'), stderr);
        return 1;
    }
}
