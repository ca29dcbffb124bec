// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "TicketEnums.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

void DomainTest::ticketTypeName_roundTrips_data()
{
    QTest::addColumn<TicketType>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("prefix");
    QTest::addRow("incident") << TicketType::Incident << u"incident"_s << u"INC"_s;
    QTest::addRow("service_request") << TicketType::ServiceRequest << u"service_request"_s << u"REQ"_s;
    QTest::addRow("problem") << TicketType::Problem << u"problem"_s << u"PRB"_s;
    QTest::addRow("change") << TicketType::Change << u"change"_s << u"CHG"_s;
}

void DomainTest::ticketTypeName_roundTrips()
{
    QFETCH(TicketType, type);
    QFETCH(QString, name);
    QFETCH(QString, prefix);
    QCOMPARE(ticketTypeName(type), name);
    QCOMPARE(ticketTypeFromName(name), std::optional<TicketType>(type));
    QCOMPARE(ticketNumberPrefix(type), prefix);
    QVERIFY(ticketTypeNames().contains(name));
}

void DomainTest::ticketTypeFromName_unknown_isRejected()
{
    QCOMPARE(ticketTypeNames().size(), 4);
    QCOMPARE(ticketTypeFromName(u""), std::nullopt);
    QCOMPARE(ticketTypeFromName(u"Incident"), std::nullopt);
    QCOMPARE(ticketTypeFromName(u"bug"), std::nullopt);
    QCOMPARE(ticketTypeFromName(u"INC"), std::nullopt);
}

void DomainTest::ticketStatusName_roundTrips_data()
{
    QTest::addColumn<TicketStatus>("status");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("open");
    QTest::addRow("new") << TicketStatus::New << u"new"_s << true;
    QTest::addRow("assigned") << TicketStatus::Assigned << u"assigned"_s << true;
    QTest::addRow("in_progress") << TicketStatus::InProgress << u"in_progress"_s << true;
    QTest::addRow("pending") << TicketStatus::Pending << u"pending"_s << true;
    QTest::addRow("resolved") << TicketStatus::Resolved << u"resolved"_s << false;
    QTest::addRow("closed") << TicketStatus::Closed << u"closed"_s << false;
    QTest::addRow("cancelled") << TicketStatus::Cancelled << u"cancelled"_s << false;
}

void DomainTest::ticketStatusName_roundTrips()
{
    QFETCH(TicketStatus, status);
    QFETCH(QString, name);
    QFETCH(bool, open);
    QCOMPARE(ticketStatusName(status), name);
    QCOMPARE(ticketStatusFromName(name), std::optional<TicketStatus>(status));
    QCOMPARE(isOpenStatus(status), open);
    QVERIFY(ticketStatusNames().contains(name));
}

void DomainTest::ticketStatusFromName_unknown_isRejected()
{
    QCOMPARE(ticketStatusNames().size(), 7);
    QCOMPARE(ticketStatusFromName(u""), std::nullopt);
    QCOMPARE(ticketStatusFromName(u"in progress"), std::nullopt);
    QCOMPARE(ticketStatusFromName(u"NEW"), std::nullopt);
    QCOMPARE(ticketStatusFromName(u"open"), std::nullopt);
}
