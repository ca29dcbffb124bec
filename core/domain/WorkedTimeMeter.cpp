// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkedTimeMeter.h"

#include "Clock.h"

#include <algorithm>

namespace Helpline {

WorkedTimeMeter::WorkedTimeMeter(std::chrono::seconds idleAfter)
    : m_idleAfterMs(std::chrono::milliseconds(idleAfter).count())
{
}

qint64 WorkedTimeMeter::runningMilliseconds(const QDateTime &now) const
{
    if (!m_focused || m_ticketId <= 0 || !m_lastActivity.isValid() || !m_settledUntil.isValid())
        return 0;
    const qint64 end = std::min(now.toMSecsSinceEpoch(), m_lastActivity.toMSecsSinceEpoch() + m_idleAfterMs);
    return std::max<qint64>(0, end - m_settledUntil.toMSecsSinceEpoch());
}

void WorkedTimeMeter::settle()
{
    const QDateTime now = Clock::current().now();
    if (const qint64 running = runningMilliseconds(now); running > 0)
        m_totals[m_ticketId] += running;
    m_settledUntil = now;
}

void WorkedTimeMeter::setTicket(qint64 ticketId)
{
    if (ticketId == m_ticketId)
        return;
    settle();
    m_ticketId = ticketId;
    // What was done on the ticket before is no sign of work on this one.
    m_lastActivity = m_focused && ticketId > 0 ? Clock::current().now() : QDateTime();
}

void WorkedTimeMeter::setFocused(bool focused)
{
    if (focused == m_focused)
        return;
    settle();
    m_focused = focused;
    if (focused)
        m_lastActivity = Clock::current().now();
}

void WorkedTimeMeter::recordActivity()
{
    settle();
    m_lastActivity = Clock::current().now();
}

qint64 WorkedTimeMeter::workedMilliseconds(qint64 ticketId) const
{
    const qint64 settled = m_totals.value(ticketId);
    return ticketId == m_ticketId ? settled + runningMilliseconds(Clock::current().now()) : settled;
}

int WorkedTimeMeter::workedMinutes(qint64 ticketId) const
{
    return int((workedMilliseconds(ticketId) + 30'000) / 60'000);
}

void WorkedTimeMeter::reset(qint64 ticketId)
{
    settle();
    m_totals.remove(ticketId);
}

} // namespace Helpline
