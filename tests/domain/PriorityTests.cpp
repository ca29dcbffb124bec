// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "Priority.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

void DomainTest::priorityMatrix_defaultCell_isItilPriority_data()
{
    QTest::addColumn<int>("impact");
    QTest::addColumn<int>("urgency");
    QTest::addColumn<int>("priority");
    // Written out by hand from the ITIL table, not computed.
    const int expected[3][3] = {{1, 2, 3}, {2, 3, 4}, {3, 4, 4}};
    for (int impact = 1; impact <= 3; ++impact) {
        for (int urgency = 1; urgency <= 3; ++urgency)
            QTest::addRow("impact%d_urgency%d", impact, urgency)
                << impact << urgency << expected[impact - 1][urgency - 1];
    }
}

void DomainTest::priorityMatrix_defaultCell_isItilPriority()
{
    QFETCH(int, impact);
    QFETCH(int, urgency);
    QFETCH(int, priority);
    QCOMPARE(static_cast<int>(PriorityMatrix().priorityFor(impact, urgency)), priority);
}

void DomainTest::priorityMatrix_customCells_areUsed()
{
    const PriorityMatrix matrix({{
        {Priority::P4, Priority::P4, Priority::P4},
        {Priority::P4, Priority::P1, Priority::P4},
        {Priority::P4, Priority::P4, Priority::P2},
    }});
    QCOMPARE(matrix.priorityFor(2, 2), Priority::P1);
    QCOMPARE(matrix.priorityFor(3, 3), Priority::P2);
    QCOMPARE(matrix.priorityFor(1, 1), Priority::P4);
    QCOMPARE(matrix.priorityFor(2, 3), Priority::P4);
}

void DomainTest::priorityMatrix_validLevel_acceptsOneToThreeOnly()
{
    QVERIFY(!PriorityMatrix::validLevel(0));
    QVERIFY(PriorityMatrix::validLevel(1));
    QVERIFY(PriorityMatrix::validLevel(2));
    QVERIFY(PriorityMatrix::validLevel(3));
    QVERIFY(!PriorityMatrix::validLevel(4));
    QVERIFY(!PriorityMatrix::validLevel(-1));
}

void DomainTest::priorityFromNumber_acceptsOneToFourOnly_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("valid");
    QTest::addRow("min-1") << -1 << false;
    QTest::addRow("zero") << 0 << false;
    QTest::addRow("one") << 1 << true;
    QTest::addRow("two") << 2 << true;
    QTest::addRow("three") << 3 << true;
    QTest::addRow("four") << 4 << true;
    QTest::addRow("five") << 5 << false;
    QTest::addRow("large") << 1000 << false;
}

void DomainTest::priorityFromNumber_acceptsOneToFourOnly()
{
    QFETCH(int, number);
    QFETCH(bool, valid);
    const auto priority = priorityFromNumber(number);
    QCOMPARE(priority.has_value(), valid);
    if (valid)
        QCOMPARE(static_cast<int>(*priority), number);
}

void DomainTest::priorityLabel_isPAndNumber()
{
    QCOMPARE(priorityLabel(Priority::P1), u"P1"_s);
    QCOMPARE(priorityLabel(Priority::P2), u"P2"_s);
    QCOMPARE(priorityLabel(Priority::P3), u"P3"_s);
    QCOMPARE(priorityLabel(Priority::P4), u"P4"_s);
}
