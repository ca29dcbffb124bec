// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssigneeCombo.h"

#include "Colleagues.h"

namespace Helpline {

using namespace Qt::StringLiterals;

AssigneeCombo::AssigneeCombo(const Colleagues &colleagues, QWidget *parent)
    : QComboBox(parent)
    , m_colleagues(colleagues)
{
    setObjectName(u"assigneeCombo"_s);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(&colleagues, &Colleagues::loaded, this, [this] { refill(assigneeId()); });
    refill(std::nullopt);
}

void AssigneeCombo::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    refill(assigneeId());
}

void AssigneeCombo::setAssignee(const std::optional<UserRef> &assignee)
{
    m_kept = assignee;
    refill(assignee ? std::optional(assignee->id) : std::nullopt);
}

std::optional<qint64> AssigneeCombo::assigneeId() const
{
    const QVariant data = currentData();
    return data.isValid() && data.toLongLong() > 0 ? std::optional(data.toLongLong()) : std::nullopt;
}

void AssigneeCombo::refill(std::optional<qint64> selected)
{
    const QSignalBlocker quiet(this);
    clear();
    addItem(tr("(nobody)"), qint64(0));
    QList<Colleague> members;
    QList<Colleague> others;
    for (const Colleague &colleague : m_colleagues.ticketWorkers())
        (!m_group.isEmpty() && colleague.groups.contains(m_group) ? members : others).append(colleague);
    bool keptListed = !m_kept;
    const auto add = [&](const Colleague &colleague, const QString &text) {
        addItem(text, colleague.user.id);
        keptListed |= m_kept && m_kept->id == colleague.user.id;
    };
    for (const Colleague &colleague : std::as_const(members))
        add(colleague, tr("%1 (%2)").arg(colleague.user.displayName, m_group));
    if (!members.isEmpty() && !others.isEmpty())
        insertSeparator(count());
    for (const Colleague &colleague : std::as_const(others))
        add(colleague, colleague.user.displayName);
    if (!keptListed)
        addItem(m_kept->name.isEmpty() ? tr("User %1").arg(m_kept->id) : m_kept->name, m_kept->id);
    setCurrentIndex(std::max(0, findData(selected.value_or(0))));
}

} // namespace Helpline
