// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTest.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;
using namespace Helpline::Test;

namespace {

struct SeedTicket
{
    const char16_t *title;
    const char16_t *type;
    int impact;
    int urgency;
    const char16_t *requester;
    const char16_t *group;
    std::optional<Role> assignee;
};

// Ids 1-5 in this order. Priorities: P4, P1, P4, P3, P2.
const SeedTicket seedTickets[] = {
    {u"Printer jam on 3rd floor", u"incident", 3, 3, u"Ann Smith", u"Service Desk", Role::Analyst},
    {u"VPN down for everyone", u"incident", 1, 1, u"Bob Jones", u"Network", std::nullopt},
    {u"New laptop", u"service_request", 3, 2, u"Pat Printerman", u"Service Desk", Role::Senior},
    {u"Core switch upgrade", u"change", 2, 2, u"Net Ops", u"Network", Role::Analyst},
    {u"Recurring printer crashes", u"problem", 2, 1, u"Dana Lee", u"", std::nullopt},
};

QList<qint64> idsOf(const QJsonObject &page)
{
    QList<qint64> ids;
    for (const QJsonValue &item : page.value(u"items"_s).toArray())
        ids << item.toObject().value(u"id"_s).toInteger();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString describe(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return u"["_s + parts.join(u","_s) + u"]"_s;
}

QUrlQuery queryOf(const QString &text)
{
    return QUrlQuery(text);
}

} // namespace

void ServerTest::listTickets_filters_selectMatchingTickets()
{
    for (const SeedTicket &seed : seedTickets) {
        QJsonObject body{{u"title"_s, QString::fromUtf16(seed.title)},
                         {u"type"_s, QString::fromUtf16(seed.type)},
                         {u"impact"_s, seed.impact},
                         {u"urgency"_s, seed.urgency},
                         {u"requester"_s, QJsonObject{{u"name"_s, QString::fromUtf16(seed.requester)}}},
                         {u"group"_s, QString::fromUtf16(seed.group)}};
        if (seed.assignee)
            body.insert(u"assignee_id"_s, fx().user(*seed.assignee).id);
        createTicket(body);
    }
    const QString senior = QString::number(fx().user(Role::Senior).id);

    const struct
    {
        Role caller;
        QString query;
        QList<qint64> ids;
    } cases[] = {
        {Role::Analyst, u""_s, {1, 2, 3, 4, 5}},
        {Role::Analyst, u"status=new"_s, {2, 5}},
        {Role::Analyst, u"status=assigned"_s, {1, 3, 4}},
        {Role::Analyst, u"status=new,assigned"_s, {1, 2, 3, 4, 5}},
        {Role::Analyst, u"status=closed"_s, {}},
        {Role::Analyst, u"type=incident"_s, {1, 2}},
        {Role::Analyst, u"type=problem,change"_s, {4, 5}},
        {Role::Analyst, u"priority=1"_s, {2}},
        {Role::Analyst, u"priority=P4"_s, {1, 3}},
        {Role::Analyst, u"priority=2,3"_s, {4, 5}},
        {Role::Analyst, u"assignee=me"_s, {1, 4}},
        {Role::Senior, u"assignee=me"_s, {3}},
        {Role::Admin, u"assignee=me"_s, {}},
        {Role::Analyst, u"assignee=none"_s, {2, 5}},
        {Role::Analyst, u"assignee="_s + senior, {3}},
        {Role::Analyst, u"group=Network"_s, {2, 4}},
        {Role::Analyst, u"group=Service%20Desk"_s, {1, 3}},
        {Role::Analyst, u"q=printer"_s, {1, 3, 5}},
        {Role::Analyst, u"q=PRINTER"_s, {1, 3, 5}},
        {Role::Analyst, u"q=vpn%20DOWN"_s, {2}},
        {Role::Analyst, u"q=inc-000002"_s, {2}},
        {Role::Analyst, u"q=%25"_s, {}},  // "%" is a literal, not a wildcard
        {Role::Analyst, u"q=_"_s, {}},    // so is "_"
        {Role::Analyst, u"status=assigned&group=Network"_s, {4}},
        {Role::Analyst, u"type=incident&assignee=none&q=vpn"_s, {2}},
    };
    for (const auto &c : cases) {
        const HttpResponse response = fx().http().get(u"/tickets"_s, token(c.caller), queryOf(c.query));
        QVERIFY2(response.status == 200, qPrintable(u"?%1: HTTP %2 %3"_s.arg(c.query).arg(response.status)
                                                        .arg(QString::fromUtf8(response.body))));
        const QList<qint64> ids = idsOf(response.json());
        QVERIFY2(ids == c.ids, qPrintable(u"?%1 as %2: got %3, expected %4"_s.arg(c.query, roleName(c.caller),
                                                                                  describe(ids), describe(c.ids))));
    }
}

void ServerTest::listTickets_items_areSummaries()
{
    QJsonObject body{{u"title"_s, u"Monitor flickers"_s},
                     {u"description"_s, u"Only after lunch."_s},
                     {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}}};
    const QJsonObject created = createTicket(body);

    const HttpResponse response = fx().http().get(u"/tickets"_s, token(Role::Senior));
    QCOMPARE(response.status, 200);
    const QJsonObject page = response.json();
    QVERIFY(page.contains(u"next_cursor"_s));
    QVERIFY(page.value(u"next_cursor"_s).isNull());
    const QJsonArray items = page.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QJsonObject expected = created;
    // A queue row leaves out the long texts.
    for (const QString &field : {u"description"_s, u"resolution_code"_s, u"resolution_notes"_s})
        expected.remove(field);
    expected.insert(u"watching"_s, false); // the senior listing it does not watch it; its creator does
    QCOMPARE(items.at(0).toObject(), expected);
}

void ServerTest::listTickets_badParameters_return400()
{
    const struct
    {
        QString query;
        QString field;
        QString problem;
    } cases[] = {
        {u"sort=description"_s, u"sort"_s, u"invalid"_s},
        {u"sort=priority,-priority"_s, u"sort"_s, u"invalid"_s},
        {u"sort=password_hash"_s, u"sort"_s, u"invalid"_s},
        {u"sort="_s, u"sort"_s, u"invalid"_s},
        {u"limit=0"_s, u"limit"_s, u"invalid"_s},
        {u"limit=201"_s, u"limit"_s, u"invalid"_s},
        {u"limit=-5"_s, u"limit"_s, u"invalid"_s},
        {u"limit=ten"_s, u"limit"_s, u"invalid"_s},
        {u"status=open"_s, u"status"_s, u"invalid"_s},
        {u"type=bug"_s, u"type"_s, u"invalid"_s},
        {u"priority=5"_s, u"priority"_s, u"invalid"_s},
        {u"priority=P0"_s, u"priority"_s, u"invalid"_s},
        {u"assignee=0"_s, u"assignee"_s, u"invalid"_s},
        {u"assignee=someone"_s, u"assignee"_s, u"invalid"_s},
        {u"cursor="_s, u"cursor"_s, u"invalid"_s},
        {u"q="_s + QString(201, u'x'), u"q"_s, u"invalid"_s},
        {u"colour=red"_s, u"colour"_s, u"unknown_parameter"_s},
        {u"status=new&Status=new"_s, u"Status"_s, u"unknown_parameter"_s},
    };
    for (const auto &c : cases) {
        const HttpResponse response = fx().http().get(u"/tickets"_s, token(Role::Analyst), queryOf(c.query));
        QVERIFY2(response.status == 400, qPrintable(u"?%1: HTTP %2"_s.arg(c.query).arg(response.status)));
        const QJsonObject error = response.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"malformed_request"_s);
        QVERIFY2(error.value(u"fields"_s).toObject() == (QJsonObject{{c.field, c.problem}}),
                 qPrintable(u"?%1: fields %2"_s.arg(c.query, QString::fromUtf8(response.body))));
    }

    // Every bad parameter is named at once.
    const HttpResponse several =
        fx().http().get(u"/tickets"_s, token(Role::Analyst), queryOf(u"limit=0&sort=description&colour=red"_s));
    QCOMPARE(several.status, 400);
    QCOMPARE(several.json().value(u"error"_s).toObject().value(u"fields"_s).toObject(),
             (QJsonObject{{u"limit"_s, u"invalid"_s}, {u"sort"_s, u"invalid"_s}, {u"colour"_s, u"unknown_parameter"_s}}));
}

void ServerTest::listTickets_limitBounds_areInclusive()
{
    for (int i = 0; i < 3; ++i)
        createTicket({{u"title"_s, u"T%1"_s.arg(i)}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}}});

    HttpResponse response = fx().http().get(u"/tickets"_s, token(Role::Analyst), queryOf(u"limit=1"_s));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(u"items"_s).toArray().size(), 1);
    QVERIFY(response.json().value(u"next_cursor"_s).isString());

    response = fx().http().get(u"/tickets"_s, token(Role::Analyst), queryOf(u"limit=200"_s));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(u"items"_s).toArray().size(), 3);
    QVERIFY(response.json().value(u"next_cursor"_s).isNull());

    response = fx().http().get(u"/tickets"_s, token(Role::Analyst), queryOf(u"limit=3"_s));
    QCOMPARE(response.json().value(u"items"_s).toArray().size(), 3);
    QVERIFY(response.json().value(u"next_cursor"_s).isNull()); // no empty last page
}
