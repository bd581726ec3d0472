// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

#include <optional>

namespace supadesk {

// What changed between two consecutive samples, per second. A figure is empty when it cannot be
// known for the interval (first sample, statistics reset, server restart that lost its counters):
// a gap in a chart, never a negative value or a spike.
struct StatsRates
{
    double intervalSeconds = 0;
    std::optional<double> commitsPerSecond;
    std::optional<double> rollbacksPerSecond;
    std::optional<double> transactionsPerSecond; // commits + rollbacks
    std::optional<double> cacheHitRatio;         // of the block accesses in the interval, in [0, 1]
    std::optional<double> tuplesReturnedPerSecond;
    std::optional<double> tuplesFetchedPerSecond;
    std::optional<double> tuplesInsertedPerSecond;
    std::optional<double> tuplesUpdatedPerSecond;
    std::optional<double> tuplesDeletedPerSecond;
    std::optional<double> tempBytesPerSecond;
    std::optional<double> deadlocksPerSecond;
    std::optional<double> walBytesPerSecond;
    std::optional<double> checkpointsTimed;             // count in the interval
    std::optional<double> checkpointsRequested;         // count in the interval
    std::optional<double> databaseGrowthBytesPerSecond; // may be negative: a database can shrink

    bool databaseCountersReset = false; // the interval contained a statistics reset or counter loss
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::StatsRates)
