// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "Priority.h"
#include "TicketEnums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Helpline {

// What an SLA rule looks at on a ticket.
struct SlaSubject
{
    Priority priority = Priority::P4;
    TicketType type = TicketType::Incident;
    QString category;
    QString group;
};

// Narrows a rule beyond its priority; what is unset matches every ticket.
struct SlaScope
{
    std::optional<TicketType> type;
    QString category; // empty: any
    QString group;    // empty: any

    bool matches(const SlaSubject &subject) const;
    // The most specific rule wins: a group outweighs a category, which outweighs a type, so
    // no two different scopes tie (group = 4, category = 2, type = 1, summed).
    int specificity() const;
    friend bool operator==(const SlaScope &, const SlaScope &) = default;
};

struct SlaTargets
{
    qint64 firstResponseMinutes = 0; // business minutes on the calendar
    qint64 resolutionMinutes = 0;
    std::optional<qint64> calendarId; // none: the clock runs 24×7

    bool isTwentyFourSeven() const { return !calendarId.has_value(); }
    friend bool operator==(const SlaTargets &, const SlaTargets &) = default;
};

struct SlaRule
{
    Priority priority = Priority::P4;
    SlaScope scope;
    SlaTargets targets;
    friend bool operator==(const SlaRule &, const SlaRule &) = default;
};

// One version of a policy. A version never changes once made: a change makes a new version,
// which applies to tickets created from its start on; a ticket keeps the version it started
// with (the server stores its policy id and version number with it).
struct SlaPolicyVersion
{
    static constexpr int defaultBreachSoonPercent = 20;

    qint64 policyId = 0;
    int number = 1;
    QDateTime effectiveFrom; // UTC
    QList<SlaRule> rules;
    // A target is at risk ("breach soon") when this share of it or less is left.
    int breachSoonPercent = defaultBreachSoonPercent;

    // The most specific rule for the ticket's priority, type, category and group; none when
    // no rule covers it (then no SLA applies).
    std::optional<SlaRule> ruleFor(const SlaSubject &subject) const;

    // Field-keyed problems ("rules[2].resolution_minutes": "invalid", "rules[3]": "duplicate",
    // "breach_soon_percent": "out_of_range"); empty when the version is sound.
    FieldErrors validate() const;
};

// An admin-managed policy: its versions in order, the newest last.
class SlaPolicy
{
public:
    SlaPolicy(qint64 id, QString name, SlaPolicyVersion first);

    qint64 id() const { return m_id; }
    QString name() const { return m_name; }
    const QList<SlaPolicyVersion> &versions() const { return m_versions; }
    const SlaPolicyVersion &current() const { return m_versions.constLast(); }
    // The version a ticket created at `createdAt` starts with: the newest one in effect then
    // (the first one for a ticket older than every version).
    const SlaPolicyVersion &versionFor(const QDateTime &createdAt) const;
    // A version by its number, for a ticket that already has one.
    const SlaPolicyVersion *version(int number) const;

    // Adds the next version, in effect from `effectiveFrom` (not before the current one's).
    // Returns the new version's number. Earlier versions stay as they were.
    int revise(QList<SlaRule> rules, const QDateTime &effectiveFrom,
               int breachSoonPercent = SlaPolicyVersion::defaultBreachSoonPercent);

private:
    qint64 m_id = 0;
    QString m_name;
    QList<SlaPolicyVersion> m_versions;
};

} // namespace Helpline
