// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetstatus.h"

#include <algorithm>

namespace supadesk {

FleetStatus::Health FleetStatus::health(double intervalSeconds) const
{
    if (reconnecting)
        return Health::Reconnecting;
    if (!connected)
        return Health::NotConnected;
    if (!sampling)
        return Health::Down;
    if (secondsSinceSample && *secondsSinceSample > 3 * intervalSeconds + 1)
        return Health::Stale;
    if ((connectionsUsedRatio && *connectionsUsedRatio >= FleetRanking::ConnectionsWarning) ||
        (cacheHitRatio && *cacheHitRatio < FleetRanking::CacheHitWarning) ||
        (replicationLagBytes && *replicationLagBytes >= FleetRanking::LagWarningBytes))
        return Health::Warning;
    return Health::Healthy;
}

double FleetStatus::severity(double intervalSeconds) const
{
    switch (health(intervalSeconds)) {
    case Health::Down:
        return 4000;
    case Health::Reconnecting:
        return 3500;
    case Health::Stale:
        return 3000 + std::min(999.0, secondsSinceSample.value_or(0));
    case Health::Warning: {
        // Among warnings, the fuller and the colder the worse.
        double score = 2000;
        score += 500 * connectionsUsedRatio.value_or(0);
        score += 400 * (1.0 - cacheHitRatio.value_or(1));
        if (replicationLagBytes)
            score += std::min(99.0, double(*replicationLagBytes) / double(FleetRanking::LagWarningBytes));
        return score;
    }
    case Health::Healthy:
        return 1000 + 500 * connectionsUsedRatio.value_or(0);
    case Health::NotConnected:
        break;
    }
    return 0;
}

QList<FleetStatus> FleetRanking::sorted(QList<FleetStatus> stacks, double intervalSeconds)
{
    std::stable_sort(stacks.begin(), stacks.end(),
                     [intervalSeconds](const FleetStatus &a, const FleetStatus &b) {
                         const double sa = a.severity(intervalSeconds), sb = b.severity(intervalSeconds);
                         if (sa != sb)
                             return sa > sb;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    return stacks;
}

} // namespace supadesk
