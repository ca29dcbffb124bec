// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <atomic>

namespace Helpline {

namespace {
const SystemClock systemClock;
std::atomic<const Clock *> installed{nullptr};
} // namespace

const Clock &Clock::current()
{
    const Clock *clock = installed.load();
    return clock ? *clock : systemClock;
}

void Clock::install(const Clock *clock)
{
    installed.store(clock);
}

} // namespace Helpline
