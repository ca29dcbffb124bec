// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainTest.h"

#include "SatisfactionSurvey.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Helpline;

namespace {

const QDateTime created(QDate(2025, 6, 2), QTime(10, 0), QTimeZone::UTC);

SatisfactionSurvey surveyOf(qint64 ticketId)
{
    SatisfactionSurvey survey;
    survey.token = u"0123456789abcdef0123456789abcdef"_s;
    survey.ticketId = ticketId;
    survey.createdAt = created;
    survey.expiresAt = created.addDays(SatisfactionSurvey::lifetimeDays);
    return survey;
}

} // namespace

void DomainTest::parseSurveyAnswer_data()
{
    QTest::addColumn<QString>("score");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<FieldErrors>("errors");
    QTest::addColumn<int>("parsedScore");
    QTest::addColumn<QString>("parsedComment");

    for (int score = 1; score <= 5; ++score)
        QTest::addRow("score %d", score) << QString::number(score) << QString() << FieldErrors() << score << QString();
    QTest::addRow("score padded") << u" 4 "_s << QString() << FieldErrors() << 4 << QString();
    QTest::addRow("comment trimmed") << u"2"_s << u"\n  Took three calls.  \t"_s << FieldErrors() << 2
                                     << u"Took three calls."_s;
    QTest::addRow("comment blank") << u"5"_s << u"   "_s << FieldErrors() << 5 << QString();
    QTest::addRow("comment at its limit") << u"3"_s << QString(SatisfactionSurvey::commentMax, u'c') << FieldErrors()
                                          << 3 << QString(SatisfactionSurvey::commentMax, u'c');
    QTest::addRow("comment at its limit once trimmed")
        << u"3"_s << u"  "_s + QString(SatisfactionSurvey::commentMax, u'c') + u"  "_s << FieldErrors() << 3
        << QString(SatisfactionSurvey::commentMax, u'c');
    QTest::addRow("comment too long") << u"3"_s << QString(SatisfactionSurvey::commentMax + 1, u'c')
                                      << FieldErrors{{u"comment"_s, u"too_long"_s}} << 0 << QString();
    QTest::addRow("score missing") << QString() << u"ok"_s << FieldErrors{{u"score"_s, u"required"_s}} << 0
                                   << QString();
    QTest::addRow("score blank") << u"  "_s << QString() << FieldErrors{{u"score"_s, u"required"_s}} << 0 << QString();
    QTest::addRow("score 0") << u"0"_s << QString() << FieldErrors{{u"score"_s, u"invalid"_s}} << 0 << QString();
    QTest::addRow("score 6") << u"6"_s << QString() << FieldErrors{{u"score"_s, u"invalid"_s}} << 0 << QString();
    QTest::addRow("score -3") << u"-3"_s << QString() << FieldErrors{{u"score"_s, u"invalid"_s}} << 0 << QString();
    QTest::addRow("score 3.5") << u"3.5"_s << QString() << FieldErrors{{u"score"_s, u"invalid"_s}} << 0 << QString();
    QTest::addRow("score word") << u"five"_s << QString() << FieldErrors{{u"score"_s, u"invalid"_s}} << 0
                                << QString();
    QTest::addRow("score with text") << u"4 stars"_s << QString() << FieldErrors{{u"score"_s, u"invalid"_s}} << 0
                                     << QString();
    QTest::addRow("both wrong") << u"10"_s << QString(SatisfactionSurvey::commentMax + 1, u'c')
                                << FieldErrors{{u"score"_s, u"invalid"_s}, {u"comment"_s, u"too_long"_s}} << 0
                                << QString();
}

void DomainTest::parseSurveyAnswer()
{
    QFETCH(QString, score);
    QFETCH(QString, comment);
    QFETCH(FieldErrors, errors);
    QFETCH(int, parsedScore);
    QFETCH(QString, parsedComment);

    FieldErrors reported;
    const auto answer = Helpline::parseSurveyAnswer(score, comment, reported);
    QCOMPARE(reported, errors);
    QCOMPARE(answer.has_value(), errors.isEmpty());
    if (!answer)
        return;
    QCOMPARE(answer->score, parsedScore);
    QCOMPARE(answer->comment, parsedComment);
}

void DomainTest::surveyState_followsAnswerAndExpiry_data()
{
    QTest::addColumn<qint64>("secondsAfterCreation"); // when asked
    QTest::addColumn<qint64>("answeredAfter");         // -1: not answered
    QTest::addColumn<QString>("state");

    const qint64 lifetime = qint64(SatisfactionSurvey::lifetimeDays) * 24 * 3600;
    QTest::addRow("just sent") << qint64(0) << qint64(-1) << u"open"_s;
    QTest::addRow("a second before expiry") << lifetime - 1 << qint64(-1) << u"open"_s;
    QTest::addRow("exactly at expiry") << lifetime << qint64(-1) << u"expired"_s;
    QTest::addRow("long after expiry") << lifetime * 4 << qint64(-1) << u"expired"_s;
    QTest::addRow("answered") << qint64(3600) << qint64(60) << u"answered"_s;
    QTest::addRow("answered, asked after expiry") << lifetime + 1 << qint64(60) << u"answered"_s;
    QTest::addRow("answered in its last second") << lifetime << lifetime - 1 << u"answered"_s;
}

void DomainTest::surveyState_followsAnswerAndExpiry()
{
    QFETCH(qint64, secondsAfterCreation);
    QFETCH(qint64, answeredAfter);
    QFETCH(QString, state);
    SatisfactionSurvey survey = surveyOf(5);
    if (answeredAfter >= 0) {
        survey.answeredAt = created.addSecs(answeredAfter);
        survey.score = 4;
    }
    const QDateTime now = created.addSecs(secondsAfterCreation);
    QCOMPARE(surveyStateName(survey.stateAt(now)), state);
    QCOMPARE(survey.toJson(now).value(u"state"_s), QJsonValue(state));
}

void DomainTest::surveyToJson_showsStateScoreAndCommentButNoToken()
{
    SatisfactionSurvey survey = surveyOf(42);
    const QJsonObject open{
        {u"state"_s, u"open"_s},
        {u"created_at"_s, u"2025-06-02T10:00:00.000Z"_s},
        {u"expires_at"_s, u"2025-07-02T10:00:00.000Z"_s},
        {u"answered_at"_s, QJsonValue::Null},
        {u"score"_s, QJsonValue::Null},
        {u"comment"_s, QString()},
    };
    QCOMPARE(survey.toJson(created.addDays(1)), open);

    survey.answeredAt = created.addSecs(90);
    survey.score = 2;
    survey.comment = u"Took three calls."_s;
    const QJsonObject answered{
        {u"state"_s, u"answered"_s},
        {u"created_at"_s, u"2025-06-02T10:00:00.000Z"_s},
        {u"expires_at"_s, u"2025-07-02T10:00:00.000Z"_s},
        {u"answered_at"_s, u"2025-06-02T10:01:30.000Z"_s},
        {u"score"_s, 2},
        {u"comment"_s, u"Took three calls."_s},
    };
    QCOMPARE(survey.toJson(created.addDays(60)), answered);
}
