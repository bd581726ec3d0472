// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsfleet.h"

#include "databasesampler.h"
#include "historybatchwriter.h"
#include "poolersampler.h"

#include <QDateTime>

namespace supadesk {

StatsFleet::StatsFleet(QObject *parent) : QObject(parent) {}

StatsFleet::~StatsFleet() = default;

void StatsFleet::setInterval(int intervalMs)
{
    m_intervalMs = intervalMs;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.databaseSampler)
            e.databaseSampler->setInterval(intervalMs);
        if (e.poolerSampler)
            e.poolerSampler->setInterval(intervalMs);
    }
}

void StatsFleet::setRetention(const RetentionPolicy &policy)
{
    m_retention = policy;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.databaseSampler)
            e.databaseSampler->setRetention(policy);
        if (e.poolerSampler)
            e.poolerSampler->setRetention(policy);
    }
}

void StatsFleet::setActivityKey(const QString &key)
{
    if (m_activityKey == key)
        return;
    m_activityKey = key;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it->databaseSampler)
            it->databaseSampler->setActivityWanted(wantsActivity(it.key()));
}

void StatsFleet::watch(const QList<Target> &targets)
{
    QStringList order;
    for (const Target &t : targets) {
        const QString key = keyOf(t.stack);
        order.append(key);
        Entry &e = m_entries[key];
        e.stack = t.stack;
        e.reconnecting = t.reconnecting && !t.endpoint;
        watchDatabase(key, e, t);
        watchPooler(key, e, t);
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (order.contains(it.key())) {
            ++it;
            continue;
        }
        delete it->databaseSampler;
        delete it->poolerSampler;
        it = m_entries.erase(it);
    }
    m_order = order;
}

void StatsFleet::watchDatabase(const QString &key, Entry &e, const Target &t)
{
    if (e.databaseSampler && e.endpoint == t.endpoint)
        return;
    if (!e.databaseSampler && !t.endpoint && !e.endpoint) {
        if (!e.reconnecting) {
            e.sample.reset();
            e.rates.reset();
        }
        return;
    }
    e.endpoint = t.endpoint;
    e.error.clear();
    if (!t.endpoint) {
        delete e.databaseSampler; // joins its thread: the sampler's connection is closed there
        e.databaseSampler = nullptr;
        // While the tunnel comes back the last figures stay, with their age; otherwise they go.
        if (!e.reconnecting) {
            e.sample.reset();
            e.rates.reset();
        }
        return;
    }
    if (!e.databaseSampler) {
        e.databaseSampler = new DatabaseSampler(this);
        e.databaseSampler->setRetention(m_retention);
        e.databaseSampler->setActivityWanted(wantsActivity(key));
        connect(e.databaseSampler, &DatabaseSampler::sampled, this,
                [this, key](const StatsSample &sample, const StatsRates &rates) {
                    const auto it = m_entries.find(key);
                    if (it == m_entries.end())
                        return;
                    it->sample = sample;
                    it->rates = rates;
                    it->lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
                    it->error.clear();
                    emit sampled(key, sample, rates);
                });
        connect(e.databaseSampler, &DatabaseSampler::failed, this, [this, key](const QString &message) {
            const auto it = m_entries.find(key);
            if (it == m_entries.end())
                return;
            it->error = message;
            emit failed(key, message);
        });
        connect(e.databaseSampler, &DatabaseSampler::historyNotice, this, &StatsFleet::historyNotice);
    }
    e.databaseSampler->start(*t.endpoint, m_intervalMs, m_historyDirectory, key);
}

void StatsFleet::watchPooler(const QString &key, Entry &e, const Target &t)
{
    // The pooler is read only while the database is: both go through the same tunnel.
    const std::optional<DbEndpoint> wanted = t.endpoint ? t.pooler : std::nullopt;
    if (!t.endpoint || !wanted) {
        delete e.poolerSampler;
        e.poolerSampler = nullptr;
        e.poolerEndpoint.reset();
        e.poolerMetrics = {};
        e.poolerSample.reset();
        e.poolerProblem = PoolerProblem{};
        if (t.endpoint)
            e.poolerProblem.kind = PoolerProblem::Kind::NoEndpoint;
        return;
    }
    if (e.poolerSampler && e.poolerEndpoint == wanted && e.poolerMetrics == t.poolerMetrics)
        return;
    e.poolerEndpoint = wanted;
    e.poolerMetrics = t.poolerMetrics;
    e.poolerSample.reset();
    e.poolerProblem = PoolerProblem{};
    if (!e.poolerSampler) {
        e.poolerSampler = new PoolerSampler(this);
        e.poolerSampler->setRetention(m_retention);
        connect(e.poolerSampler, &PoolerSampler::sampled, this, [this, key](const PoolerSample &sample) {
            const auto it = m_entries.find(key);
            if (it == m_entries.end())
                return;
            it->poolerSample = sample;
            it->poolerProblem = PoolerProblem{};
            emit poolerSampled(key, sample);
        });
        connect(e.poolerSampler, &PoolerSampler::failed, this, [this, key](const PoolerProblem &problem) {
            const auto it = m_entries.find(key);
            if (it == m_entries.end())
                return;
            it->poolerProblem = problem;
            emit poolerFailed(key, problem);
        });
        connect(e.poolerSampler, &PoolerSampler::historyNotice, this, &StatsFleet::historyNotice);
    }
    e.poolerSampler->start(*wanted, m_intervalMs, m_historyDirectory, key, t.poolerMetrics);
}

void StatsFleet::flushHistory() const
{
    if (!m_historyDirectory.isEmpty())
        HistoryBatchWriter::flushIfOpen(m_historyDirectory);
}

std::optional<StatsSample> StatsFleet::lastSample(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? std::nullopt : it->sample;
}

qint64 StatsFleet::lastSuccessMs(const QString &key) const
{
    return m_entries.value(key).lastSuccessMs;
}

bool StatsFleet::isReconnecting(const QString &key) const
{
    return m_entries.value(key).reconnecting;
}

std::optional<PoolerSample> StatsFleet::lastPoolerSample(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? std::nullopt : it->poolerSample;
}

PoolerProblem StatsFleet::poolerProblem(const QString &key) const
{
    return m_entries.value(key).poolerProblem;
}

QList<FleetStatus> StatsFleet::statuses() const
{
    QList<FleetStatus> result;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &key : m_order) {
        const Entry &e = m_entries.value(key);
        FleetStatus f;
        f.stackId = key;
        f.name = e.stack.name;
        f.connected = e.endpoint.has_value();
        f.reconnecting = e.reconnecting;
        f.sampling = f.connected && e.sample.has_value() && e.error.isEmpty();
        f.error = e.error;
        if (e.lastSuccessMs > 0)
            f.secondsSinceSample = double(now - e.lastSuccessMs) / 1000.0;
        if (e.sample) {
            const StatsSample &s = *e.sample;
            if (s.connections.maxConnections > 0)
                f.connectionsUsedRatio = double(s.connections.total) / double(s.connections.maxConnections);
            f.replicationLagBytes = s.maxReplicationLagBytes();
            f.databaseSize = s.databaseSize;
        }
        if (e.rates) {
            f.tps = e.rates->transactionsPerSecond;
            f.cacheHitRatio = e.rates->cacheHitRatio;
        }
        result.append(f);
    }
    return result;
}

} // namespace supadesk
