// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencystats.h"

#include <algorithm>
#include <cmath>

namespace supadesk {

namespace {

int nearestRank(const QList<int> &sorted, double p)
{
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

LatencyStats LatencyStats::compute(const ProbeResults &probes, const QString &component,
                                   const TimeRange &period)
{
    QList<int> values;
    for (const ProbeResult &p : probes)
        if (p.ok && p.latencyMs && p.component == component && p.tMs >= period.startMs &&
            p.tMs < period.endMs)
            values.append(*p.latencyMs);
    LatencyStats s;
    s.samples = static_cast<int>(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.p50 = nearestRank(values, 0.50);
    s.p95 = nearestRank(values, 0.95);
    return s;
}

} // namespace supadesk
