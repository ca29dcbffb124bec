// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaPolicy.h"

using namespace Qt::StringLiterals;

namespace Helpline {

bool SlaScope::matches(const SlaSubject &subject) const
{
    return (!type || *type == subject.type) && (category.isEmpty() || category == subject.category)
           && (group.isEmpty() || group == subject.group);
}

int SlaScope::specificity() const
{
    return (group.isEmpty() ? 0 : 4) + (category.isEmpty() ? 0 : 2) + (type ? 1 : 0);
}

std::optional<SlaRule> SlaPolicyVersion::ruleFor(const SlaSubject &subject) const
{
    const SlaRule *best = nullptr;
    for (const SlaRule &rule : rules) {
        if (rule.priority != subject.priority || !rule.scope.matches(subject))
            continue;
        if (!best || rule.scope.specificity() > best->scope.specificity())
            best = &rule;
    }
    return best ? std::optional<SlaRule>(*best) : std::nullopt;
}

FieldErrors SlaPolicyVersion::validate() const
{
    FieldErrors errors;
    if (breachSoonPercent < 0 || breachSoonPercent > 100)
        errors.insert(u"breach_soon_percent"_s, u"out_of_range"_s);
    if (rules.isEmpty())
        errors.insert(u"rules"_s, u"required"_s);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const SlaRule &rule = rules.at(i);
        const QString prefix = u"rules[%1]"_s.arg(i);
        if (rule.targets.firstResponseMinutes <= 0)
            errors.insert(prefix + u".first_response_minutes"_s, u"invalid"_s);
        if (rule.targets.resolutionMinutes <= 0)
            errors.insert(prefix + u".resolution_minutes"_s, u"invalid"_s);
        else if (rule.targets.firstResponseMinutes > rule.targets.resolutionMinutes)
            errors.insert(prefix + u".first_response_minutes"_s, u"after_resolution"_s);
        for (qsizetype j = 0; j < i; ++j) {
            if (rules.at(j).priority == rule.priority && rules.at(j).scope == rule.scope) {
                errors.insert(prefix, u"duplicate"_s);
                break;
            }
        }
    }
    return errors;
}

SlaPolicy::SlaPolicy(qint64 id, QString name, SlaPolicyVersion first) : m_id(id), m_name(std::move(name))
{
    first.policyId = id;
    first.number = 1;
    m_versions.append(std::move(first));
}

const SlaPolicyVersion &SlaPolicy::versionFor(const QDateTime &createdAt) const
{
    for (qsizetype i = m_versions.size() - 1; i > 0; --i) {
        if (m_versions.at(i).effectiveFrom <= createdAt)
            return m_versions.at(i);
    }
    return m_versions.constFirst();
}

const SlaPolicyVersion *SlaPolicy::version(int number) const
{
    for (const SlaPolicyVersion &candidate : m_versions) {
        if (candidate.number == number)
            return &candidate;
    }
    return nullptr;
}

int SlaPolicy::revise(QList<SlaRule> rules, const QDateTime &effectiveFrom, int breachSoonPercent)
{
    SlaPolicyVersion next;
    next.policyId = m_id;
    next.number = current().number + 1;
    next.effectiveFrom = std::max(effectiveFrom, current().effectiveFrom);
    next.rules = std::move(rules);
    next.breachSoonPercent = breachSoonPercent;
    m_versions.append(std::move(next));
    return current().number;
}

} // namespace Helpline
