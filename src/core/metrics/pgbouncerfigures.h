// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admintable.h"

#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// One row of PgBouncer's SHOW POOLS: a pool is a (database, user) pair.
struct PgBouncerPool
{
    QString database;
    QString user;
    int clientsActive = 0;
    int clientsWaiting = 0;
    int serversActive = 0;
    int serversIdle = 0;
    int serversUsed = 0;
    int serversTested = 0;
    int serversLogin = 0;
    double maxWaitSeconds = 0; // how long the oldest waiting client has waited
    QString poolMode;
};

// One row of SHOW STATS: cumulative per database since PgBouncer started.
struct PgBouncerDatabaseStats
{
    QString database;
    qint64 transactions = 0;
    qint64 queries = 0;
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
    qint64 transactionTimeUs = 0;
    qint64 queryTimeUs = 0;
    qint64 waitTimeUs = 0;
};

// The pooler figures the dashboard shows, summed over the pools of application databases (the
// admin console's own "pgbouncer" pool is left out: it is the sampler, not the application).
struct PgBouncerSummary
{
    int clientsActive = 0;
    int clientsWaiting = 0;
    int serversActive = 0;
    int serversIdle = 0;
    int serversOther = 0; // used, tested, login: connected but not yet available
    double maxWaitSeconds = 0;
};

struct PgBouncerRates
{
    std::optional<double> transactionsPerSecond;
    std::optional<double> queriesPerSecond;
    std::optional<double> averageWaitMs; // client wait per transaction in the interval
    std::optional<double> averageQueryMs;
};

class PgBouncerFigures
{
public:
    static QList<PgBouncerPool> pools(const AdminTable &showPools);
    static QList<PgBouncerDatabaseStats> stats(const AdminTable &showStats);
    static PgBouncerSummary summarize(const QList<PgBouncerPool> &pools);
    // Rates between two SHOW STATS snapshots taken `seconds` apart, summed over application databases.
    // A restarted PgBouncer (counters went down) gives empty rates for that interval.
    static PgBouncerRates rates(const QList<PgBouncerDatabaseStats> &before,
                                const QList<PgBouncerDatabaseStats> &after, double seconds);
};

} // namespace supadesk
