// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimestacksettings.h"

#include <algorithm>

namespace supadesk {

UptimeStackSettings UptimeStackSettings::bounded() const
{
    UptimeStackSettings s;
    s.probeIntervalSeconds = std::clamp(probeIntervalSeconds, MinIntervalSeconds, MaxIntervalSeconds);
    s.failuresBeforeDown = std::clamp(failuresBeforeDown, MinFailures, MaxFailures);
    return s;
}

UptimeSettings UptimeStackSettings::timelineSettings(const UptimeSettings &base) const
{
    const UptimeStackSettings s = bounded();
    UptimeSettings out = base;
    out.failureThreshold = s.failuresBeforeDown;
    out.probeIntervalMs = s.probeIntervalSeconds * 1000LL;
    out.maxProbeGapMs = std::max(base.maxProbeGapMs, s.probeIntervalSeconds * 2500LL);
    return out;
}

} // namespace supadesk
