// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

#include "AssignmentGroupRepository.h"
#include "PasswordHasher.h"
#include "StoreError.h"
#include "TestBackend.h"
#include "UserRepository.h"

#include <QTest>

namespace Helpline::Test {

using namespace Qt::StringLiterals;

namespace {
constexpr Role allRoles[] = {Role::Analyst, Role::Senior, Role::RoomStaff, Role::Admin};
}

QString ServerFixture::username(Role role)
{
    return u"test-"_s + roleName(role);
}

QString ServerFixture::password(Role role)
{
    return u"correct horse %1 staple"_s.arg(roleName(role));
}

ServerFixture::ServerFixture(TestBackend &backend)
{
    m_settings.passwordCost = PasswordHasher::Cost::Minimal;
    QVERIFY2(m_dataDir.isValid(), qPrintable(m_dataDir.errorString()));
    m_settings.dataDir = m_dataDir.path();

    QString error;
    const auto location = backend.freshLocation(&error);
    QVERIFY2(location, qPrintable(u"[%1] %2"_s.arg(backend.name(), error)));
    m_database = std::make_unique<Database>(*location);
    try {
        m_database->open();
    } catch (const StoreError &e) {
        QFAIL(qPrintable(u"[%1] cannot open the test database: %2"_s.arg(backend.name(), QString::fromStdString(e.what()))));
    }

    for (Role role : allRoles)
        m_users.insert(role, addUser(username(role), role));
    // Every ticket write checks its group against the catalog: the groups the suites route to.
    try {
        AssignmentGroupRepository groups(*m_database);
        for (const QString &name : {u"Service Desk"_s, u"Network"_s, u"Messaging"_s, u"Desktop Support L2"_s,
                                    u"alpha"_s, u"bravo"_s, u"charlie"_s})
            groups.create({0, name, {}, true, 1, {}}, std::nullopt);
    } catch (const std::exception &e) {
        QFAIL(qPrintable(u"cannot seed the groups: %1"_s.arg(QString::fromStdString(e.what()))));
    }

    m_server = std::make_unique<HelplineServer>(*m_database, m_settings);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
    m_http = std::make_unique<HttpClient>(m_server->port());
}

ServerFixture::~ServerFixture()
{
    m_http.reset();
    m_server.reset();
    m_database.reset();
}

const User &ServerFixture::user(Role role) const
{
    const auto it = m_users.constFind(role);
    Q_ASSERT(it != m_users.cend());
    return *it;
}

User ServerFixture::addUser(const QString &name, Role role, bool active)
{
    User user;
    user.username = name;
    user.displayName = u"Test %1"_s.arg(roleName(role));
    user.email = name + u"@example.org"_s;
    user.role = role;
    user.active = active;
    const PasswordHasher hasher(PasswordHasher::Cost::Minimal);
    try {
        return UserRepository(*m_database).create(user, hasher.hash(password(role)), std::nullopt);
    } catch (const std::exception &e) {
        QFAIL(qPrintable(u"cannot seed user %1: %2"_s.arg(name, QString::fromStdString(e.what()))));
    }
    Q_UNREACHABLE_RETURN(User());
}

QString ServerFixture::login(Role role)
{
    const HttpResponse response = m_http->post(
        u"/auth/login"_s, {{u"username"_s, username(role)}, {u"password"_s, password(role)}});
    QCOMPARE(response.status, 200);
    const QString token = response.json().value(u"token"_s).toString();
    QVERIFY(!token.isEmpty());
    return token;
}

} // namespace Helpline::Test
