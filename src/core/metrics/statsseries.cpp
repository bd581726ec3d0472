// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsseries.h"

namespace supadesk {

QList<QPair<QString, double>> StatsSeries::values(const StatsSample &s,
                                                  const std::optional<StatsRates> &rates)
{
    QList<QPair<QString, double>> v;
    const ConnectionCounts &c = s.connections;
    v.append({ConnectionsActive, c.active});
    v.append({ConnectionsIdle, c.idle});
    v.append({ConnectionsIdleInTransaction, c.idleInTransaction + c.idleInTransactionAborted});
    v.append({ConnectionsWaiting, c.waiting});
    v.append({ConnectionsTotal, c.total});
    v.append({MaxConnections, c.maxConnections});
    v.append({DatabaseSize, static_cast<double>(s.databaseSize)});
    v.append({LongestTransaction, s.longestTransactionSeconds});
    v.append({OldestIdleInTransaction, s.oldestIdleInTransactionSeconds});
    v.append({RoundTripMs, static_cast<double>(s.roundTripUs) / 1000.0});
    if (const auto lag = s.maxReplicationLagBytes())
        v.append({ReplicationLagBytes, static_cast<double>(*lag)});
    if (const auto lag = s.maxReplicationLagSeconds())
        v.append({ReplicationLagSeconds, *lag});
    if (const auto retained = s.maxSlotRetainedBytes())
        v.append({SlotRetainedBytes, static_cast<double>(*retained)});
    if (!rates)
        return v;
    const QPair<const QString *, std::optional<double>> optional[] = {
        {&Tps, rates->transactionsPerSecond},
        {&CommitsPerSecond, rates->commitsPerSecond},
        {&RollbacksPerSecond, rates->rollbacksPerSecond},
        {&CacheHitRatio, rates->cacheHitRatio},
        {&TuplesReturnedPerSecond, rates->tuplesReturnedPerSecond},
        {&TuplesFetchedPerSecond, rates->tuplesFetchedPerSecond},
        {&TuplesInsertedPerSecond, rates->tuplesInsertedPerSecond},
        {&TuplesUpdatedPerSecond, rates->tuplesUpdatedPerSecond},
        {&TuplesDeletedPerSecond, rates->tuplesDeletedPerSecond},
        {&TempBytesPerSecond, rates->tempBytesPerSecond},
        {&DeadlocksPerSecond, rates->deadlocksPerSecond},
        {&WalBytesPerSecond, rates->walBytesPerSecond},
        {&CheckpointsTimed, rates->checkpointsTimed},
        {&CheckpointsRequested, rates->checkpointsRequested},
    };
    for (const auto &[name, value] : optional)
        if (value)
            v.append({*name, *value});
    return v;
}

} // namespace supadesk
