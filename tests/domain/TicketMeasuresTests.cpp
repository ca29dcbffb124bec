// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "Clock.h"
#include "TicketPatch.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;

// The measures a ticket keeps of its own life: who took it first, how often it was handed on,
// when it was resolved, and whether that was a first contact resolution.

namespace {

// Installs a clock for one test and puts the system clock back however the test ends.
class InstalledClock
{
public:
    explicit InstalledClock(const Clock &clock) { Clock::install(&clock); }
    ~InstalledClock() { Clock::install(nullptr); }
    InstalledClock(const InstalledClock &) = delete;
    InstalledClock &operator=(const InstalledClock &) = delete;
};

const QDateTime monday(QDate(2025, 6, 2), QTime(9, 30), QTimeZone::UTC);

Ticket openTicket(std::optional<qint64> assignee)
{
    Ticket t;
    t.id = 11;
    t.number = u"INC-000011"_s;
    t.title = u"Outlook crashes"_s;
    t.status = assignee ? TicketStatus::InProgress : TicketStatus::New;
    t.impact = 3;
    t.urgency = 2;
    t.priority = Priority::P4;
    t.requester = {u"Ann Smith"_s, u"ann@example.org"_s};
    if (assignee) {
        t.assignee = UserRef{*assignee, u"Analyst"_s};
        t.firstAssigneeId = assignee;
    }
    return t;
}

std::optional<Ticket> patched(const Ticket &ticket, const QJsonObject &patch)
{
    FieldErrors errors;
    auto after = applyTicketPatch(ticket, patch, PriorityMatrix(), errors);
    if (!after)
        qWarning().noquote() << "patch refused:" << QStringList(errors.keys()).join(u", "_s);
    return after;
}

const QJsonObject resolve{{u"status"_s, u"resolved"_s},
                          {u"resolution_code"_s, u"fixed"_s},
                          {u"resolution_notes"_s, u"Repaired the profile."_s}};

} // namespace

void DomainTest::firstContactResolution_data()
{
    QTest::addColumn<TicketStatus>("status");
    QTest::addColumn<qint64>("firstAssignee"); // 0: none
    QTest::addColumn<qint64>("assignee");      // 0: none
    QTest::addColumn<int>("escalations");
    QTest::addColumn<int>("reassignments");
    QTest::addColumn<int>("reopens");
    QTest::addColumn<QString>("fcr"); // "-" = nullopt

    using S = TicketStatus;
    QTest::addRow("new") << S::New << qint64(0) << qint64(0) << 0 << 0 << 0 << u"-"_s;
    QTest::addRow("assigned") << S::Assigned << qint64(3) << qint64(3) << 0 << 0 << 0 << u"-"_s;
    QTest::addRow("in_progress") << S::InProgress << qint64(3) << qint64(3) << 0 << 0 << 0 << u"-"_s;
    QTest::addRow("pending") << S::Pending << qint64(3) << qint64(3) << 0 << 0 << 0 << u"-"_s;
    QTest::addRow("cancelled") << S::Cancelled << qint64(3) << qint64(3) << 0 << 0 << 0 << u"-"_s;
    QTest::addRow("cancelled, broken") << S::Cancelled << qint64(3) << qint64(4) << 1 << 1 << 1 << u"-"_s;
    QTest::addRow("resolved by first assignee") << S::Resolved << qint64(3) << qint64(3) << 0 << 0 << 0 << u"true"_s;
    QTest::addRow("closed by first assignee") << S::Closed << qint64(3) << qint64(3) << 0 << 0 << 0 << u"true"_s;
    QTest::addRow("resolved after escalation") << S::Resolved << qint64(3) << qint64(3) << 1 << 0 << 0 << u"false"_s;
    QTest::addRow("resolved after reassignment") << S::Resolved << qint64(3) << qint64(3) << 0 << 1 << 0 << u"false"_s;
    QTest::addRow("resolved after reopen") << S::Resolved << qint64(3) << qint64(3) << 0 << 0 << 1 << u"false"_s;
    QTest::addRow("closed after escalation") << S::Closed << qint64(3) << qint64(3) << 2 << 0 << 0 << u"false"_s;
    QTest::addRow("closed after reassignment") << S::Closed << qint64(3) << qint64(3) << 0 << 3 << 0 << u"false"_s;
    QTest::addRow("closed after reopen") << S::Closed << qint64(3) << qint64(3) << 0 << 0 << 1 << u"false"_s;
    QTest::addRow("resolved by someone else") << S::Resolved << qint64(3) << qint64(4) << 0 << 0 << 0 << u"false"_s;
    QTest::addRow("resolved, first assignee gone") << S::Resolved << qint64(3) << qint64(0) << 0 << 0 << 0
                                                   << u"false"_s;
    QTest::addRow("resolved, never assigned") << S::Resolved << qint64(0) << qint64(0) << 0 << 0 << 0 << u"false"_s;
    QTest::addRow("closed, no first assignee recorded") << S::Closed << qint64(0) << qint64(3) << 0 << 0 << 0
                                                        << u"false"_s;
}

void DomainTest::firstContactResolution()
{
    QFETCH(TicketStatus, status);
    QFETCH(qint64, firstAssignee);
    QFETCH(qint64, assignee);
    QFETCH(int, escalations);
    QFETCH(int, reassignments);
    QFETCH(int, reopens);
    QFETCH(QString, fcr);

    Ticket t;
    t.id = 1;
    t.status = status;
    if (firstAssignee)
        t.firstAssigneeId = firstAssignee;
    if (assignee)
        t.assignee = UserRef{assignee, u"Someone"_s};
    t.escalationCount = escalations;
    t.reassignmentCount = reassignments;
    t.reopenCount = reopens;

    const std::optional<bool> expected = fcr == u"-"_s ? std::nullopt : std::optional(fcr == u"true"_s);
    QCOMPARE(t.firstContactResolution(), expected);
    const QJsonValue wire = t.toJson().value(u"first_contact_resolution"_s);
    QCOMPARE(wire, expected ? QJsonValue(*expected) : QJsonValue(QJsonValue::Null));
}

void DomainTest::patch_measureFields_areReadOnly_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addRow("tier") << u"tier"_s << QJsonValue(u"L3"_s);
    QTest::addRow("escalation_count") << u"escalation_count"_s << QJsonValue(0);
    QTest::addRow("reassignment_count") << u"reassignment_count"_s << QJsonValue(0);
    QTest::addRow("first_assignee_id") << u"first_assignee_id"_s << QJsonValue(5);
    QTest::addRow("first_response_at") << u"first_response_at"_s << QJsonValue(u"2025-06-02T09:30:00.000Z"_s);
    QTest::addRow("resolved_at") << u"resolved_at"_s << QJsonValue(QJsonValue::Null);
    QTest::addRow("first_contact_resolution") << u"first_contact_resolution"_s << QJsonValue(true);
    QTest::addRow("reopen_count") << u"reopen_count"_s << QJsonValue(0);
}

void DomainTest::patch_measureFields_areReadOnly()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    FieldErrors errors;
    QVERIFY(!applyTicketPatch(openTicket(3), {{field, value}, {u"title"_s, u"Still crashing"_s}}, PriorityMatrix(),
                              errors));
    QCOMPARE(errors, (FieldErrors{{field, u"read_only"_s}}));
}

void DomainTest::patch_assigneeChanges_countReassignmentsAndKeepFirstAssignee()
{
    // Taking an unassigned ticket is not a hand-over; it names the first assignee.
    const auto taken = patched(openTicket(std::nullopt), {{u"assignee_id"_s, 4}});
    QVERIFY(taken);
    QCOMPARE(taken->status, TicketStatus::Assigned);
    QCOMPARE(taken->reassignmentCount, 0);
    QCOMPARE(taken->firstAssigneeId, std::optional<qint64>(4));

    // Handing it on is counted, each time; the first assignee stays.
    const auto handed = patched(*taken, {{u"assignee_id"_s, 5}});
    QVERIFY(handed);
    QCOMPARE(handed->assignee->id, 5);
    QCOMPARE(handed->reassignmentCount, 1);
    QCOMPARE(handed->firstAssigneeId, std::optional<qint64>(4));
    const auto handedAgain = patched(*handed, {{u"assignee_id"_s, 4}, {u"status"_s, u"in_progress"_s}});
    QVERIFY(handedAgain);
    QCOMPARE(handedAgain->reassignmentCount, 2);
    QCOMPARE(handedAgain->firstAssigneeId, std::optional<qint64>(4));

    // Naming the same assignee again, or editing something else, is no hand-over.
    const auto same = patched(*handedAgain, {{u"assignee_id"_s, 4}});
    QVERIFY(same);
    QCOMPARE(same->reassignmentCount, 2);
    const auto retitled = patched(*handedAgain, {{u"title"_s, u"Outlook crashes on start"_s}});
    QVERIFY(retitled);
    QCOMPARE(retitled->reassignmentCount, 2);

    // Giving it back to the queue is not counted and does not forget the first assignee.
    const auto released = patched(*taken, {{u"assignee_id"_s, QJsonValue::Null}});
    QVERIFY(released);
    QCOMPARE(released->status, TicketStatus::New);
    QVERIFY(!released->assignee);
    QCOMPARE(released->reassignmentCount, 0);
    QCOMPARE(released->firstAssigneeId, std::optional<qint64>(4));
    const auto retaken = patched(*released, {{u"assignee_id"_s, 7}});
    QVERIFY(retaken);
    QCOMPARE(retaken->firstAssigneeId, std::optional<qint64>(4));
}

void DomainTest::patch_resolving_stampsResolvedAtFromTheClock()
{
    ManualClock clock(monday);
    const InstalledClock installed(clock);

    const auto resolved = patched(openTicket(3), resolve);
    QVERIFY(resolved);
    QCOMPARE(resolved->resolvedAt, monday);
    QCOMPARE(resolved->firstContactResolution(), std::optional(true));

    // Working on or closing a resolved ticket keeps when it was resolved.
    clock.advance(std::chrono::hours(26));
    const auto noted = patched(*resolved, {{u"resolution_notes"_s, u"Repaired the profile; told Ann."_s}});
    QVERIFY(noted);
    QCOMPARE(noted->resolvedAt, monday);
    const auto closed = patched(*resolved, {{u"status"_s, u"closed"_s}});
    QVERIFY(closed);
    QCOMPARE(closed->resolvedAt, monday);

    // A reopen clears it; resolving again stamps the new time.
    const auto reopened = patched(*resolved, {{u"status"_s, u"in_progress"_s}});
    QVERIFY(reopened);
    QVERIFY(!reopened->resolvedAt.isValid());
    QCOMPARE(reopened->reopenCount, 1);
    const auto resolvedAgain = patched(*reopened, resolve);
    QVERIFY(resolvedAgain);
    QCOMPARE(resolvedAgain->resolvedAt, monday.addSecs(26 * 3600));
    QCOMPARE(resolvedAgain->firstContactResolution(), std::optional(false));

    // Neither open work nor a cancellation is a resolution.
    const auto worked = patched(openTicket(3), {{u"title"_s, u"Outlook crashes daily"_s}});
    QVERIFY(worked);
    QVERIFY(!worked->resolvedAt.isValid());
    const auto cancelled = patched(openTicket(3), {{u"status"_s, u"cancelled"_s}});
    QVERIFY(cancelled);
    QVERIFY(!cancelled->resolvedAt.isValid());
    QCOMPARE(cancelled->firstContactResolution(), std::nullopt);
}
