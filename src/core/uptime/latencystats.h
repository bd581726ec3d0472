// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proberesult.h"

#include <optional>

namespace supadesk {

// Response times of successful probes of one component in a period.
struct LatencyStats
{
    std::optional<int> p50;
    std::optional<int> p95;
    int samples = 0;

    // Nearest-rank percentiles over the ok probes of `component` inside `period`.
    static LatencyStats compute(const ProbeResults &probes, const QString &component,
                                const TimeRange &period);
};

} // namespace supadesk
