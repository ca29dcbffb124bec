// SPDX-License-Identifier: GPL-3.0-or-later
// GET /users: the assignee and watcher pickers' list.
#include "ServerTest.h"

#include "UserGroupRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

void ServerTest::users_list_activeUsersByNameWithGroupsNoSecrets()
{
    const User zoe = fx().addUser(u"zoe"_s, Role::Analyst);
    fx().addUser(u"gone"_s, Role::Analyst, false);
    UserGroupRepository groups(fx().database());
    groups.add(zoe.id, u"Service Desk"_s, std::nullopt);
    groups.add(zoe.id, u"Network"_s, std::nullopt);

    const HttpResponse response = fx().http().get(u"/users"_s, token(Role::Analyst));
    QCOMPARE(response.status, 200);
    const QJsonArray items = response.json().value(u"items"_s).toArray();
    QStringList usernames;
    for (const QJsonValue &item : items) {
        const QJsonObject user = item.toObject();
        usernames << user.value(u"username"_s).toString();
        QVERIFY(!user.contains(u"password_hash"_s));
        if (user.value(u"username"_s).toString() == u"zoe"_s) {
            QCOMPARE(user.value(u"id"_s).toInteger(), zoe.id);
            QCOMPARE(user.value(u"role"_s).toString(), u"analyst"_s);
            // By name, as the store keeps them.
            QCOMPARE(user.value(u"groups"_s).toArray(), (QJsonArray{u"Network"_s, u"Service Desk"_s}));
        }
    }
    QVERIFY(usernames.contains(u"zoe"_s));
    QVERIFY(!usernames.contains(u"gone"_s));
    for (Role role : {Role::Analyst, Role::Senior, Role::RoomStaff, Role::Admin})
        QVERIFY(usernames.contains(ServerFixture::username(role)));
}

void ServerTest::users_list_rolesAndBadInput()
{
    QCOMPARE(fx().http().get(u"/users"_s, QString()).status, 401);
    QCOMPARE(fx().http().get(u"/users"_s, token(Role::RoomStaff)).status, 403);
    QCOMPARE(fx().http().get(u"/users"_s, token(Role::Senior)).status, 200);
    QCOMPARE(fx().http().get(u"/users"_s, token(Role::Admin)).status, 200);
    QUrlQuery query;
    query.addQueryItem(u"role"_s, u"analyst"_s);
    const HttpResponse bad = fx().http().send("GET", u"/users"_s, {}, {}, token(Role::Analyst), query);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"role"_s).toString(), u"unknown_parameter"_s);
}
