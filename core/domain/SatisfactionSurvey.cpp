// SPDX-License-Identifier: GPL-3.0-or-later
#include "SatisfactionSurvey.h"

#include "Ticket.h"

namespace Helpline {

using namespace Qt::StringLiterals;

SatisfactionSurvey::State SatisfactionSurvey::stateAt(const QDateTime &now) const
{
    if (answeredAt.isValid())
        return State::Answered;
    return now >= expiresAt ? State::Expired : State::Open;
}

QString surveyStateName(SatisfactionSurvey::State state)
{
    switch (state) {
    case SatisfactionSurvey::State::Open: return u"open"_s;
    case SatisfactionSurvey::State::Answered: return u"answered"_s;
    case SatisfactionSurvey::State::Expired: return u"expired"_s;
    }
    return {};
}

QJsonObject SatisfactionSurvey::toJson(const QDateTime &now) const
{
    return {
        {u"state"_s, surveyStateName(stateAt(now))},
        {u"created_at"_s, toWireTime(createdAt)},
        {u"expires_at"_s, toWireTime(expiresAt)},
        {u"answered_at"_s, answeredAt.isValid() ? QJsonValue(toWireTime(answeredAt)) : QJsonValue(QJsonValue::Null)},
        {u"score"_s, score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null)},
        {u"comment"_s, comment},
    };
}

std::optional<SurveyAnswer> parseSurveyAnswer(const QString &score, const QString &comment, FieldErrors &errors)
{
    SurveyAnswer answer;
    bool ok = false;
    answer.score = score.trimmed().toInt(&ok);
    if (score.trimmed().isEmpty())
        errors.insert(u"score"_s, u"required"_s);
    else if (!ok || answer.score < 1 || answer.score > 5)
        errors.insert(u"score"_s, u"invalid"_s);
    answer.comment = comment.trimmed();
    if (answer.comment.size() > SatisfactionSurvey::commentMax)
        errors.insert(u"comment"_s, u"too_long"_s);
    if (!errors.isEmpty())
        return std::nullopt;
    return answer;
}

} // namespace Helpline
