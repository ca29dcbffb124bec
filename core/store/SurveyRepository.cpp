// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "SqlQuery.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
const QString selectSurveys =
    u"SELECT token, ticket_id, created_at, expires_at, answered_at, score, comment FROM satisfaction_surveys "_s;

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

SatisfactionSurvey readSurvey(const SqlQuery &q)
{
    SatisfactionSurvey s;
    s.token = q.value(0).toString();
    s.ticketId = q.value(1).toLongLong();
    s.createdAt = fromMs(q.value(2));
    s.expiresAt = fromMs(q.value(3));
    s.answeredAt = fromMs(q.value(4));
    if (!q.value(5).isNull())
        s.score = q.value(5).toInt();
    s.comment = q.value(6).toString();
    return s;
}

// 192 bits from the system's secure source, URL-safe.
QString newToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

SatisfactionSurvey SurveyRepository::issue(qint64 ticketId)
{
    SatisfactionSurvey survey;
    survey.token = newToken();
    survey.ticketId = ticketId;
    survey.createdAt = Clock::current().now();
    survey.expiresAt = survey.createdAt.addDays(SatisfactionSurvey::lifetimeDays);
    SqlQuery insert(m_db.connection(), u"INSERT INTO satisfaction_surveys (token, ticket_id, created_at, expires_at) "
                                       "VALUES (?, ?, ?, ?)"_s);
    insert.bind(survey.token)
        .bind(ticketId)
        .bind(survey.createdAt.toMSecsSinceEpoch())
        .bind(survey.expiresAt.toMSecsSinceEpoch());
    insert.exec();
    return survey;
}

std::optional<SatisfactionSurvey> SurveyRepository::find(const QString &token) const
{
    SqlQuery query(m_db.connection(), selectSurveys + u"WHERE token = ?"_s);
    query.bind(token);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readSurvey(query);
}

std::optional<SatisfactionSurvey> SurveyRepository::latestFor(qint64 ticketId) const
{
    SqlQuery query(m_db.connection(), selectSurveys + u"WHERE ticket_id = ? ORDER BY created_at DESC LIMIT 1"_s);
    query.bind(ticketId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readSurvey(query);
}

bool SurveyRepository::answer(const QString &token, const SurveyAnswer &answer)
{
    const auto survey = find(token);
    if (!survey)
        return false;
    SqlQuery update(m_db.connection(), u"UPDATE satisfaction_surveys SET answered_at = ?, score = ?, comment = ? "
                                       "WHERE token = ? AND answered_at IS NULL"_s);
    update.bind(Clock::current().now().toMSecsSinceEpoch()).bind(answer.score).bind(answer.comment).bind(token);
    update.exec();
    if (update.numRowsAffected() != 1)
        return false;
    AuditLog(m_db).record(std::nullopt, u"ticket"_s, survey->ticketId, u"survey_answered"_s,
                          {{u"score"_s, answer.score}});
    return true;
}

} // namespace Helpline
