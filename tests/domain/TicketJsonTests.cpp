// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "Ticket.h"
#include "User.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

Ticket sampleTicket()
{
    Ticket t;
    t.id = 42;
    t.number = u"REQ-000042"_s;
    t.type = TicketType::ServiceRequest;
    t.title = u"New laptop for Jo"_s;
    t.description = u"**Needs** a docking station too."_s;
    t.status = TicketStatus::InProgress;
    t.impact = 2;
    t.urgency = 1;
    t.priority = Priority::P2;
    t.requester = {u"Jo Ä. Smith"_s, u"jo@example.org"_s};
    t.assignee = UserRef{7, u"Ana Lyst"_s};
    t.group = u"Service Desk"_s;
    t.category = u"Hardware"_s;
    t.location = u"Berlin / 3rd floor"_s;
    t.createdAt = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 89), QTimeZone::UTC);
    t.updatedAt = QDateTime(QDate(2025, 3, 5), QTime(23, 59, 59, 999), QTimeZone::UTC);
    t.version = 3;
    return t;
}

void compareTickets(const Ticket &actual, const Ticket &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.number, expected.number);
    QCOMPARE(actual.type, expected.type);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.impact, expected.impact);
    QCOMPARE(actual.urgency, expected.urgency);
    QCOMPARE(actual.priority, expected.priority);
    QCOMPARE(actual.requester.name, expected.requester.name);
    QCOMPARE(actual.requester.email, expected.requester.email);
    QCOMPARE(actual.assignee.has_value(), expected.assignee.has_value());
    if (expected.assignee) {
        QCOMPARE(actual.assignee->id, expected.assignee->id);
        QCOMPARE(actual.assignee->name, expected.assignee->name);
    }
    QCOMPARE(actual.group, expected.group);
    QCOMPARE(actual.category, expected.category);
    QCOMPARE(actual.location, expected.location);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.version, expected.version);
}

} // namespace

void DomainTest::numberFor_isPrefixAndZeroPaddedId_data()
{
    QTest::addColumn<TicketType>("type");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("number");
    QTest::addRow("incident 1") << TicketType::Incident << qint64(1) << u"INC-000001"_s;
    QTest::addRow("request 42") << TicketType::ServiceRequest << qint64(42) << u"REQ-000042"_s;
    QTest::addRow("problem 999999") << TicketType::Problem << qint64(999999) << u"PRB-999999"_s;
    QTest::addRow("change past six digits") << TicketType::Change << qint64(1234567) << u"CHG-1234567"_s;
}

void DomainTest::numberFor_isPrefixAndZeroPaddedId()
{
    QFETCH(TicketType, type);
    QFETCH(qint64, id);
    QFETCH(QString, number);
    QCOMPARE(Ticket::numberFor(type, id), number);
}

void DomainTest::wireTime_isUtcWithMilliseconds()
{
    const QDateTime berlin(QDate(2025, 3, 4), QTime(6, 6, 7, 89), QTimeZone(3600));
    QCOMPARE(toWireTime(berlin), u"2025-03-04T05:06:07.089Z"_s);
    const QDateTime back = fromWireTime(u"2025-03-04T05:06:07.089Z"_s);
    QCOMPARE(back, berlin);
    QCOMPARE(back.timeSpec(), Qt::UTC);
}

void DomainTest::ticketJson_full_roundTrips()
{
    const Ticket ticket = sampleTicket();
    const QJsonObject json = ticket.toJson();
    QCOMPARE(json.value(u"type"_s).toString(), u"service_request"_s);
    QCOMPARE(json.value(u"status"_s).toString(), u"in_progress"_s);
    QCOMPARE(json.value(u"priority"_s).toInt(), 2);
    QCOMPARE(json.value(u"created_at"_s).toString(), u"2025-03-04T05:06:07.089Z"_s);
    QCOMPARE(json.value(u"assignee"_s).toObject().value(u"id"_s).toInteger(), 7);
    QCOMPARE(json.value(u"requester"_s).toObject().value(u"email"_s).toString(), u"jo@example.org"_s);

    const auto back = Ticket::fromJson(json);
    QVERIFY(back);
    compareTickets(*back, ticket);
}

void DomainTest::ticketJson_withoutAssignee_roundTripsAsNull()
{
    Ticket ticket = sampleTicket();
    ticket.assignee.reset();
    const QJsonObject json = ticket.toJson();
    QVERIFY(json.contains(u"assignee"_s));
    QVERIFY(json.value(u"assignee"_s).isNull());
    const auto back = Ticket::fromJson(json);
    QVERIFY(back);
    QVERIFY(!back->assignee);
    compareTickets(*back, ticket);
}

void DomainTest::ticketJson_summary_omitsDescription()
{
    const Ticket ticket = sampleTicket();
    const QJsonObject summary = ticket.toJson(Ticket::Detail::Summary);
    QVERIFY(!summary.contains(u"description"_s));
    QCOMPARE(summary.value(u"title"_s).toString(), ticket.title);
    QCOMPARE(ticket.toJson(Ticket::Detail::Full).value(u"description"_s).toString(), ticket.description);

    const auto back = Ticket::fromJson(summary);
    QVERIFY(back);
    QVERIFY(back->description.isEmpty());
    QCOMPARE(back->title, ticket.title);
}

void DomainTest::ticketFromJson_missingRequiredField_isRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined = remove the field
    QTest::addRow("no id") << u"id"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("id zero") << u"id"_s << QJsonValue(0);
    QTest::addRow("no type") << u"type"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("bad type") << u"type"_s << QJsonValue(u"bug"_s);
    QTest::addRow("no status") << u"status"_s << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("bad status") << u"status"_s << QJsonValue(u"open"_s);
    QTest::addRow("priority zero") << u"priority"_s << QJsonValue(0);
    QTest::addRow("priority five") << u"priority"_s << QJsonValue(5);
}

void DomainTest::ticketFromJson_missingRequiredField_isRejected()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject json = sampleTicket().toJson();
    QVERIFY(Ticket::fromJson(json)); // the unchanged sample is accepted
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    QVERIFY(!Ticket::fromJson(json));
}

void DomainTest::userJson_roundTrips()
{
    User user;
    user.id = 9;
    user.username = u"rory"_s;
    user.displayName = u"Rory Room"_s;
    user.email = u"rory@example.org"_s;
    user.role = Role::RoomStaff;
    user.active = false;
    user.version = 4;
    const QJsonObject json = user.toJson();
    QCOMPARE(json.value(u"role"_s).toString(), u"room_staff"_s);
    QCOMPARE(json.value(u"display_name"_s).toString(), u"Rory Room"_s);
    const auto back = User::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->id, user.id);
    QCOMPARE(back->username, user.username);
    QCOMPARE(back->displayName, user.displayName);
    QCOMPARE(back->email, user.email);
    QCOMPARE(back->role, user.role);
    QCOMPARE(back->active, user.active);
    QCOMPARE(back->version, user.version);

    QJsonObject badRole = json;
    badRole.insert(u"role"_s, u"root"_s);
    QVERIFY(!User::fromJson(badRole));
}
