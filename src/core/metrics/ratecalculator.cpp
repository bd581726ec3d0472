// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratecalculator.h"

namespace supadesk {

namespace {

bool anyDecreased(const DatabaseCounters &a, const DatabaseCounters &b)
{
    return b.xactCommit < a.xactCommit || b.xactRollback < a.xactRollback || b.blksHit < a.blksHit ||
           b.blksRead < a.blksRead || b.tupReturned < a.tupReturned || b.tupFetched < a.tupFetched ||
           b.tupInserted < a.tupInserted || b.tupUpdated < a.tupUpdated || b.tupDeleted < a.tupDeleted ||
           b.tempFiles < a.tempFiles || b.tempBytes < a.tempBytes || b.deadlocks < a.deadlocks;
}

// A counter that went down was reset during the interval: its rate for that interval is unknown.
std::optional<double> perSecond(qint64 before, qint64 after, double seconds)
{
    if (after < before)
        return std::nullopt;
    return static_cast<double>(after - before) / seconds;
}

std::optional<double> countIn(qint64 before, qint64 after)
{
    if (after < before)
        return std::nullopt;
    return static_cast<double>(after - before);
}

} // namespace

StatsRates RateCalculator::between(const StatsSample &previous, const StatsSample &current)
{
    StatsRates r;
    r.intervalSeconds = current.serverTime - previous.serverTime;
    // Samples out of order or from a server whose clock jumped back: nothing can be said.
    if (r.intervalSeconds <= 0)
        return r;
    const double s = r.intervalSeconds;

    const DatabaseCounters &a = previous.database;
    const DatabaseCounters &b = current.database;
    const bool restarted = current.postmasterStart != previous.postmasterStart;
    r.databaseCountersReset = b.statsReset != a.statsReset || (restarted && anyDecreased(a, b));
    if (!r.databaseCountersReset) {
        r.commitsPerSecond = perSecond(a.xactCommit, b.xactCommit, s);
        r.rollbacksPerSecond = perSecond(a.xactRollback, b.xactRollback, s);
        if (r.commitsPerSecond && r.rollbacksPerSecond)
            r.transactionsPerSecond = *r.commitsPerSecond + *r.rollbacksPerSecond;
        if (b.blksHit >= a.blksHit && b.blksRead >= a.blksRead) {
            const qint64 hits = b.blksHit - a.blksHit;
            const qint64 accesses = hits + (b.blksRead - a.blksRead);
            if (accesses > 0)
                r.cacheHitRatio = static_cast<double>(hits) / static_cast<double>(accesses);
        }
        r.tuplesReturnedPerSecond = perSecond(a.tupReturned, b.tupReturned, s);
        r.tuplesFetchedPerSecond = perSecond(a.tupFetched, b.tupFetched, s);
        r.tuplesInsertedPerSecond = perSecond(a.tupInserted, b.tupInserted, s);
        r.tuplesUpdatedPerSecond = perSecond(a.tupUpdated, b.tupUpdated, s);
        r.tuplesDeletedPerSecond = perSecond(a.tupDeleted, b.tupDeleted, s);
        r.tempBytesPerSecond = perSecond(a.tempBytes, b.tempBytes, s);
        r.deadlocksPerSecond = perSecond(a.deadlocks, b.deadlocks, s);
    }

    // The WAL position never goes back on one timeline; it does after a restore or a failover to
    // another server, and then the interval has no meaningful rate.
    r.walBytesPerSecond = perSecond(previous.walLsn, current.walLsn, s);

    const CheckpointCounters &ca = previous.checkpoints;
    const CheckpointCounters &cb = current.checkpoints;
    if (ca.statsReset == cb.statsReset) {
        r.checkpointsTimed = countIn(ca.timed, cb.timed);
        r.checkpointsRequested = countIn(ca.requested, cb.requested);
    }

    // The size is read less often than the counters, and carried over in between: the growth is
    // the change between two readings over the time between them; a carried-over size says nothing.
    if (previous.databaseSize > 0 && current.databaseSize > 0) {
        const bool readingTimesKnown = previous.databaseSizeTime > 0 && current.databaseSizeTime > 0;
        const double sizeSeconds =
            readingTimesKnown ? current.databaseSizeTime - previous.databaseSizeTime : s;
        if (sizeSeconds > 0)
            r.databaseGrowthBytesPerSecond =
                static_cast<double>(current.databaseSize - previous.databaseSize) / sizeSeconds;
    }
    return r;
}

} // namespace supadesk
