// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Priority.h"
#include "TicketEnums.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>

namespace Helpline {

// How ticket values read on screen, translated: one place for every pane.
class TicketPresentation
{
    Q_DECLARE_TR_FUNCTIONS(TicketPresentation)

public:
    static QString statusText(TicketStatus status);
    static QString typeText(TicketType type);
    static QString priorityText(Priority priority); // "P1 Critical"
    static QColor priorityColor(Priority priority); // invalid for no emphasis
    static QString timeText(const QDateTime &utc);  // local time, short locale format
};

} // namespace Helpline
