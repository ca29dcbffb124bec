// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTest.h"

#include "Migrations.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "CommentRepository.h"
#include "DemoSeed.h"
#include "TicketLinkRepository.h"
#include "PersonRepository.h"
#include "TicketRepository.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {
QList<std::pair<int, qint64>> appliedSteps(const Database &database)
{
    SqlQuery query(database.connection(), u"SELECT version, applied_at FROM schema_migrations ORDER BY version"_s);
    query.exec();
    QList<std::pair<int, qint64>> steps;
    while (query.next())
        steps.append({query.value(0).toInt(), query.value(1).toLongLong()});
    return steps;
}
} // namespace

void ServerTest::migrate_alreadyMigratedDatabase_isNoOp()
{
    const auto before = appliedSteps(fx().database());
    QList<int> applied;
    for (const auto &step : before)
        applied << step.first;
    QCOMPARE(applied, schemaStepVersions()); // every step, gaps in the numbering allowed
    QCOMPARE(before.constLast().first, latestSchemaVersion());

    // Later migrations would stamp this time: none may run.
    installClock(QDateTime(QDate(2031, 1, 1), QTime(0, 0), QTimeZone::UTC));
    try {
        Database second(fx().database().location());
        second.open();
        Database third(fx().database().location());
        third.open();
        migrate(fx().database().connection(), fx().database().dialect());

        QCOMPARE(appliedSteps(second), before);
        QCOMPARE(appliedSteps(third), before);
        // The other connections see the data the first one holds: the same database, untouched.
        QCOMPARE(UserRepository(second).count(), 4);
        QVERIFY(UserRepository(third).findByUsername(ServerFixture::username(Role::Admin)));
    } catch (const StoreError &e) {
        QFAIL(e.what());
    }
    QCOMPARE(appliedSteps(fx().database()), before);
    QCOMPARE(fx().http().get(u"/me"_s, token(Role::Admin)).status, 200);
}

void ServerTest::transaction_nested_joinsOuterAndAbandonedInnerBlocksCommit()
{
    Database &db = fx().database();
    UserRepository users(db);
    const qint64 before = users.count();
    {
        Transaction outer(db);
        {
            Transaction inner(db); // joins: no second BEGIN
            users.create({0, u"nested-ok"_s, u"Nested"_s, {}, Role::Analyst, true, 1}, u"x"_s, std::nullopt);
            inner.commit();
        }
        outer.commit();
    }
    QCOMPARE(users.count(), before + 1);

    bool refused = false;
    {
        Transaction outer(db);
        {
            Transaction inner(db);
            users.create({0, u"nested-lost"_s, u"Lost"_s, {}, Role::Analyst, true, 1}, u"x"_s, std::nullopt);
            // inner ends without commit(): its work must not be kept by the outer one
        }
        try {
            outer.commit();
        } catch (const StoreError &) {
            refused = true;
        }
    }
    QVERIFY(refused);
    QCOMPARE(users.count(), before + 1);
    QVERIFY(!users.findByUsername(u"nested-lost"_s));

    // The connection is usable afterwards: a new unit of work commits.
    Transaction after(db);
    users.create({0, u"after"_s, u"After"_s, {}, Role::Analyst, true, 1}, u"x"_s, std::nullopt);
    after.commit();
    QCOMPARE(users.count(), before + 2);
}

void ServerTest::demoSeed_fillsOnlyAnEmptyDatabase()
{
    // The fixture's database already has users: the seed must leave it alone.
    QVERIFY(!DemoSeed::seed(fx().database(), PasswordHasher(PasswordHasher::Cost::Minimal), 10));
    QCOMPARE(TicketRepository(fx().database()).count(), 0);

    QString error;
    const auto location = m_backend.freshLocation(&error);
    QVERIFY2(location, qPrintable(error));
    Database empty(*location);
    empty.open();
    QVERIFY(DemoSeed::seed(empty, PasswordHasher(PasswordHasher::Cost::Minimal), 40));
    QCOMPARE(UserRepository(empty).count(), 7);
    QCOMPARE(TicketRepository(empty).count(), 40);
    // Every demo sign-in works with its printed password.
    const PasswordHasher hasher(PasswordHasher::Cost::Minimal);
    for (const DemoSeed::Login &login : DemoSeed::logins()) {
        const auto stored = UserRepository(empty).findByUsername(login.username);
        QVERIFY(stored);
        QCOMPARE(stored->user.role, login.role);
        QVERIFY(hasher.verify(stored->passwordHash, login.password));
    }
    // Worked tickets carry a conversation, and resolved ones a resolution.
    int conversations = 0;
    qsizetype linkEnds = 0;
    TicketQuery all;
    all.limit = TicketQuery::maxLimit;
    for (const Ticket &ticket : TicketRepository(empty).list(all).items) {
        conversations += CommentRepository(empty).forTicket(ticket.id).isEmpty() ? 0 : 1;
        linkEnds += TicketLinkRepository(empty).touching(ticket.id).size();
        const Ticket full = *TicketRepository(empty).find(ticket.id);
        if (full.status == TicketStatus::Resolved || full.status == TicketStatus::Closed)
            QVERIFY(full.resolutionCode && !full.resolutionNotes.isEmpty());
        // Every requester is a person of the directory, with their department.
        QVERIFY(full.requester.personId);
        QVERIFY(!PersonRepository(empty).find(*full.requester.personId)->department.isEmpty());
    }
    QVERIFY(conversations > 0);
    QVERIFY(linkEnds > 0); // related tickets, and problems with their incidents
    QVERIFY(!DemoSeed::seed(empty, hasher, 10)); // once only
    QCOMPARE(TicketRepository(empty).count(), 40);
}
