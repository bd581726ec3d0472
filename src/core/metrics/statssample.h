// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activitysession.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace supadesk {

// Cumulative counters of one database from pg_stat_database. They only grow, except when the
// statistics are reset (pg_stat_reset) or lost (crash, immediate shutdown).
struct DatabaseCounters
{
    qint64 xactCommit = 0;
    qint64 xactRollback = 0;
    qint64 blksHit = 0;
    qint64 blksRead = 0;
    qint64 tupReturned = 0;
    qint64 tupFetched = 0;
    qint64 tupInserted = 0;
    qint64 tupUpdated = 0;
    qint64 tupDeleted = 0;
    qint64 tempFiles = 0;
    qint64 tempBytes = 0;
    qint64 deadlocks = 0;
    double statsReset = 0; // epoch seconds, 0 when never reset
};

// Client backends by state, server-wide (max_connections is a server-wide limit). The sampler's own
// session is not counted. "waiting" are sessions blocked on a lock; they are not counted again as
// active or idle in transaction, so the states add up.
struct ConnectionCounts
{
    int active = 0;
    int idle = 0;
    int idleInTransaction = 0;
    int idleInTransactionAborted = 0;
    int waiting = 0;
    int hidden = 0; // sessions of other roles whose state the sampling role may not see
    int total = 0;
    int maxConnections = 0;
    int reservedConnections = 0;
};

// Cumulative checkpoint counters: pg_stat_bgwriter up to PostgreSQL 16, pg_stat_checkpointer from 17.
struct CheckpointCounters
{
    qint64 timed = 0;
    qint64 requested = 0;
    double writeTimeMs = 0;
    double syncTimeMs = 0;
    qint64 buffersWritten = 0;
    double statsReset = 0;
};

struct StandbyLag
{
    QString name;
    QString address;
    QString state;
    QString syncState;
    std::optional<qint64> lagBytes; // replay: WAL the standby has not applied yet
    std::optional<qint64> writeLagBytes;
    std::optional<qint64> flushLagBytes;
    std::optional<double> writeLagSeconds;
    std::optional<double> flushLagSeconds;
    std::optional<double> replayLagSeconds;
    QString slotName;                        // the slot its WAL sender holds, if any
    std::optional<qint64> slotRetainedBytes; // WAL that slot keeps on the primary

    // How far behind the standby is, by the last position it reports: replayed, else flushed, else
    // written. A WAL receiver that never replays (pg_receivewal) is still behind by what it has not
    // flushed.
    std::optional<qint64> furthestLagBytes() const;
    std::optional<double> furthestLagSeconds() const;
};

struct SlotRetention
{
    QString name;
    QString type;
    bool active = false;
    std::optional<qint64> retainedBytes;
};

// Everything the dashboard shows about a database at one instant, as read by one statement.
struct StatsSample
{
    int serverVersion = 0;
    double serverTime = 0;      // epoch seconds, the server's clock when the counters were read
    double postmasterStart = 0; // epoch seconds; changes when the server restarts
    qint64 roundTripUs = 0;     // measured by the client: the cost of the sample as the user feels it

    DatabaseCounters database;
    ConnectionCounts connections;
    double longestTransactionSeconds = 0;
    double oldestIdleInTransactionSeconds = 0;
    qint64 databaseSize = 0;
    // Server time the size was read at: the size is read less often than the rest of a sample, and
    // samples in between carry the last reading. 0 when unknown.
    double databaseSizeTime = 0;
    qint64 walLsn = 0; // bytes since 0/0
    bool inRecovery = false;
    CheckpointCounters checkpoints;
    QList<StandbyLag> standbys;
    QList<SlotRetention> replicationSlots;
    bool fullVisibility = true; // superuser or pg_read_all_stats: otherwise some figures are hidden
    // A standby's own view (inRecovery): its WAL receiver and the age of its last replayed transaction.
    QString receiverStatus; // streaming, waiting, …; empty: no WAL receiver runs
    QString receiverSender; // the primary's host as the receiver connects to it
    QString receiverSlot;
    std::optional<double> secondsSinceReplay;
    QList<ActivitySession> activity; // client sessions other than the sampler's own

    // Cache hit ratio since the statistics were last reset, in [0, 1]; empty before any block access.
    std::optional<double> cumulativeCacheHitRatio() const;
    // The standby that lags most (StandbyLag::furthestLag…), if any reports a lag.
    std::optional<qint64> maxReplicationLagBytes() const;
    std::optional<double> maxReplicationLagSeconds() const;
    // The slot that holds back the most WAL, if any reports it.
    std::optional<qint64> maxSlotRetainedBytes() const;

    // The server returns standbys and slots as JSON arrays (one round trip for a variable number of rows).
    static QList<StandbyLag> standbysFromJson(const QByteArray &json);
    static QList<SlotRetention> slotsFromJson(const QByteArray &json);
    // Fills the receiver fields from the server's {"status", "sender", "slot"} object (or nothing).
    void setReceiverFromJson(const QByteArray &json);
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::StatsSample)
