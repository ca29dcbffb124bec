// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Helpline {

// CSAT: when a ticket is resolved the requester is offered one survey, answered once with a
// score of 1 (very unhappy) to 5 (very happy) and an optional comment, through a link that
// carries a one-time token.
struct SatisfactionSurvey
{
    static constexpr int lifetimeDays = 30;
    static constexpr qsizetype commentMax = 2000;

    QString token;
    qint64 ticketId = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime answeredAt; // invalid until answered
    std::optional<int> score;
    QString comment;

    enum class State { Open, Answered, Expired };
    State stateAt(const QDateTime &now) const;

    QJsonObject toJson(const QDateTime &now) const; // for analysts: state, score, comment
};

QString surveyStateName(SatisfactionSurvey::State state); // "open", "answered", "expired"

struct SurveyAnswer
{
    int score = 0;
    QString comment;
};

// Reads the survey form's fields ("score": "1".."5", "comment"); every problem is reported.
std::optional<SurveyAnswer> parseSurveyAnswer(const QString &score, const QString &comment, FieldErrors &errors);

} // namespace Helpline
