// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "componenttimeline.h"

namespace supadesk {

// How one stack is probed, as the user set it in the Uptime workspace: how often (by the app, and
// by the server's probe as closely as its timer allows) and after how many consecutive failures a
// component counts as down. Stored per stack next to the SLA target.
struct UptimeStackSettings
{
    static constexpr int MinIntervalSeconds = 10;
    static constexpr int MaxIntervalSeconds = 3600;
    static constexpr int DefaultIntervalSeconds = 60;
    static constexpr int MinFailures = 1;
    static constexpr int MaxFailures = 10;
    static constexpr int DefaultFailures = 2;

    int probeIntervalSeconds = DefaultIntervalSeconds;
    int failuresBeforeDown = DefaultFailures;

    bool operator==(const UptimeStackSettings &) const = default;

    // Within the allowed ranges (a value out of range is brought to the nearest bound).
    UptimeStackSettings bounded() const;
    // The timeline rules for this stack: `base` with this threshold and interval. One missed or
    // late probe is not a gap, and neither is the whole minute a cron-run server probe waits, so the
    // longest gap is 2.5 intervals but never less than base's.
    UptimeSettings timelineSettings(const UptimeSettings &base = {}) const;
};

} // namespace supadesk
