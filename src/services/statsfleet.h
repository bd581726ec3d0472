// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/fleetstatus.h"
#include "core/metrics/poolerproblem.h"
#include "core/metrics/poolersample.h"
#include "core/metrics/rollup.h"
#include "core/metrics/statsrates.h"
#include "core/metrics/statssample.h"
#include "core/stack.h"
#include "db/dbendpoint.h"
#include "poolermetricsendpoint.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace supadesk {

class DatabaseSampler;
class PoolerSampler;

// One database sampler per connected stack, each on its own thread, all storing into the local
// history: the dashboard of the selected stack and the fleet overview read the same samples, so no
// stack is sampled twice. A stack whose tunnel has a pooler forward also gets a pooler sampler of its
// own (PgBouncer's admin console) beside it. Stacks are known by their history key (the stack id, or
// the name of a stack that has none yet).
class StatsFleet : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        Stack stack;
        std::optional<DbEndpoint> endpoint;  // empty: not connected, nothing to sample
        std::optional<DbEndpoint> pooler;    // the pooler through the same tunnel, if it has one
        PoolerMetricsEndpoint poolerMetrics; // Supavisor's metrics through it (localPort 0: none)
        bool reconnecting = false;           // the tunnel is being re-established: keep the last figures
    };

    explicit StatsFleet(QObject *parent = nullptr);
    ~StatsFleet() override;

    static QString keyOf(const Stack &stack) { return stack.id.isEmpty() ? stack.name : stack.id; }

    // Where the history file lives; empty keeps no history. Takes effect for samplers started later.
    void setHistoryDirectory(const QString &directory) { m_historyDirectory = directory; }
    QString historyDirectory() const { return m_historyDirectory; }
    void setInterval(int intervalMs);
    int interval() const { return m_intervalMs; }
    // How long the history keeps each resolution; every sampler prunes with it from its next sample.
    void setRetention(const RetentionPolicy &policy);
    RetentionPolicy retention() const { return m_retention; }

    // Samples exactly the connected stacks among these; stops and forgets the others.
    void watch(const QList<Target> &targets);
    // The one stack whose samples list its sessions (the activity table on screen); the rest of the
    // fleet is sampled without them. Until this is called every stack's samples list them.
    void setActivityKey(const QString &key);
    QStringList keys() const { return m_order; }

    // Writes the samples still queued for the history file, for a reader that wants them now. Past
    // ranges on screen do without it: their charts may lag the live one by the writer's batch.
    void flushHistory() const;

    std::optional<StatsSample> lastSample(const QString &key) const;
    // When the last sample of the stack arrived (ms since the epoch), 0 if none has.
    qint64 lastSuccessMs(const QString &key) const;
    bool isReconnecting(const QString &key) const;
    // The pooler of the stack: its last reading, or why there is none (Kind::None while waiting).
    std::optional<PoolerSample> lastPoolerSample(const QString &key) const;
    PoolerProblem poolerProblem(const QString &key) const;
    // The fleet overview's figures for every watched stack, in the order they were given.
    QList<FleetStatus> statuses() const;

signals:
    void sampled(const QString &key, const supadesk::StatsSample &sample, const supadesk::StatsRates &rates);
    void failed(const QString &key, const QString &message);
    void poolerSampled(const QString &key, const supadesk::PoolerSample &sample);
    void poolerFailed(const QString &key, const supadesk::PoolerProblem &problem);
    void historyNotice(const QString &message);

private:
    struct Entry
    {
        Stack stack;
        std::optional<DbEndpoint> endpoint;
        std::optional<DbEndpoint> poolerEndpoint;
        PoolerMetricsEndpoint poolerMetrics;
        bool reconnecting = false;
        DatabaseSampler *databaseSampler = nullptr;
        PoolerSampler *poolerSampler = nullptr;
        std::optional<StatsSample> sample;
        std::optional<StatsRates> rates;
        std::optional<PoolerSample> poolerSample;
        PoolerProblem poolerProblem;
        qint64 lastSuccessMs = 0;
        QString error;
    };

    void watchDatabase(const QString &key, Entry &e, const Target &t);
    void watchPooler(const QString &key, Entry &e, const Target &t);
    bool wantsActivity(const QString &key) const { return !m_activityKey || *m_activityKey == key; }

    QHash<QString, Entry> m_entries;
    QStringList m_order;
    std::optional<QString> m_activityKey;
    QString m_historyDirectory;
    int m_intervalMs = 2000;
    RetentionPolicy m_retention;
};

} // namespace supadesk
