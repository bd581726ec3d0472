// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statsrates.h"
#include "statssample.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace supadesk {

// The named series a sample contributes to the history and to the charts. The names are stored in
// the history file: renaming one orphans its past, so they only ever get added.
class StatsSeries
{
public:
    static inline const QString Tps = QStringLiteral("tps");
    static inline const QString CommitsPerSecond = QStringLiteral("commits_per_s");
    static inline const QString RollbacksPerSecond = QStringLiteral("rollbacks_per_s");
    static inline const QString CacheHitRatio = QStringLiteral("cache_hit_ratio");
    static inline const QString ConnectionsActive = QStringLiteral("connections_active");
    static inline const QString ConnectionsIdle = QStringLiteral("connections_idle");
    static inline const QString ConnectionsIdleInTransaction =
        QStringLiteral("connections_idle_in_transaction");
    static inline const QString ConnectionsWaiting = QStringLiteral("connections_waiting");
    static inline const QString ConnectionsTotal = QStringLiteral("connections_total");
    static inline const QString MaxConnections = QStringLiteral("max_connections");
    static inline const QString TuplesReturnedPerSecond = QStringLiteral("tuples_returned_per_s");
    static inline const QString TuplesFetchedPerSecond = QStringLiteral("tuples_fetched_per_s");
    static inline const QString TuplesInsertedPerSecond = QStringLiteral("tuples_inserted_per_s");
    static inline const QString TuplesUpdatedPerSecond = QStringLiteral("tuples_updated_per_s");
    static inline const QString TuplesDeletedPerSecond = QStringLiteral("tuples_deleted_per_s");
    static inline const QString TempBytesPerSecond = QStringLiteral("temp_bytes_per_s");
    static inline const QString DeadlocksPerSecond = QStringLiteral("deadlocks_per_s");
    static inline const QString WalBytesPerSecond = QStringLiteral("wal_bytes_per_s");
    static inline const QString CheckpointsTimed = QStringLiteral("checkpoints_timed");
    static inline const QString CheckpointsRequested = QStringLiteral("checkpoints_requested");
    static inline const QString DatabaseSize = QStringLiteral("database_size_bytes");
    static inline const QString LongestTransaction = QStringLiteral("longest_transaction_s");
    static inline const QString OldestIdleInTransaction = QStringLiteral("oldest_idle_in_transaction_s");
    static inline const QString ReplicationLagBytes = QStringLiteral("replication_lag_bytes");
    static inline const QString ReplicationLagSeconds = QStringLiteral("replication_lag_s");
    static inline const QString SlotRetainedBytes = QStringLiteral("slot_retained_bytes");
    static inline const QString RoundTripMs = QStringLiteral("round_trip_ms");

    // Gauges always; rates only where the interval has them (a gap stays a gap in the history).
    static QList<QPair<QString, double>> values(const StatsSample &sample,
                                                const std::optional<StatsRates> &rates);
};

} // namespace supadesk
