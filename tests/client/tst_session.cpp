// SPDX-License-Identifier: GPL-3.0-or-later
// The client's session against a real server on loopback and a real Secret Service.
#include "ApiClient.h"
#include "ClientSettings.h"
#include "InProcessServer.h"
#include "KeychainSecretStore.h"
#include "Session.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Helpline;
using namespace Qt::StringLiterals;

namespace {

// Reads the keychain the way the application does, waiting for the answer.
std::pair<std::optional<QString>, QString> readSecret(SecretStore &store, const QString &key)
{
    QObject context;
    bool done = false;
    std::pair<std::optional<QString>, QString> result;
    store.read(key, &context, [&](std::optional<QString> secret, const QString &error) {
        result = {secret, error};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("keychain read did not answer");
    return result;
}

bool writeSecret(SecretStore &store, const QString &key, const QString &secret, QString *error = nullptr)
{
    QObject context;
    std::optional<bool> ok;
    store.write(key, secret, &context, [&](bool success, const QString &message) {
        ok = success;
        if (error)
            *error = message;
    });
    if (!QTest::qWaitFor([&] { return ok.has_value(); }, 10000))
        qWarning("keychain write did not answer");
    return ok.value_or(false);
}

// Every byte under a directory, to prove a secret was not written there.
QByteArray everythingUnder(const QString &path)
{
    QByteArray all;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keychain_roundTrip_storesReadsAndRemoves();
    void signIn_remember_keepsTokenInKeychainOnly();
    void restore_withStoredToken_signsInWithoutPassword();
    void restore_withRejectedToken_asksAgainAndForgetsIt();
    void signOut_forgetsTokenHereAndOnServer();
    void signIn_wrongPassword_saysSoAndSignsNothingIn();
    void signIn_unreachableServer_givesHumanMessage();

private:
    bool unlocked() const { return m_mode == u"unlocked"_s; }
    QString key() const { return SecretStore::tokenKey(m_server->url().toString(), u"analyst"_s); }
    bool signIn(Session &session, const QString &password, bool remember);

    QString m_mode;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
};

void TestSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_mode = qEnvironmentVariable("HELPLINE_KEYCHAIN");
    QVERIFY2(m_mode == u"unlocked"_s || m_mode == u"locked"_s,
             "run through tests/support/with-secret-service.sh, which sets up the Secret Service");
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "no D-Bus session: the keychain test cannot run");
    m_server = std::make_unique<InProcessServer>(5);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestSession::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<ClientSettings>(m_home->filePath(u"helpline.ini"_s));
    m_keychain = std::make_unique<KeychainSecretStore>(u"org.helpline.Helpline.tests"_s);
}

void TestSession::cleanup()
{
    QObject context;
    bool done = false;
    m_keychain->remove(key(), &context, [&](bool, const QString &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("keychain remove did not answer");
    m_keychain.reset();
    m_settings.reset();
    m_home.reset();
}

bool TestSession::signIn(Session &session, const QString &password, bool remember)
{
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn(m_server->url(), u"analyst"_s, password, remember);
    return QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 10000) && signedIn.count() == 1;
}

void TestSession::keychain_roundTrip_storesReadsAndRemoves()
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool written = writeSecret(*m_keychain, u"roundtrip"_s, u"s3cret-value"_s, &error);
    if (!unlocked()) {
        // A locked keyring refuses, says why, and answers at once rather than hang.
        QVERIFY(!written);
        QVERIFY2(!error.isEmpty(), "a refused write must say why");
        QVERIFY2(timer.elapsed() < 5000, "a locked keychain must answer, not hang");
        QVERIFY(!readSecret(*m_keychain, u"roundtrip"_s).first.has_value());
        return;
    }
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(readSecret(*m_keychain, u"roundtrip"_s).first, std::optional<QString>(u"s3cret-value"_s));

    QObject context;
    std::optional<bool> removed;
    m_keychain->remove(u"roundtrip"_s, &context, [&](bool ok, const QString &) { removed = ok; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(*removed);
    const auto [secret, readError] = readSecret(*m_keychain, u"roundtrip"_s);
    QVERIFY(!secret);
    QVERIFY2(readError.isEmpty(), qPrintable(readError)); // not found is not an error
}

void TestSession::signIn_remember_keepsTokenInKeychainOnly()
{
    Session session(m_keychain.get(), *m_settings);
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);
    QVERIFY(signIn(session, InProcessServer::passwordFor(u"analyst"_s), true));
    QCOMPARE(session.user()->username, u"analyst"_s);

    if (unlocked()) {
        std::optional<QString> stored;
        QTRY_VERIFY_WITH_TIMEOUT((stored = readSecret(*m_keychain, key()).first).has_value(), 10000);
        QVERIFY(!stored->isEmpty());
        QVERIFY(!session.isSessionOnly());
        QCOMPARE(unavailable.count(), 0);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 10000);
        QVERIFY(!unavailable.first().first().toString().isEmpty());
        QVERIFY(session.isSessionOnly());
        QVERIFY(session.isSignedIn()); // still signed in, for this run
    }

    // Neither the password nor any token reached a file.
    m_settings.reset(); // flush QSettings
    const QByteArray files = everythingUnder(m_home->path());
    QVERIFY(files.contains("analyst")); // the user name is remembered…
    QVERIFY(!files.contains(InProcessServer::passwordFor(u"analyst"_s).toUtf8())); // …the password is not
    const QString token = readSecret(*m_keychain, key()).first.value_or(QString());
    if (!token.isEmpty())
        QVERIFY(!files.contains(token.toLatin1()));
    m_settings = std::make_unique<ClientSettings>(m_home->filePath(u"helpline.ini"_s));
}

void TestSession::restore_withStoredToken_signsInWithoutPassword()
{
    {
        Session first(m_keychain.get(), *m_settings);
        QVERIFY(signIn(first, InProcessServer::passwordFor(u"analyst"_s), true));
        if (unlocked())
            QTRY_VERIFY_WITH_TIMEOUT(readSecret(*m_keychain, key()).first.has_value(), 10000);
        else
            QTest::qWait(200); // let the refused write finish
    }
    Session second(m_keychain.get(), *m_settings);
    QSignalSpy signedIn(&second, &Session::signedIn);
    QSignalSpy failed(&second, &Session::restoreFailed);
    second.restore();
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + failed.count() > 0, 10000);
    if (unlocked()) {
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(second.user()->username, u"analyst"_s);
    } else {
        // Nothing could be kept: the next start asks for the password again.
        QCOMPARE(failed.count(), 1);
        QVERIFY(!second.isSignedIn());
    }
}

void TestSession::restore_withRejectedToken_asksAgainAndForgetsIt()
{
    m_settings->setServer(m_server->url());
    m_settings->setUsername(u"analyst"_s);
    m_settings->setRememberSession(true);
    // With a locked keyring the stale token cannot even be stored: restoring finds nothing.
    QCOMPARE(writeSecret(*m_keychain, key(), u"token-the-server-never-issued"_s), unlocked());

    Session session(m_keychain.get(), *m_settings);
    QSignalSpy failed(&session, &Session::restoreFailed);
    session.restore();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(!session.isSignedIn());
    if (unlocked())
        QVERIFY(failed.first().first().toString().contains(u"expired"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!readSecret(*m_keychain, key()).first.has_value(), 10000);
}

void TestSession::signOut_forgetsTokenHereAndOnServer()
{
    Session session(m_keychain.get(), *m_settings);
    QVERIFY(signIn(session, InProcessServer::passwordFor(u"analyst"_s), true));
    QString token;
    if (unlocked()) {
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(*m_keychain, key()).first.has_value(), 10000);
        token = *readSecret(*m_keychain, key()).first;
    }
    QSignalSpy signedOut(&session, &Session::signedOut);
    session.signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!session.isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(!readSecret(*m_keychain, key()).first.has_value(), 10000);

    if (!token.isEmpty()) {
        // The server no longer accepts the old token.
        ApiClient api;
        api.setServer(m_server->url());
        api.setToken(token);
        QObject context;
        std::optional<int> status;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     if (status)
                                         return *status == 401;
                                     api.get(u"/me"_s)->then(
                                         &context, [&](const QJsonObject &, int s) { status = s; },
                                         [&](const ApiFailure &f) { status = f.httpStatus; });
                                     return false;
                                 }()),
                                 10000);
    }
}

void TestSession::signIn_wrongPassword_saysSoAndSignsNothingIn()
{
    Session session(m_keychain.get(), *m_settings);
    QSignalSpy failed(&session, &Session::signInFailed);
    QVERIFY(!signIn(session, u"not-the-password"_s, true));
    QCOMPARE(failed.count(), 1);
    const auto failure = failed.first().first().value<ApiFailure>();
    QCOMPARE(failure.httpStatus, 401);
    QCOMPARE(failure.message, u"The user name or password is wrong."_s);
    QVERIFY(!session.isSignedIn());
    QVERIFY(!readSecret(*m_keychain, key()).first.has_value());
}

void TestSession::signIn_unreachableServer_givesHumanMessage()
{
    QTcpServer closed; // take a free port, then let it go: nothing listens there
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    Session session(m_keychain.get(), *m_settings);
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"analyst"_s, u"x"_s, false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const auto failure = failed.first().first().value<ApiFailure>();
    QCOMPARE(failure.kind, ApiFailure::Kind::Network);
    QVERIFY2(failure.message.startsWith(u"Cannot reach the server"_s), qPrintable(failure.message));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
