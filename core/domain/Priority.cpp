// SPDX-License-Identifier: GPL-3.0-or-later
#include "Priority.h"

namespace Helpline {

QString priorityLabel(Priority priority)
{
    return QStringLiteral("P%1").arg(static_cast<int>(priority));
}

std::optional<Priority> priorityFromNumber(int number)
{
    if (number < 1 || number > 4)
        return std::nullopt;
    return static_cast<Priority>(number);
}

PriorityMatrix::PriorityMatrix()
    : m_cells{{
          {Priority::P1, Priority::P2, Priority::P3},
          {Priority::P2, Priority::P3, Priority::P4},
          {Priority::P3, Priority::P4, Priority::P4},
      }}
{
}

PriorityMatrix::PriorityMatrix(const std::array<std::array<Priority, 3>, 3> &cells)
    : m_cells(cells)
{
}

Priority PriorityMatrix::priorityFor(int impact, int urgency) const
{
    Q_ASSERT(validLevel(impact) && validLevel(urgency));
    return m_cells.at(impact - 1).at(urgency - 1);
}

} // namespace Helpline
