// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's pages are written straight to JSON text; they must say exactly what
// Ticket::toJson says, for every kind of value a ticket holds.
#include "DomainTest.h"

#include "JsonTextWriter.h"
#include "Ticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

QJsonObject parsed(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), text.constData());
    return document.object();
}

} // namespace

void DomainTest::jsonTextWriter_ticketsSayWhatToJsonSays_data()
{
    QTest::addColumn<int>("variant");
    for (int i = 0; i < 6; ++i)
        QTest::addRow("ticket %d", i) << i;
}

void DomainTest::jsonTextWriter_ticketsSayWhatToJsonSays()
{
    QFETCH(int, variant);
    Ticket t;
    t.id = 1000000 + variant;
    t.number = Ticket::numberFor(TicketType::Problem, t.id);
    t.type = TicketType::Problem;
    t.title = u"Quote \" backslash \\ slash / tab\t newline\n bell\a nul-free ü 日本 😀"_s;
    t.description = u"# Runbook\r\n```powershell\nGet-ADUser -Filter *\n```"_s;
    t.status = variant % 2 ? TicketStatus::Pending : TicketStatus::Resolved;
    t.pendingReason = variant % 2 ? std::optional(PendingReason::AwaitingVendor) : std::nullopt;
    t.resolutionCode = variant % 2 ? std::nullopt : std::optional(ResolutionCode::Workaround);
    t.requester = {u"Jürgen Weiß"_s, u"j.weiss@example.org"_s, variant % 3 ? std::optional<qint64>(77) : std::nullopt};
    if (variant % 3 != 2)
        t.assignee = UserRef{5, u"Ana \"the fixer\" Lyst"_s};
    t.firstAssigneeId = variant % 2 ? std::nullopt : std::optional<qint64>(5);
    t.priorityReason = variant % 2 ? u"VIP"_s : QString();
    t.group = u"Identity & Access"_s;
    t.channel = ContactChannel::WalkIn;
    t.tier = SupportTier::L3;
    t.createdAt = QDateTime(QDate(1999 + variant, 12, 31), QTime(23, 59, 59, 7), QTimeZone::UTC);
    t.updatedAt = QDateTime(QDate(2026, 3, 29), QTime(1, 0, 0, 0), QTimeZone("Europe/London"));
    t.resolvedAt = variant % 2 ? QDateTime() : t.updatedAt;
    t.version = 2147483647;
    t.watcherCount = variant;
    t.watching = variant % 2 == 1;

    for (Ticket::Detail detail : {Ticket::Detail::Summary, Ticket::Detail::Full}) {
        JsonTextWriter out;
        t.writeJson(out, detail);
        QCOMPARE(parsed(out.text()), t.toJson(detail));
    }
}

void DomainTest::jsonTextWriter_nestsArraysAndEscapesControls()
{
    JsonTextWriter out;
    out.beginObject();
    out.beginArray(u"items");
    out.beginObject();
    out.field(u"a", u"\x01\x1f"_s);
    out.endObject();
    out.beginObject();
    out.endObject();
    out.endArray();
    out.nullField(u"next");
    out.field(u"ok", false);
    out.field(u"n", qint64(-9007199254740991));
    out.endObject();
    QCOMPARE(out.text(), QByteArray(R"({"items":[{"a":"\u0001\u001f"},{}],"next":null,"ok":false,"n":-9007199254740991})"));
    const QJsonObject object = parsed(out.text());
    QCOMPARE(object.value(u"items"_s).toArray().at(0).toObject().value(u"a"_s).toString(), u"\x01\x1f"_s);
}

void DomainTest::wireTime_handWrittenMatchesQt_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC);
    QTest::addRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(12, 0, 0, 1), QTimeZone::UTC);
    QTest::addRow("year end") << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), QTimeZone::UTC);
    QTest::addRow("New York") << QDateTime(QDate(2026, 11, 1), QTime(1, 30), QTimeZone("America/New_York"));
    QTest::addRow("year 1000") << QDateTime(QDate(1000, 1, 1), QTime(0, 0), QTimeZone::UTC);
    QTest::addRow("year 999 (Qt's text)") << QDateTime(QDate(999, 1, 1), QTime(0, 0), QTimeZone::UTC);
}

void DomainTest::wireTime_handWrittenMatchesQt()
{
    QFETCH(QDateTime, time);
    QCOMPARE(toWireTime(time), time.toUTC().toString(Qt::ISODateWithMs));
    QCOMPARE(fromWireTime(toWireTime(time)), time.toUTC());
}
