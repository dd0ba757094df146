#include "Clock.h"

#include <atomic>

namespace pms {

namespace {
SystemClock s_systemClock;
std::atomic<Clock *> s_clock{&s_systemClock};
} // namespace

Clock *Clock::instance()
{
    return s_clock.load();
}

void Clock::setInstance(Clock *clock)
{
    s_clock.store(clock ? clock : &s_systemClock);
}

} // namespace pms
