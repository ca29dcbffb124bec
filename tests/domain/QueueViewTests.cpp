// SPDX-License-Identifier: GPL-3.0-or-later
// Saved queue views and the shape of a bulk change.
#include "DomainTest.h"

#include "SavedView.h"
#include "TicketBulk.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

void DomainTest::savedView_builtIns_haveKeysAndRoundTrip()
{
    const QList<SavedView> views = SavedView::builtIn();
    QStringList keys;
    for (const SavedView &view : views) {
        keys << view.key;
        QVERIFY(view.isBuiltIn());
        QCOMPARE(view.reference(), view.key);
        const auto back = SavedView::fromJson(view.toJson());
        QVERIFY(back);
        QCOMPARE(back->key, view.key);
        QCOMPARE(back->filters, view.filters);
        QCOMPARE(back->sort, view.sort);
    }
    QCOMPARE(keys, (QStringList{u"my_open"_s, u"my_group"_s, u"unassigned"_s, u"pending"_s, u"watching"_s, u"all"_s}));
    QCOMPARE(SavedView::builtIn(u"watching"_s)->filters.value(u"watcher"_s).toString(), u"me"_s);
    // A view naming no status shows (and counts) its open tickets first; one naming them, those.
    QVERIFY(SavedView::builtIn(u"all"_s)->showsOpenFirst());
    QCOMPARE(SavedView::builtIn(u"all"_s)->shownFirstFilters().value(u"status"_s).toString(),
             u"new,assigned,in_progress,pending"_s);
    QVERIFY(!SavedView::builtIn(u"pending"_s)->showsOpenFirst());
    QCOMPARE(SavedView::builtIn(u"pending"_s)->shownFirstFilters(), SavedView::builtIn(u"pending"_s)->filters);
    QCOMPARE(SavedView::builtIn(u"my_open"_s)->filters.value(u"assignee"_s).toString(), u"me"_s);
    QVERIFY(!SavedView::builtIn(u"mine"_s));
}

void DomainTest::readSavedView_checksShapeAndKeepsWhatAPatchLeavesOut()
{
    SavedView view;
    FieldErrors errors;
    QVERIFY(readSavedView({{u"name"_s, u" Mine "_s}, {u"filters"_s, QJsonObject{{u"assignee"_s, u"me"_s}}},
                           {u"sort"_s, u"-priority"_s}, {u"columns"_s, QJsonArray{u"number"_s, u"title"_s}}},
                          false, view, errors));
    QCOMPARE(view.name, u"Mine"_s);
    QCOMPARE(view.columns, (QStringList{u"number"_s, u"title"_s}));

    // A patch changes only what it names.
    QVERIFY(readSavedView({{u"sort"_s, u"created_at"_s}}, true, view, errors));
    QCOMPARE(view.name, u"Mine"_s);
    QCOMPARE(view.sort, u"created_at"_s);

    errors.clear();
    SavedView untouched = view;
    QVERIFY(!readSavedView({{u"name"_s, u""_s}, {u"filters"_s, QJsonObject{{u"priority"_s, 1}}},
                            {u"columns"_s, QJsonArray{u"number"_s, u"number"_s}}},
                           true, untouched, errors));
    QCOMPARE(errors, (FieldErrors{{u"name"_s, u"required"_s}, {u"filters"_s, u"invalid"_s}, {u"columns"_s, u"invalid"_s}}));
    errors.clear();
    QVERIFY(!readSavedView({}, true, untouched, errors));
    QCOMPARE(errors, (FieldErrors{{u"body"_s, u"no_changes"_s}}));
    errors.clear();
    QVERIFY(!readSavedView({{u"name"_s, u"x"_s}, {u"owner"_s, 3}}, false, untouched, errors));
    QCOMPARE(errors, (FieldErrors{{u"owner"_s, u"unknown_field"_s}}));
}

void DomainTest::bulkChange_parse_acceptsIdsChangesAndNote()
{
    FieldErrors errors;
    const auto bulk = TicketBulkChange::parse(
        {{u"ids"_s, QJsonArray{7, 3, 9}},
         {u"changes"_s, QJsonObject{{u"assignee_id"_s, 2}, {u"status"_s, u"assigned"_s}}},
         {u"note"_s, QJsonObject{{u"body"_s, u"Taken over"_s}, {u"visibility"_s, u"internal"_s}}}},
        errors);
    QVERIFY(bulk);
    QCOMPARE(bulk->ids, (QList<qint64>{7, 3, 9})); // the caller's order
    QCOMPARE(bulk->note->body, u"Taken over"_s);
    const auto again = TicketBulkChange::parse(bulk->toJson(), errors);
    QVERIFY(again);
    QCOMPARE(again->ids, bulk->ids);
    QCOMPARE(again->changes, bulk->changes);
}

void DomainTest::bulkChange_parse_refusesBadShapes_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QJsonArray limit, over;
    for (int i = 1; i <= int(TicketBulkChange::maxTickets); ++i)
        limit.append(i);
    over = limit;
    over.append(int(TicketBulkChange::maxTickets) + 1);
    const QJsonObject change{{u"impact"_s, 1}};
    QTest::addRow("no ids") << QJsonObject{{u"changes"_s, change}} << u"ids"_s << u"required"_s;
    QTest::addRow("empty ids") << QJsonObject{{u"ids"_s, QJsonArray{}}, {u"changes"_s, change}} << u"ids"_s << u"required"_s;
    QTest::addRow("one too many") << QJsonObject{{u"ids"_s, over}, {u"changes"_s, change}} << u"ids"_s << u"too_many"_s;
    QTest::addRow("zero id") << QJsonObject{{u"ids"_s, QJsonArray{0}}, {u"changes"_s, change}} << u"ids"_s << u"invalid"_s;
    QTest::addRow("repeated id") << QJsonObject{{u"ids"_s, QJsonArray{4, 4}}, {u"changes"_s, change}} << u"ids"_s << u"duplicate"_s;
    QTest::addRow("nothing to do") << QJsonObject{{u"ids"_s, QJsonArray{4}}} << u"changes"_s << u"no_changes"_s;
    QTest::addRow("not bulk field") << QJsonObject{{u"ids"_s, QJsonArray{4}}, {u"changes"_s, QJsonObject{{u"description"_s, u"x"_s}}}}
                                    << u"changes.description"_s << u"unknown_field"_s;
    QTest::addRow("bad note") << QJsonObject{{u"ids"_s, QJsonArray{4}}, {u"note"_s, QJsonObject{{u"body"_s, u"x"_s}}}}
                              << u"note.visibility"_s << u"required"_s;
    QTest::addRow("at the limit") << QJsonObject{{u"ids"_s, limit}, {u"changes"_s, change}} << QString() << QString();
}

void DomainTest::bulkChange_parse_refusesBadShapes()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    FieldErrors errors;
    const auto bulk = TicketBulkChange::parse(body, errors);
    if (field.isEmpty()) {
        QVERIFY(bulk);
        QCOMPARE(bulk->ids.size(), TicketBulkChange::maxTickets);
        return;
    }
    QVERIFY(!bulk);
    QCOMPARE(errors.value(field), code);
}
