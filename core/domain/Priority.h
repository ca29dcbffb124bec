// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace Helpline {

// P1 is the most urgent. Stored and sent as the number 1-4.
enum class Priority { P1 = 1, P2, P3, P4 };

QString priorityLabel(Priority priority); // "P1" ... "P4"
std::optional<Priority> priorityFromNumber(int number);

// Impact (1 = organisation-wide … 3 = one person) × urgency (1 = work stopped … 3 = can wait)
// gives the priority. The default is the common ITIL matrix; admins may configure another.
class PriorityMatrix
{
public:
    PriorityMatrix(); // the ITIL default
    explicit PriorityMatrix(const std::array<std::array<Priority, 3>, 3> &cells);

    static bool validLevel(int level) { return level >= 1 && level <= 3; }
    Priority priorityFor(int impact, int urgency) const; // levels must be valid

private:
    std::array<std::array<Priority, 3>, 3> m_cells; // [impact - 1][urgency - 1]
};

} // namespace Helpline
