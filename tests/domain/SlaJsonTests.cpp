// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaTest.h"

#include "SlaJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace SlaFixtures;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// P3 from Mon 16 Nov 09:00: replied 09:40, pending on the user 10:00-11:00, raised to P2 at
// 11:30, pending on a vendor since 14:00.
SlaTicketHistory mixedHistory()
{
    SlaTicketHistory history;
    history.start = utc(11, 16, 9, 0);
    history.priority = Priority::P3;
    history.type = TicketType::ServiceRequest;
    history.category = u"Network"_s;
    history.group = u"Service Desk"_s;
    history.firstResponseAt = utc(11, 16, 9, 40);
    history.priorityChanges = {{utc(11, 16, 11, 30), Priority::P2}};
    history.statusChanges = {{utc(11, 16, 9, 5), TicketStatus::InProgress, std::nullopt},
                             {utc(11, 16, 10, 0), TicketStatus::Pending, PendingReason::AwaitingUser},
                             {utc(11, 16, 11, 0), TicketStatus::InProgress, std::nullopt},
                             {utc(11, 16, 14, 0), TicketStatus::Pending, PendingReason::AwaitingVendor}};
    return history;
}

} // namespace

void SlaTest::slaJson_calendar_roundTrips()
{
    const BusinessCalendar london = londonDesk();
    const QJsonObject json = calendarToJson(london);
    QCOMPARE(json.value(u"time_zone"_s).toString(), u"Europe/London"_s);
    QCOMPARE(json.value(u"week"_s).toObject().value(u"monday"_s).toArray().at(1).toObject(),
             object(R"({"from": "13:30", "to": "17:30"})"));
    QCOMPARE(json.value(u"week"_s).toObject().value(u"sunday"_s).toArray().size(), 0);

    FieldErrors errors;
    const std::optional<BusinessCalendar> read = readCalendar(json, errors);
    QCOMPARE(errors, FieldErrors{});
    QVERIFY(read);
    QCOMPARE(read->id(), london.id());
    QCOMPARE(read->name(), london.name());
    QCOMPARE(read->timeZone(), london.timeZone());
    QCOMPARE(read->week(), london.week());
    QCOMPARE(read->holidays(), london.holidays());
    // Over Christmas (see addBusinessMinutes): Tue 29 Dec 09:30
    QCOMPARE(read->addBusinessMinutes(utc(12, 23, 17, 0), 300), utc(12, 29, 9, 30));

    const BusinessCalendar allHours = BusinessCalendar::twentyFourSeven(8, u"Major incidents"_s);
    const std::optional<BusinessCalendar> readAllHours = readCalendar(calendarToJson(allHours), errors);
    QVERIFY(readAllHours && readAllHours->isTwentyFourSeven());
    QCOMPARE(readAllHours->id(), 8);

    // A day running to midnight is written as 24:00 and read back.
    const BusinessCalendar evenings(3, u"Evenings"_s, QTimeZone("Asia/Kolkata"),
                                    {WorkingDay{hours(18, 0, 24, 0)}, {}, {}, {}, {}, {}, {}});
    const QJsonObject eveningsJson = calendarToJson(evenings);
    QCOMPARE(eveningsJson.value(u"week"_s).toObject().value(u"monday"_s).toArray().at(0).toObject(),
             object(R"({"from": "18:00", "to": "24:00"})"));
    QCOMPARE(readCalendar(eveningsJson, errors)->week(), evenings.week());
}

void SlaTest::slaJson_readCalendar_reportsEveryProblem_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<FieldErrors>("errors");
    QTest::addRow("nothing") << QJsonObject()
                             << FieldErrors{{u"name"_s, u"required"_s}, {u"time_zone"_s, u"required"_s},
                                            {u"week"_s, u"required"_s}};
    QTest::addRow("unknown zone and closed week")
        << object(R"({"name": "X", "time_zone": "Europe/Atlantis", "week": {}})")
        << FieldErrors{{u"time_zone"_s, u"unknown_time_zone"_s}, {u"week"_s, u"never_open"_s}};
    QTest::addRow("bad hours")
        << object(R"({"name": "X", "time_zone": "UTC", "week": {
               "monday": [{"from": "09:00", "to": "13:00"}, {"from": "12:00", "to": "17:00"}],
               "tuesday": [{"from": "9", "to": "17:00"}],
               "wednesday": [{"from": "17:00", "to": "09:00"}],
               "thursday": [{"from": "09:00", "to": "24:30"}],
               "funday": []}})")
        << FieldErrors{{u"week.monday"_s, u"overlap"_s},
                       {u"week.tuesday[0]"_s, u"invalid"_s},
                       {u"week.wednesday"_s, u"empty_interval"_s},
                       {u"week.thursday[0]"_s, u"invalid"_s},
                       {u"week.funday"_s, u"unknown_field"_s}};
    QTest::addRow("bad holidays")
        << object(R"({"name": "X", "time_zone": "UTC", "week": {"monday": [{"from": "09:00", "to": "17:00"}]},
               "holidays": [{"date": "2026-12-25"}, {"date": "2026-12-25"}, {"date": "25.12.2026"},
                            {"date": "2026-12-24", "hours": [{"from": "13:00", "to": "09:00"}]}]})")
        << FieldErrors{{u"holidays[1].date"_s, u"duplicate"_s},
                       {u"holidays[2].date"_s, u"invalid"_s},
                       {u"holidays[3].hours"_s, u"empty_interval"_s}};
    QTest::addRow("24x7 needs no zone or week")
        << object(R"({"name": "Major incidents", "twenty_four_seven": true})") << FieldErrors{};
}

void SlaTest::slaJson_readCalendar_reportsEveryProblem()
{
    QFETCH(QJsonObject, json);
    QFETCH(FieldErrors, errors);
    FieldErrors found;
    const std::optional<BusinessCalendar> calendar = readCalendar(json, found);
    QCOMPARE(found, errors);
    QCOMPARE(calendar.has_value(), errors.isEmpty());
}

void SlaTest::slaJson_policyVersion_roundTrips()
{
    SlaPolicyVersion policy = deskPolicy();
    policy.rules.append(SlaRule{Priority::P3, SlaScope{TicketType::Change, u"Network"_s, {}}, {45, 600, NewYork}});
    policy.breachSoonPercent = 25;
    const QJsonObject json = policyVersionToJson(policy);
    QCOMPARE(json.value(u"rules"_s).toArray().at(0).toObject(),
             object(R"({"priority": 1, "type": null, "category": "", "group": "", "first_response_minutes": 15,
                        "resolution_minutes": 240, "calendar_id": null})"));
    FieldErrors errors;
    const std::optional<SlaPolicyVersion> read = readPolicyVersion(json, errors);
    QCOMPARE(errors, FieldErrors{});
    QVERIFY(read);
    QCOMPARE(read->rules, policy.rules);
    QCOMPARE(read->policyId, policy.policyId);
    QCOMPARE(read->number, policy.number);
    QCOMPARE(read->effectiveFrom, policy.effectiveFrom);
    QCOMPARE(read->breachSoonPercent, 25);
}

void SlaTest::slaJson_readPolicyVersion_reportsEveryProblem_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<FieldErrors>("errors");
    QTest::addRow("no rules") << QJsonObject() << FieldErrors{{u"rules"_s, u"required"_s}};
    QTest::addRow("shape")
        << object(R"({"breach_soon_percent": 120, "effective_from": "yesterday", "rules": [
               {"priority": 5, "type": "outage", "first_response_minutes": 1.5, "resolution_minutes": 60,
                "calendar_id": "london"},
               {"priority": 2}]})")
        << FieldErrors{{u"breach_soon_percent"_s, u"invalid"_s},
                       {u"effective_from"_s, u"invalid"_s},
                       {u"rules[0].priority"_s, u"invalid"_s},
                       {u"rules[0].type"_s, u"invalid"_s},
                       {u"rules[0].first_response_minutes"_s, u"invalid"_s},
                       {u"rules[0].calendar_id"_s, u"invalid"_s},
                       {u"rules[1].first_response_minutes"_s, u"required"_s},
                       {u"rules[1].resolution_minutes"_s, u"required"_s}};
    // the shape is sound; the rules are not (SlaPolicyVersion::validate)
    QTest::addRow("rules")
        << object(R"({"rules": [
               {"priority": 2, "first_response_minutes": 30, "resolution_minutes": 480, "calendar_id": 1},
               {"priority": 2, "first_response_minutes": 60, "resolution_minutes": 30, "calendar_id": 1}]})")
        << FieldErrors{{u"rules[1]"_s, u"duplicate"_s}, {u"rules[1].first_response_minutes"_s, u"after_resolution"_s}};
}

void SlaTest::slaJson_readPolicyVersion_reportsEveryProblem()
{
    QFETCH(QJsonObject, json);
    QFETCH(FieldErrors, errors);
    FieldErrors found;
    const std::optional<SlaPolicyVersion> version = readPolicyVersion(json, found);
    QCOMPARE(found, errors);
    QVERIFY(!version);
}

// The client gets the policy, the calendar and the history as JSON and computes with the
// same clock: its figures are the server's, to the second.
void SlaTest::slaJson_history_clientComputesWhatTheServerComputes()
{
    const SlaTicketHistory history = mixedHistory();
    const QJsonObject json = historyToJson(history);
    QCOMPARE(json.value(u"status_changes"_s).toArray().at(1).toObject(),
             object(R"({"at": "2026-11-16T10:00:00.000Z", "status": "pending", "pending_reason": "awaiting_user"})"));
    const std::optional<SlaTicketHistory> read = historyFromJson(json);
    QVERIFY(read);

    FieldErrors errors;
    const SlaClock server = deskClock();
    const SlaClock client(*readPolicyVersion(policyVersionToJson(deskPolicy()), errors),
                          {{London, *readCalendar(calendarToJson(londonDesk()), errors)}});
    QCOMPARE(errors, FieldErrors{});
    for (const QDateTime &now : {utc(11, 16, 9, 30), utc(11, 16, 12, 0), utc(11, 17, 16, 0)}) {
        const QJsonObject onServer = statusToJson(server.measure(history, now));
        const QJsonObject onClient = statusToJson(client.measure(*read, now));
        QCOMPARE(onClient, onServer);
    }

    QVERIFY(!historyFromJson(QJsonObject()));
    QJsonObject badStatus = json;
    badStatus.insert(u"status_changes"_s,
                     QJsonArray{object(R"({"at": "2026-11-16T10:00:00Z", "status": "sleeping"})")});
    QVERIFY(!historyFromJson(badStatus));
}

void SlaTest::slaJson_status_explainsAPause()
{
    // Tue 17 Nov 10:00, as P2 (480): used 09:00-10:00 60 + 11:00-12:30 90 + 13:30-14:00 30 = 180;
    // paused on the user 10:00-11:00 (60), on a vendor since Mon 14:00 (14:00-17:30 210 + Tue
    // 09:00-10:00 60 = 270). First response: 40 of P2's 30: breached, stopped by the reply.
    const QJsonObject json = statusToJson(deskClock().measure(mixedHistory(), utc(11, 17, 10, 0)));
    QCOMPARE(json.value(u"problem"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(u"priority"_s).toInt(), 2);
    QCOMPARE(json.value(u"paused_seconds"_s).toInteger(), (60 + 270) * 60);
    QCOMPARE(json.value(u"resolution"_s).toObject(),
             object(R"({"target_seconds": 28800, "elapsed_seconds": 10800, "remaining_seconds": 18000, "due": null,
                        "state": "paused", "state_since": "2026-11-16T14:00:00.000Z", "pause_reason": "awaiting_vendor",
                        "stopped_by": null, "breached": false, "breach_soon": false, "standing": "on_track"})"));
    QCOMPARE(json.value(u"first_response"_s).toObject().value(u"standing"_s).toString(), u"breached"_s);
    QCOMPARE(json.value(u"first_response"_s).toObject().value(u"state"_s).toString(), u"stopped"_s);
    QCOMPARE(json.value(u"pauses"_s).toArray(),
             QJsonDocument::fromJson(R"([
                 {"from": "2026-11-16T10:00:00.000Z", "until": "2026-11-16T11:00:00.000Z", "reason": "awaiting_user",
                  "business_seconds": 3600},
                 {"from": "2026-11-16T14:00:00.000Z", "until": null, "reason": "awaiting_vendor",
                  "business_seconds": 16200}])")
                 .array());
}
