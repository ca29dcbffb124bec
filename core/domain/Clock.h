// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Helpline {

// Time is read through a Clock so that tests can move it (token expiry, SLAs) without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide clock: the system clock unless a test installed another.
    static const Clock &current();
    static void install(const Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until it is told to move: for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void advance(std::chrono::seconds by) { m_now = m_now.addSecs(by.count()); }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace Helpline
