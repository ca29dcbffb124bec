// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "Role.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

void DomainTest::roleName_roundTrips_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("name");
    QTest::addRow("analyst") << Role::Analyst << u"analyst"_s;
    QTest::addRow("senior") << Role::Senior << u"senior"_s;
    QTest::addRow("room_staff") << Role::RoomStaff << u"room_staff"_s;
    QTest::addRow("admin") << Role::Admin << u"admin"_s;
}

void DomainTest::roleName_roundTrips()
{
    QFETCH(Role, role);
    QFETCH(QString, name);
    QCOMPARE(roleName(role), name);
    QCOMPARE(roleFromName(name), std::optional<Role>(role));
}

void DomainTest::roleFromName_unknownOrMiscased_isRejected()
{
    QCOMPARE(roleFromName(QString()), std::nullopt);
    QCOMPARE(roleFromName(u"Analyst"_s), std::nullopt);
    QCOMPARE(roleFromName(u"root"_s), std::nullopt);
    QCOMPARE(roleFromName(u"room staff"_s), std::nullopt);
    QCOMPARE(roleFromName(u" admin"_s), std::nullopt);
}

void DomainTest::roleHas_grantsTicketsToTicketRolesOnly_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("tickets");
    QTest::addRow("analyst") << Role::Analyst << true;
    QTest::addRow("senior") << Role::Senior << true;
    QTest::addRow("room_staff") << Role::RoomStaff << false;
    QTest::addRow("admin") << Role::Admin << true;
}

void DomainTest::roleHas_grantsTicketsToTicketRolesOnly()
{
    QFETCH(Role, role);
    QFETCH(bool, tickets);
    QCOMPARE(roleHas(role, Permission::ReadTickets), tickets);
    QCOMPARE(roleHas(role, Permission::WriteTickets), tickets);
}

void DomainTest::roleHas_peoplePermissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("readPeople");
    QTest::addColumn<bool>("managePeople");
    QTest::addRow("analyst") << Role::Analyst << true << false;
    QTest::addRow("senior") << Role::Senior << true << true;
    QTest::addRow("room_staff") << Role::RoomStaff << true << false;
    QTest::addRow("admin") << Role::Admin << true << true;
}

void DomainTest::roleHas_peoplePermissions()
{
    QFETCH(Role, role);
    QFETCH(bool, readPeople);
    QFETCH(bool, managePeople);
    QCOMPARE(roleHas(role, Permission::ReadPeople), readPeople);
    QCOMPARE(roleHas(role, Permission::ManagePeople), managePeople);
}
