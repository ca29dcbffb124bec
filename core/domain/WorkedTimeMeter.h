// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <chrono>

namespace Helpline {

// Measures how long each ticket was actually worked in this client, to suggest the minutes of
// a time entry. Time counts while the ticket's pane has the focus and the analyst has been
// active there (typed, edited, clicked, or just brought the pane into focus) within the last
// `idleAfter`; past that the analyst is taken to be away and nothing more counts until the
// next activity. Time is read from Clock::current(), so tests can move it.
class WorkedTimeMeter
{
public:
    static constexpr std::chrono::minutes defaultIdleAfter{5};

    explicit WorkedTimeMeter(std::chrono::seconds idleAfter = defaultIdleAfter);

    void setTicket(qint64 ticketId); // the ticket the pane shows; 0 for none
    void setFocused(bool focused);   // whether the pane has the keyboard focus
    void recordActivity();           // a key, a click, an edit in the pane

    qint64 workedMilliseconds(qint64 ticketId) const;
    int workedMinutes(qint64 ticketId) const; // rounded to the nearest minute
    void reset(qint64 ticketId);              // the time was logged: start again from zero

private:
    qint64 runningMilliseconds(const QDateTime &now) const;
    void settle();

    qint64 m_idleAfterMs;
    QHash<qint64, qint64> m_totals; // ticket -> settled milliseconds
    qint64 m_ticketId = 0;
    bool m_focused = false;
    QDateTime m_lastActivity; // invalid: no activity on this ticket yet
    QDateTime m_settledUntil;
};

} // namespace Helpline
