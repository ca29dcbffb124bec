// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaTest.h"

#include "SlaPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace SlaFixtures;

namespace {

// P2 narrowed step by step; the resolution minutes tell which rule won.
SlaPolicyVersion narrowedPolicy()
{
    SlaPolicyVersion policy;
    policy.rules = {
        SlaRule{Priority::P2, {}, SlaTargets{60, 480, London}},
        SlaRule{Priority::P2, SlaScope{TicketType::Incident, {}, {}}, SlaTargets{30, 240, London}},
        SlaRule{Priority::P2, SlaScope{std::nullopt, u"Network"_s, {}}, SlaTargets{20, 200, London}},
        SlaRule{Priority::P2, SlaScope{std::nullopt, {}, u"Service Desk"_s}, SlaTargets{15, 120, London}},
        SlaRule{Priority::P2, SlaScope{std::nullopt, u"Network"_s, u"Service Desk"_s}, SlaTargets{10, 100, London}},
        SlaRule{Priority::P1, {}, SlaTargets{15, 240, std::nullopt}},
    };
    return policy;
}

} // namespace

void SlaTest::policyRuleFor_mostSpecificWins_data()
{
    QTest::addColumn<int>("priority");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("group");
    QTest::addColumn<qint64>("resolutionMinutes"); // 0: no rule
    const int incident = int(TicketType::Incident);
    const int request = int(TicketType::ServiceRequest);
    QTest::addRow("only the priority") << 2 << request << QString() << QString() << qint64(480);
    QTest::addRow("type") << 2 << incident << QString() << QString() << qint64(240);
    QTest::addRow("category beats type") << 2 << incident << u"Network"_s << QString() << qint64(200);
    QTest::addRow("group beats category and type") << 2 << incident << u"Hardware"_s << u"Service Desk"_s
                                                   << qint64(120);
    QTest::addRow("group and category") << 2 << request << u"Network"_s << u"Service Desk"_s << qint64(100);
    QTest::addRow("another group") << 2 << request << u"Network"_s << u"Field"_s << qint64(200);
    QTest::addRow("P1 for everyone") << 1 << incident << u"Network"_s << u"Service Desk"_s << qint64(240);
    QTest::addRow("no P3 rule") << 3 << incident << QString() << QString() << qint64(0);
}

void SlaTest::policyRuleFor_mostSpecificWins()
{
    QFETCH(int, priority);
    QFETCH(int, type);
    QFETCH(QString, category);
    QFETCH(QString, group);
    QFETCH(qint64, resolutionMinutes);
    const std::optional<SlaRule> rule
        = narrowedPolicy().ruleFor({Priority(priority), TicketType(type), category, group});
    QCOMPARE(rule ? rule->targets.resolutionMinutes : 0, resolutionMinutes);
}

void SlaTest::policyValidate_data()
{
    QTest::addColumn<SlaPolicyVersion>("policy");
    QTest::addColumn<FieldErrors>("errors");
    QTest::addRow("sound") << deskPolicy() << FieldErrors{};
    SlaPolicyVersion duplicate = deskPolicy();
    duplicate.rules.append(SlaRule{Priority::P3, {}, SlaTargets{10, 20, London}});
    QTest::addRow("same priority and scope twice") << duplicate << FieldErrors{{u"rules[5]"_s, u"duplicate"_s}};
    SlaPolicyVersion bad = deskPolicy();
    bad.rules[0].targets.resolutionMinutes = 0;
    bad.rules[1].targets.firstResponseMinutes = 600; // P2 resolves in 480
    bad.breachSoonPercent = 101;
    QTest::addRow("bad targets") << bad
                                 << FieldErrors{{u"rules[0].resolution_minutes"_s, u"invalid"_s},
                                                {u"rules[1].first_response_minutes"_s, u"after_resolution"_s},
                                                {u"breach_soon_percent"_s, u"out_of_range"_s}};
    QTest::addRow("no rules") << SlaPolicyVersion{} << FieldErrors{{u"rules"_s, u"required"_s}};
}

void SlaTest::policyValidate()
{
    QFETCH(SlaPolicyVersion, policy);
    QFETCH(FieldErrors, errors);
    QCOMPARE(policy.validate(), errors);
}

// v1: P3 resolves in 900 business minutes; v2 from Tue 17 Nov 2026: in 600.
void SlaTest::policyVersions_ticketKeepsTheVersionItStartedWith()
{
    SlaPolicy policy(7, u"Desk"_s, deskPolicy());
    const QList<SlaRule> firstRules = policy.current().rules;
    QList<SlaRule> revised = firstRules;
    revised[2].targets.resolutionMinutes = 600;
    QCOMPARE(policy.revise(revised, utc(11, 17, 0, 0)), 2);

    QCOMPARE(policy.versions().size(), 2);
    QCOMPARE(policy.version(1)->rules, firstRules); // the old version did not change
    QCOMPARE(policy.version(1)->policyId, 7);
    QCOMPARE(policy.version(2)->rules.at(2).targets.resolutionMinutes, 600);
    QVERIFY(!policy.version(3));
    QCOMPARE(policy.versionFor(utc(11, 16, 9, 0)).number, 1);
    QCOMPARE(policy.versionFor(utc(11, 17, 0, 0)).number, 2);
    QCOMPARE(policy.versionFor(utc(1, 1, 0, 0, 2020)).number, 1); // older than every version

    const QHash<qint64, BusinessCalendar> calendars{{London, londonDesk()}};
    SlaTicketHistory older;
    older.start = utc(11, 16, 9, 0);
    older.priority = Priority::P3;
    const int olderVersion = policy.versionFor(older.start).number;
    SlaTicketHistory newer = older;
    newer.start = utc(11, 18, 9, 0);
    const int newerVersion = policy.versionFor(newer.start).number;

    // Measured on Thu 19 Nov, after v2 exists. The older ticket keeps v1: 900 from Mon 09:00
    // is Mon 450 + Tue 450, due Tue 17:30 (v2 would give Mon 450 + Tue 150 = Tue 11:30).
    const SlaStatus olderStatus
        = SlaClock(*policy.version(olderVersion), calendars).measure(older, utc(11, 19, 9, 0));
    QCOMPARE(olderStatus.resolution.due, utc(11, 17, 17, 30));
    QCOMPARE(olderStatus.rule.targets.resolutionMinutes, 900);
    // The newer ticket gets v2: 600 from Wed 09:00 is Wed 450 + Thu 150, due Thu 11:30.
    const SlaStatus newerStatus
        = SlaClock(*policy.version(newerVersion), calendars).measure(newer, utc(11, 19, 9, 0));
    QCOMPARE(newerStatus.resolution.due, utc(11, 19, 11, 30));
}
