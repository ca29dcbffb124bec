// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ticket.h"

#include <QComboBox>
#include <optional>

namespace Helpline {

class Colleagues;

// Who works the ticket: nobody, or one of the colleagues who work tickets, with the members of
// the ticket's group first (the usual choice), then everyone else. The ticket's current
// assignee stays offered even if they are no longer listed.
class AssigneeCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit AssigneeCombo(const Colleagues &colleagues, QWidget *parent = nullptr);

    void setGroup(const QString &group);              // reorders, keeping the choice
    void setAssignee(const std::optional<UserRef> &assignee);
    std::optional<qint64> assigneeId() const;         // nullopt: nobody

private:
    void refill(std::optional<qint64> selected);

    const Colleagues &m_colleagues;
    QString m_group;
    std::optional<UserRef> m_kept; // the ticket's assignee, offered whatever the list says
};

} // namespace Helpline
