// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "HelplineServer.h"
#include "HttpClient.h"
#include "Role.h"
#include "User.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>

namespace Helpline::Test {

class TestBackend;

// One test's world: a fresh database with one user per role, a HelplineServer listening on
// an ephemeral loopback port, and an HTTP client for it. Any failure fails the test.
class ServerFixture
{
public:
    explicit ServerFixture(TestBackend &backend);
    ~ServerFixture();
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;

    static QString password(Role role); // each seeded user's password
    static QString username(Role role);

    Database &database() { return *m_database; }
    HelplineServer &server() { return *m_server; }
    HttpClient &http() { return *m_http; }
    const ServerSettings &settings() const { return m_settings; }
    const User &user(Role role) const;

    // Creates another user directly in the database.
    User addUser(const QString &username, Role role, bool active = true);
    // Signs in over HTTP and returns the bearer token.
    QString login(Role role);

private:
    QTemporaryDir m_dataDir; // the server's files (attachments)
    ServerSettings m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HelplineServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    QHash<Role, User> m_users;
};

} // namespace Helpline::Test
