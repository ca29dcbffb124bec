// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "SatisfactionSurvey.h"

#include <optional>

namespace Helpline {

class SurveyRepository
{
public:
    explicit SurveyRepository(const Database &database) : m_db(database) {}

    // A new survey for the ticket's resolution, under a fresh random token.
    SatisfactionSurvey issue(qint64 ticketId);
    std::optional<SatisfactionSurvey> find(const QString &token) const;
    std::optional<SatisfactionSurvey> latestFor(qint64 ticketId) const;
    // Stores the answer unless the survey was answered already; returns whether it was stored.
    bool answer(const QString &token, const SurveyAnswer &answer);

private:
    const Database &m_db;
};

} // namespace Helpline
