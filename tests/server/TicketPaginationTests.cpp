// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTest.h"

#include "ExpectedOrder.h"

#include "Ticket.h"
#include "TicketQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

QString describe(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QString rawCursor(const QJsonObject &json)
{
    return QString::fromLatin1(QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

void ServerTest::listTickets_keysetPagination_walksEveryRowOnceInOrder()
{
    // Ten distinct creation times, not in id order, three tickets at each: ties on created_at
    // and on priority must be broken the same way on every page.
    const QDateTime start(QDate(2025, 1, 6), QTime(9, 0), QTimeZone::UTC);
    ManualClock &clock = installClock(start);
    const QString types[] = {u"incident"_s, u"service_request"_s, u"problem"_s, u"change"_s};
    QList<ListedTicket> rows;
    for (int i = 0; i < 30; ++i) {
        clock.set(start.addSecs(60 * ((i * 7) % 10)));
        QJsonObject body{{u"title"_s, u"Ticket %1"_s.arg(i)},
                         {u"type"_s, types[i % 4]},
                         {u"impact"_s, 1 + i % 3},
                         {u"urgency"_s, 1 + (i / 3) % 3},
                         {u"requester"_s, QJsonObject{{u"name"_s, u"Requester %1"_s.arg(i)}}}};
        if (i % 5 == 0)
            body.insert(u"assignee_id"_s, fx().user(Role::Senior).id);
        const QJsonObject ticket = createTicket(body);
        rows.append(ListedTicket::fromJson(ticket));
    }

    const QString sorts[] = {
        u""_s, u"id"_s, u"-id"_s, u"priority"_s, u"-priority"_s, u"created_at"_s, u"-created_at"_s,
        u"priority,-created_at"_s, u"-priority,created_at"_s, u"-created_at,priority"_s,
        u"updated_at,-id"_s, u"type,-priority"_s, u"-type,-status,created_at"_s, u"status,priority,-created_at"_s,
    };
    const QString analyst = token(Role::Analyst);
    for (const QString &sort : sorts) {
        const QList<qint64> expected = expectedOrder(rows, sort);
        QCOMPARE(expected.size(), 30);
    // Several statuses are read status by status and merged: the same walk, through that path.
    for (const QString &statuses : {QString(), u"new,assigned"_s, u"assigned,new,pending"_s})
        for (int limit : {7, 10, 30}) {
            if (!statuses.isEmpty() && limit != 7)
                continue; // one page size is enough to cross the merge's page boundaries
            QList<qint64> walked;
            QString cursor;
            int pages = 0;
            do {
                QUrlQuery query;
                if (!sort.isEmpty())
                    query.addQueryItem(u"sort"_s, sort);
                query.addQueryItem(u"limit"_s, QString::number(limit));
                if (!cursor.isEmpty())
                    query.addQueryItem(u"cursor"_s, cursor);
                if (!statuses.isEmpty())
                    query.addQueryItem(u"status"_s, statuses);
                const HttpResponse response = fx().http().get(u"/tickets"_s, analyst, query);
                QVERIFY2(response.status == 200, qPrintable(u"sort=%1 limit=%2 page %3: HTTP %4 %5"_s.arg(sort)
                                                                .arg(limit).arg(pages + 1).arg(response.status)
                                                                .arg(QString::fromUtf8(response.body))));
                const QJsonObject page = response.json();
                const QJsonArray items = page.value(u"items"_s).toArray();
                cursor = page.value(u"next_cursor"_s).toString();
                QVERIFY(items.size() <= limit);
                QVERIFY2(cursor.isEmpty() || items.size() == limit, "a page before the last is not full");
                for (const QJsonValue &item : items)
                    walked << item.toObject().value(u"id"_s).toInteger();
                ++pages;
            } while (!cursor.isEmpty() && pages <= 30);
            QVERIFY2(walked == expected, qPrintable(u"sort=%1 limit=%2 status=%3\n  got      %4\n  expected %5"_s
                                                        .arg(sort).arg(limit).arg(statuses, describe(walked), describe(expected))));
            QCOMPARE(pages, (30 + limit - 1) / limit);
        }
    }
}

void ServerTest::listTickets_foreignOrGarbageCursor_returns400()
{
    for (int i = 0; i < 6; ++i)
        createTicket({{u"title"_s, u"T%1"_s.arg(i)}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}}});
    const QString analyst = token(Role::Analyst);

    const HttpResponse first = fx().http().get(u"/tickets"_s, analyst, QUrlQuery(u"sort=-id&limit=2"_s));
    QCOMPARE(first.status, 200);
    const QString cursor = first.json().value(u"next_cursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    QUrlQuery same(u"sort=-id&limit=2"_s);
    same.addQueryItem(u"cursor"_s, cursor);
    QCOMPARE(fx().http().get(u"/tickets"_s, analyst, same).status, 200);

    const std::pair<QString, QString> garbage[] = {
        {u"-id"_s, u"not a cursor!"_s},
        {u"-id"_s, u"bm90IGpzb24"_s}, // base64 of "not json"
        {u"-id"_s, rawCursor({{u"s"_s, u"-id"_s}, {u"v"_s, QJsonArray{u"five"_s}}})}, // wrong value type
        {u"-id"_s, rawCursor({{u"s"_s, u"-id"_s}, {u"v"_s, QJsonArray{5, 4}}})},      // wrong value count
        {u"-id"_s, rawCursor({{u"s"_s, u"-id"_s}})},                                  // no values
        {u"status"_s, rawCursor({{u"s"_s, u"status,id"_s}, {u"v"_s, QJsonArray{3, 1}}})}, // number for text
    };
    const QStringList offered{u"sort=id"_s, u"sort=-priority"_s, u""_s};
    for (const QString &sort : offered) {
        QUrlQuery query(sort);
        query.addQueryItem(u"cursor"_s, cursor);
        const HttpResponse response = fx().http().get(u"/tickets"_s, analyst, query);
        QVERIFY2(response.status == 400, qPrintable(u"cursor of sort=-id used with '%1': HTTP %2"_s.arg(sort)
                                                        .arg(response.status)));
        QCOMPARE(response.json().value(u"error"_s).toObject().value(u"fields"_s).toObject(),
                 (QJsonObject{{u"cursor"_s, u"invalid"_s}}));
    }
    for (const auto &[sort, bad] : garbage) {
        QUrlQuery query;
        query.addQueryItem(u"sort"_s, sort);
        query.addQueryItem(u"cursor"_s, bad);
        const HttpResponse response = fx().http().get(u"/tickets"_s, analyst, query);
        QVERIFY2(response.status == 400, qPrintable(u"sort=%1 cursor=%2: HTTP %3 %4"_s.arg(sort, bad)
                                                        .arg(response.status)
                                                        .arg(QString::fromUtf8(response.body))));
        QCOMPARE(response.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"malformed_request"_s);
    }
}
