// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTest.h"

#include "RouteTable.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QSet<QByteArray> allowOf(const HttpResponse &response)
{
    QSet<QByteArray> methods;
    for (const QByteArray &method : response.header("Allow").split(','))
        methods.insert(method.trimmed());
    return methods;
}

// {"error":{"code":"…","message":"…"[,"fields":{name: text}]}} and nothing internal.
void verifyErrorShape(const HttpResponse &response, const QString &what)
{
    const QString context = u"%1 (HTTP %2): %3"_s.arg(what).arg(response.status).arg(QString::fromUtf8(response.body));
    QVERIFY2(response.status >= 400, qPrintable(context));
    QVERIFY2(response.header("Content-Type").startsWith("application/json"), qPrintable(context));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    QVERIFY2(doc.isObject(), qPrintable(context));
    const QJsonObject root = doc.object();
    QVERIFY2(root.keys() == QStringList{u"error"_s}, qPrintable(context));
    const QJsonObject error = root.value(u"error"_s).toObject();
    QVERIFY2(!error.value(u"code"_s).toString().isEmpty(), qPrintable(context));
    QVERIFY2(!error.value(u"message"_s).toString().isEmpty(), qPrintable(context));
    for (const QString &key : error.keys())
        QVERIFY2(key == u"code"_s || key == u"message"_s || key == u"fields"_s, qPrintable(context));
    if (error.contains(u"fields"_s)) {
        const QJsonValue fields = error.value(u"fields"_s);
        QVERIFY2(fields.isObject() && !fields.toObject().isEmpty(), qPrintable(context));
        for (const QJsonValue &value : fields.toObject())
            QVERIFY2(value.isString(), qPrintable(context));
    }
    QVERIFY2(!response.body.contains("SELECT"), qPrintable(context));
    QVERIFY2(!response.body.contains("QSql"), qPrintable(context));
    QVERIFY2(!response.body.toLower().contains("sqlite"), qPrintable(context));
    QVERIFY2(!response.body.contains("postgres"), qPrintable(context));
}

} // namespace

void ServerTest::wrongMethod_returns405WithAllow()
{
    const struct
    {
        QByteArray verb;
        QString path;
        QSet<QByteArray> allow;
    } cases[] = {
        {"DELETE", u"/tickets"_s, {"GET", "POST"}},
        {"PUT", u"/me"_s, {"GET"}},
        {"GET", u"/auth/login"_s, {"POST"}},
        {"POST", u"/health"_s, {"GET"}},
        {"DELETE", u"/tickets/1"_s, {"GET", "PATCH"}},
        {"POST", u"/tickets/1/history"_s, {"GET"}},
    };
    const QString analyst = token(Role::Analyst);
    for (const auto &c : cases) {
        const HttpResponse response = fx().http().send(c.verb, c.path, {}, {}, analyst);
        const QString what = QString::fromLatin1(c.verb) + u' ' + c.path;
        QVERIFY2(response.status == 405, qPrintable(u"%1: HTTP %2"_s.arg(what).arg(response.status)));
        QVERIFY2(allowOf(response) == c.allow,
                 qPrintable(u"%1: Allow: %2"_s.arg(what, QString::fromLatin1(response.header("Allow")))));
        QCOMPARE(response.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"method_not_allowed"_s);
    }
}

void ServerTest::unknownRoute_returns404Json()
{
    const QString analyst = token(Role::Analyst);
    for (const QString &path : {u"/nothing-here"_s, u"/tickets/1/comments"_s, u"//"_s, u"//api/v2/tickets"_s,
                                u"//index.html"_s}) {
        const HttpResponse response = fx().http().get(path, analyst);
        QVERIFY2(response.status == 404, qPrintable(u"%1: HTTP %2"_s.arg(path).arg(response.status)));
        QCOMPARE(response.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
    }
}

void ServerTest::errors_haveOneShapeAndNoInternals()
{
    HttpClient &http = fx().http();
    const QString analyst = token(Role::Analyst);
    const QString roomStaff = token(Role::RoomStaff);
    const QByteArray json = "application/json";
    const std::pair<QString, HttpResponse> errors[] = {
        {u"malformed body"_s, http.send("POST", u"/tickets"_s, "{", json, analyst)},
        {u"bad list parameter"_s, http.get(u"/tickets"_s, analyst, QUrlQuery(u"sort=title;DROP"_s))},
        {u"SQL-looking filter"_s, http.get(u"/tickets"_s, analyst, QUrlQuery(u"status=new'%20OR%201=1--"_s))},
        {u"garbage cursor"_s, http.get(u"/tickets"_s, analyst, QUrlQuery(u"cursor=eyJzIjoiLWlkIiwidiI6WyJ4Il19"_s))},
        {u"no token"_s, http.get(u"/tickets"_s)},
        {u"bad token"_s, http.get(u"/tickets"_s, u"x"_s)},
        {u"forbidden"_s, http.get(u"/tickets"_s, roomStaff)},
        {u"not found"_s, http.get(u"/tickets/42"_s, analyst)},
        {u"no route"_s, http.get(u"/nope"_s, analyst)},
        {u"wrong method"_s, http.send("PATCH", u"/tickets"_s, "{}", json, analyst)},
        {u"too large"_s, http.send("POST", u"/tickets"_s, QByteArray(2 * 1024 * 1024, ' '), json, analyst)},
        {u"wrong media type"_s, http.send("POST", u"/tickets"_s, "{}", "text/plain", analyst)},
        {u"validation"_s, http.post(u"/tickets"_s, {{u"title"_s, 1}}, analyst)},
        {u"login validation"_s, http.post(u"/auth/login"_s, {})},
        {u"wrong password"_s, http.post(u"/auth/login"_s, {{u"username"_s, u"x"_s}, {u"password"_s, u"y"_s}})},
    };
    for (const auto &[what, response] : errors)
        verifyErrorShape(response, what);
}

void ServerTest::internalError_returns500WithoutSqlText()
{
    const QString analyst = token(Role::Analyst);
    QCOMPARE(fx().http().get(u"/tickets"_s, analyst).status, 200);

    // The database goes away under the server: every query now fails inside the store.
    QSqlDatabase connection = fx().database().connection();
    connection.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^request failed: .*"_s));
    const HttpResponse response = fx().http().get(u"/tickets"_s, analyst);
    QCOMPARE(response.status, 500);
    QCOMPARE(response.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"internal_error"_s);
    verifyErrorShape(response, u"store failure"_s);
}

void ServerTest::openApi_documentsEveryRoute()
{
    const HttpResponse response = fx().http().get(u"/openapi.json"_s); // public: no token
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
    const QJsonObject document = response.json();
    QVERIFY(document.value(u"openapi"_s).toString().startsWith(u"3."_s));
    const QJsonObject paths = document.value(u"paths"_s).toObject();
    QVERIFY(!paths.isEmpty());

    const QList<RouteTable::Route> &routes = fx().server().routes().routes();
    QVERIFY(routes.size() >= 7);
    QSet<QString> served;
    for (const RouteTable::Route &route : routes) {
        const QString method = QString::fromLatin1(RouteTable::methodName(route.method)).toLower();
        served.insert(method + u' ' + route.path);
        QVERIFY2(paths.value(route.path).toObject().contains(method),
                 qPrintable(u"%1 %2 is not in openapi.json"_s.arg(method.toUpper(), route.path)));
    }

    // And the document promises nothing the server does not serve.
    static const QSet<QString> verbs{u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"options"_s,
                                     u"head"_s, u"patch"_s, u"trace"_s};
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (auto op = operations.constBegin(); op != operations.constEnd(); ++op) {
            if (verbs.contains(op.key()))
                QVERIFY2(served.contains(op.key() + u' ' + path.key()),
                         qPrintable(u"openapi.json documents %1 %2, which no route serves"_s.arg(op.key().toUpper(),
                                                                                                 path.key())));
        }
    }
}

void ServerTest::health_returns200WithVersions()
{
    const HttpResponse response = fx().http().get(u"/health"_s);
    QCOMPARE(response.status, 200);
    const QJsonObject body = response.json();
    QCOMPARE(body.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(body.value(u"api_version"_s).toString(), HelplineServer::apiVersion());
    QVERIFY(body.contains(u"server_version"_s));
    QCOMPARE(response.header("Cache-Control"), "no-store");
    QCOMPARE(response.header("X-Content-Type-Options"), "nosniff");
}
