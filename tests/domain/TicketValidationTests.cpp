// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "TicketValidation.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

QJsonObject minimalRequest()
{
    return {{u"title"_s, u"Printer jam"_s}, {u"requester"_s, QJsonObject{{u"name"_s, u"Ann"_s}}}};
}

// Sets a possibly dotted field ("requester.email"); an undefined value removes it.
QJsonObject with(QJsonObject json, const QString &field, const QJsonValue &value)
{
    if (field.startsWith(u"requester."_s) && json.value(u"requester"_s).isObject()) {
        QJsonObject requester = json.value(u"requester"_s).toObject();
        const QString inner = field.mid(10);
        if (value.isUndefined())
            requester.remove(inner);
        else
            requester.insert(inner, value);
        json.insert(u"requester"_s, requester);
    } else if (value.isUndefined()) {
        json.remove(field);
    } else {
        json.insert(field, value);
    }
    return json;
}

} // namespace

void DomainTest::parseNewTicket_minimal_isValidWithDefaults()
{
    FieldErrors errors;
    QJsonObject request = minimalRequest();
    request.insert(u"title"_s, u"  Printer jam  "_s);
    const auto ticket = parseNewTicket(request, errors);
    QVERIFY2(ticket, qPrintable(QStringList(errors.keys()).join(u", "_s)));
    QVERIFY(errors.isEmpty());
    QCOMPARE(ticket->type, TicketType::Incident);
    QCOMPARE(ticket->title, u"Printer jam"_s);
    QCOMPARE(ticket->impact, 3);
    QCOMPARE(ticket->urgency, 3);
    QCOMPARE(ticket->requesterName, u"Ann"_s);
    QVERIFY(ticket->requesterEmail.isEmpty());
    QVERIFY(!ticket->assigneeId);
    QVERIFY(ticket->description.isEmpty());
    QVERIFY(ticket->group.isEmpty());
}

void DomainTest::parseNewTicket_allFields_areRead()
{
    const QJsonObject request{
        {u"type"_s, u"change"_s},
        {u"title"_s, u"Upgrade core switch"_s},
        {u"description"_s, u"Window: *Saturday*"_s},
        {u"impact"_s, 1},
        {u"urgency"_s, 2},
        {u"requester"_s, QJsonObject{{u"name"_s, u"Net Ops"_s}, {u"email"_s, u"netops@example.org"_s}}},
        {u"assignee_id"_s, 12},
        {u"group"_s, u"Network"_s},
        {u"category"_s, u"Infrastructure"_s},
        {u"location"_s, u"DC 1"_s},
    };
    FieldErrors errors;
    const auto ticket = parseNewTicket(request, errors);
    QVERIFY(ticket);
    QVERIFY(errors.isEmpty());
    QCOMPARE(ticket->type, TicketType::Change);
    QCOMPARE(ticket->title, u"Upgrade core switch"_s);
    QCOMPARE(ticket->description, u"Window: *Saturday*"_s);
    QCOMPARE(ticket->impact, 1);
    QCOMPARE(ticket->urgency, 2);
    QCOMPARE(ticket->requesterName, u"Net Ops"_s);
    QCOMPARE(ticket->requesterEmail, u"netops@example.org"_s);
    QCOMPARE(ticket->assigneeId, std::optional<qint64>(12));
    QCOMPARE(ticket->group, u"Network"_s);
    QCOMPARE(ticket->category, u"Infrastructure"_s);
    QCOMPARE(ticket->location, u"DC 1"_s);
}

void DomainTest::parseNewTicket_tierChannelSubcategoryAndPerson_areRead()
{
    FieldErrors errors;
    const auto defaults = parseNewTicket(minimalRequest(), errors);
    QVERIFY(defaults);
    QCOMPARE(defaults->tier, SupportTier::L1);
    QCOMPARE(defaults->channel, ContactChannel::Phone);
    QVERIFY(defaults->subcategory.isEmpty());
    QCOMPARE(defaults->requesterPersonId, std::nullopt);
    QCOMPARE(defaults->priorityOverride, std::nullopt);
    QVERIFY(defaults->priorityReason.isEmpty());

    const QJsonObject request{
        {u"title"_s, u"Toner empty"_s},
        {u"requester"_s, QJsonObject{{u"person_id"_s, 42}}},
        {u"tier"_s, u"L2"_s},
        {u"channel"_s, u"walk_in"_s},
        {u"category"_s, u"Printing"_s},
        {u"subcategory"_s, u"  Toner  "_s},
        {u"priority"_s, 2},
        {u"priority_reason"_s, u"Payroll run today"_s},
    };
    const auto ticket = parseNewTicket(request, errors);
    QVERIFY2(ticket, qPrintable(QStringList(errors.keys()).join(u", "_s)));
    QVERIFY(errors.isEmpty());
    QCOMPARE(ticket->requesterPersonId, std::optional<qint64>(42));
    QVERIFY(ticket->requesterName.isEmpty()); // the directory has it
    QCOMPARE(ticket->tier, SupportTier::L2);
    QCOMPARE(ticket->channel, ContactChannel::WalkIn);
    QCOMPARE(ticket->subcategory, u"Toner"_s);
    QCOMPARE(ticket->priorityOverride, std::optional(Priority::P2));
    QCOMPARE(ticket->priorityReason, u"Payroll run today"_s);

    for (const QString &channel : contactChannelNames()) {
        const auto withChannel = parseNewTicket(with(minimalRequest(), u"channel"_s, channel), errors);
        QVERIFY(withChannel);
        QCOMPARE(contactChannelName(withChannel->channel), channel);
    }
    for (const QString &tier : supportTierNames()) {
        const auto withTier = parseNewTicket(with(minimalRequest(), u"tier"_s, tier), errors);
        QVERIFY(withTier);
        QCOMPARE(supportTierName(withTier->tier), tier);
    }
}

void DomainTest::parseNewTicket_requesterPersonId_needsNoName()
{
    FieldErrors errors;
    const auto byId = parseNewTicket(
        {{u"title"_s, u"Badge broken"_s}, {u"requester"_s, QJsonObject{{u"person_id"_s, 7}}}}, errors);
    QVERIFY2(byId, qPrintable(QStringList(errors.keys()).join(u", "_s)));
    QCOMPARE(byId->requesterPersonId, std::optional<qint64>(7));

    const auto both = parseNewTicket(
        {{u"title"_s, u"Badge broken"_s},
         {u"requester"_s, QJsonObject{{u"person_id"_s, 7}, {u"name"_s, u" Ann "_s}, {u"email"_s, u"ann@example.org"_s}}}},
        errors);
    QVERIFY(both);
    QCOMPARE(both->requesterPersonId, std::optional<qint64>(7));
    QCOMPARE(both->requesterName, u"Ann"_s);
    QCOMPARE(both->requesterEmail, u"ann@example.org"_s);

    FieldErrors nullId;
    QVERIFY(!parseNewTicket({{u"title"_s, u"Badge broken"_s},
                             {u"requester"_s, QJsonObject{{u"person_id"_s, QJsonValue::Null}}}},
                            nullId));
    QCOMPARE(nullId, (FieldErrors{{u"requester.name"_s, u"required"_s}}));

    FieldErrors badId;
    QVERIFY(!parseNewTicket({{u"title"_s, u"Badge broken"_s},
                             {u"requester"_s, QJsonObject{{u"person_id"_s, 0}}}},
                            badId));
    QCOMPARE(badId, (FieldErrors{{u"requester.person_id"_s, u"invalid"_s}, {u"requester.name"_s, u"required"_s}}));
}

void DomainTest::parseNewTicket_nullAssignee_meansUnassigned()
{
    FieldErrors errors;
    const auto ticket = parseNewTicket(with(minimalRequest(), u"assignee_id"_s, QJsonValue::Null), errors);
    QVERIFY(ticket);
    QVERIFY(!ticket->assigneeId);
}

void DomainTest::parseNewTicket_limits_areInclusive()
{
    QJsonObject request = minimalRequest();
    request.insert(u"title"_s, QString(TicketLimits::titleMax, u'x'));
    request.insert(u"group"_s, QString(TicketLimits::shortTextMax, u'g'));
    request.insert(u"description"_s, QString(TicketLimits::descriptionMax, u'd'));
    FieldErrors errors;
    const auto ticket = parseNewTicket(request, errors);
    QVERIFY2(ticket, qPrintable(QStringList(errors.keys()).join(u", "_s)));
    QCOMPARE(ticket->title.size(), TicketLimits::titleMax);
}

void DomainTest::parseNewTicket_invalidField_isReported_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined = leave the field out
    QTest::addColumn<QString>("reported"); // the key in the errors
    QTest::addColumn<QString>("code");

    const QJsonValue absent(QJsonValue::Undefined);
    QTest::addRow("title missing") << u"title"_s << absent << u"title"_s << u"required"_s;
    QTest::addRow("title null") << u"title"_s << QJsonValue(QJsonValue::Null) << u"title"_s << u"required"_s;
    QTest::addRow("title blank") << u"title"_s << QJsonValue(u"   "_s) << u"title"_s << u"required"_s;
    QTest::addRow("title too long") << u"title"_s << QJsonValue(QString(TicketLimits::titleMax + 1, u'x'))
                                    << u"title"_s << u"too_long"_s;
    QTest::addRow("title number") << u"title"_s << QJsonValue(5) << u"title"_s << u"must_be_text"_s;
    QTest::addRow("type unknown") << u"type"_s << QJsonValue(u"bug"_s) << u"type"_s << u"invalid"_s;
    QTest::addRow("type number") << u"type"_s << QJsonValue(1) << u"type"_s << u"invalid"_s;
    QTest::addRow("impact 0") << u"impact"_s << QJsonValue(0) << u"impact"_s << u"must_be_1_to_3"_s;
    QTest::addRow("impact 4") << u"impact"_s << QJsonValue(4) << u"impact"_s << u"must_be_1_to_3"_s;
    QTest::addRow("impact \"2\"") << u"impact"_s << QJsonValue(u"2"_s) << u"impact"_s << u"must_be_1_to_3"_s;
    QTest::addRow("impact 1.5") << u"impact"_s << QJsonValue(1.5) << u"impact"_s << u"must_be_1_to_3"_s;
    QTest::addRow("urgency 0") << u"urgency"_s << QJsonValue(0) << u"urgency"_s << u"must_be_1_to_3"_s;
    QTest::addRow("urgency 4") << u"urgency"_s << QJsonValue(4) << u"urgency"_s << u"must_be_1_to_3"_s;
    QTest::addRow("urgency null") << u"urgency"_s << QJsonValue(QJsonValue::Null) << u"urgency"_s
                                  << u"must_be_1_to_3"_s;
    QTest::addRow("requester missing") << u"requester"_s << absent << u"requester"_s << u"required"_s;
    QTest::addRow("requester text") << u"requester"_s << QJsonValue(u"Ann"_s) << u"requester"_s
                                    << u"required"_s;
    QTest::addRow("requester name missing") << u"requester.name"_s << absent << u"requester.name"_s
                                            << u"required"_s;
    QTest::addRow("requester name too long")
        << u"requester.name"_s << QJsonValue(QString(TicketLimits::shortTextMax + 1, u'n'))
        << u"requester.name"_s << u"too_long"_s;
    QTest::addRow("requester email bad") << u"requester.email"_s << QJsonValue(u"ann.example.org"_s)
                                         << u"requester.email"_s << u"invalid"_s;
    QTest::addRow("requester email two @") << u"requester.email"_s << QJsonValue(u"a@b@example.org"_s)
                                           << u"requester.email"_s << u"invalid"_s;
    QTest::addRow("requester email number") << u"requester.email"_s << QJsonValue(7) << u"requester.email"_s
                                            << u"must_be_text"_s;
    QTest::addRow("assignee negative") << u"assignee_id"_s << QJsonValue(-1) << u"assignee_id"_s
                                       << u"invalid"_s;
    QTest::addRow("assignee zero") << u"assignee_id"_s << QJsonValue(0) << u"assignee_id"_s << u"invalid"_s;
    QTest::addRow("assignee text") << u"assignee_id"_s << QJsonValue(u"5"_s) << u"assignee_id"_s
                                   << u"invalid"_s;
    QTest::addRow("description number") << u"description"_s << QJsonValue(1) << u"description"_s
                                        << u"must_be_text"_s;
    QTest::addRow("description too long")
        << u"description"_s << QJsonValue(QString(TicketLimits::descriptionMax + 1, u'd')) << u"description"_s
        << u"too_long"_s;
    QTest::addRow("group bool") << u"group"_s << QJsonValue(true) << u"group"_s << u"must_be_text"_s;
    QTest::addRow("group too long") << u"group"_s << QJsonValue(QString(TicketLimits::shortTextMax + 1, u'g'))
                                    << u"group"_s << u"too_long"_s;
    QTest::addRow("category array") << u"category"_s << QJsonValue(QJsonArray{u"a"_s}) << u"category"_s
                                    << u"must_be_text"_s;
    QTest::addRow("location object") << u"location"_s << QJsonValue(QJsonObject{}) << u"location"_s
                                     << u"must_be_text"_s;
    QTest::addRow("subcategory number") << u"subcategory"_s << QJsonValue(2) << u"subcategory"_s
                                        << u"must_be_text"_s;
    QTest::addRow("subcategory too long")
        << u"subcategory"_s << QJsonValue(QString(TicketLimits::shortTextMax + 1, u's')) << u"subcategory"_s
        << u"too_long"_s;
    QTest::addRow("tier unknown") << u"tier"_s << QJsonValue(u"L4"_s) << u"tier"_s << u"invalid"_s;
    QTest::addRow("tier lower case") << u"tier"_s << QJsonValue(u"l2"_s) << u"tier"_s << u"invalid"_s;
    QTest::addRow("tier number") << u"tier"_s << QJsonValue(2) << u"tier"_s << u"invalid"_s;
    QTest::addRow("channel unknown") << u"channel"_s << QJsonValue(u"fax"_s) << u"channel"_s << u"invalid"_s;
    QTest::addRow("channel spelt with a space") << u"channel"_s << QJsonValue(u"walk in"_s) << u"channel"_s
                                                << u"invalid"_s;
    QTest::addRow("channel number") << u"channel"_s << QJsonValue(1) << u"channel"_s << u"invalid"_s;
    QTest::addRow("person_id zero") << u"requester.person_id"_s << QJsonValue(0) << u"requester.person_id"_s
                                    << u"invalid"_s;
    QTest::addRow("person_id negative") << u"requester.person_id"_s << QJsonValue(-7) << u"requester.person_id"_s
                                        << u"invalid"_s;
    QTest::addRow("person_id text") << u"requester.person_id"_s << QJsonValue(u"42"_s) << u"requester.person_id"_s
                                    << u"invalid"_s;
    QTest::addRow("person_id fraction") << u"requester.person_id"_s << QJsonValue(4.2) << u"requester.person_id"_s
                                        << u"invalid"_s;
    QTest::addRow("priority without reason") << u"priority"_s << QJsonValue(1) << u"priority_reason"_s
                                             << u"required"_s;
    QTest::addRow("priority out of range") << u"priority"_s << QJsonValue(0) << u"priority"_s << u"invalid"_s;
    QTest::addRow("priority reason alone") << u"priority_reason"_s << QJsonValue(u"VIP"_s) << u"priority"_s
                                           << u"required"_s;
}

void DomainTest::parseNewTicket_invalidField_isReported()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reported);
    QFETCH(QString, code);
    FieldErrors errors;
    const auto ticket = parseNewTicket(with(minimalRequest(), field, value), errors);
    QVERIFY(!ticket);
    const FieldErrors expected{{reported, code}};
    QCOMPARE(errors, expected);
}

void DomainTest::parseNewTicket_everyInvalidField_isReportedAtOnce()
{
    const QJsonObject request{
        {u"type"_s, u"bug"_s},
        {u"title"_s, QString(TicketLimits::titleMax + 1, u't')},
        {u"impact"_s, 0},
        {u"urgency"_s, u"2"_s},
        {u"requester"_s, QJsonObject{{u"email"_s, u"nobody"_s}}},
        {u"assignee_id"_s, -4},
        {u"group"_s, 3},
        {u"category"_s, false},
        {u"location"_s, QJsonArray{}},
        {u"description"_s, QJsonObject{}},
    };
    FieldErrors errors;
    QVERIFY(!parseNewTicket(request, errors));
    const FieldErrors expected{
        {u"type"_s, u"invalid"_s},
        {u"title"_s, u"too_long"_s},
        {u"impact"_s, u"must_be_1_to_3"_s},
        {u"urgency"_s, u"must_be_1_to_3"_s},
        {u"requester.name"_s, u"required"_s},
        {u"requester.email"_s, u"invalid"_s},
        {u"assignee_id"_s, u"invalid"_s},
        {u"group"_s, u"must_be_text"_s},
        {u"category"_s, u"must_be_text"_s},
        {u"location"_s, u"must_be_text"_s},
        {u"description"_s, u"must_be_text"_s},
    };
    QCOMPARE(errors, expected);

    FieldErrors noTitle;
    QVERIFY(!parseNewTicket(QJsonObject{}, noTitle));
    QCOMPARE(noTitle, (FieldErrors{{u"title"_s, u"required"_s}, {u"requester"_s, u"required"_s}}));
}

void DomainTest::looksLikeEmail_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("email");
    QTest::addRow("plain") << u"ann@example.org"_s << true;
    QTest::addRow("plus and subdomain") << u"ann+it@mail.example.co.uk"_s << true;
    QTest::addRow("no at") << u"ann.example.org"_s << false;
    QTest::addRow("no dot in domain") << u"ann@localhost"_s << false;
    QTest::addRow("two at") << u"ann@b@example.org"_s << false;
    QTest::addRow("space") << u"ann smith@example.org"_s << false;
    QTest::addRow("empty") << QString() << false;
}

void DomainTest::looksLikeEmail()
{
    QFETCH(QString, text);
    QFETCH(bool, email);
    QCOMPARE(Helpline::looksLikeEmail(text), email);
}
