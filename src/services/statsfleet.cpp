#include "statsfleet.h"

#include "statspoller.h"

#include <QDateTime>

namespace supadesk {

StatsFleet::StatsFleet(QObject *parent) : QObject(parent) {}

StatsFleet::~StatsFleet() = default;

void StatsFleet::setInterval(int intervalMs)
{
    m_intervalMs = intervalMs;
    for (const Entry &e : std::as_const(m_entries))
        if (e.poller)
            e.poller->setInterval(intervalMs);
}

void StatsFleet::watch(const QList<Target> &targets)
{
    QStringList order;
    for (const Target &t : targets) {
        const QString key = keyOf(t.stack);
        order.append(key);
        Entry &e = m_entries[key];
        e.stack = t.stack;
        if (e.poller && e.endpoint == t.endpoint)
            continue;
        e.endpoint = t.endpoint;
        e.error.clear();
        if (!t.endpoint) {
            delete e.poller; // joins its thread: the sampler's connection is closed there
            e.poller = nullptr;
            e.sample.reset();
            e.rates.reset();
            continue;
        }
        if (!e.poller) {
            e.poller = new StatsPoller(this);
            connect(e.poller, &StatsPoller::sampled, this,
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
            connect(e.poller, &StatsPoller::failed, this, [this, key](const QString &message) {
                const auto it = m_entries.find(key);
                if (it == m_entries.end())
                    return;
                it->error = message;
                emit failed(key, message);
            });
            connect(e.poller, &StatsPoller::historyNotice, this, &StatsFleet::historyNotice);
        }
        e.poller->start(*t.endpoint, m_intervalMs, m_historyDirectory, key);
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (order.contains(it.key())) {
            ++it;
            continue;
        }
        delete it->poller;
        it = m_entries.erase(it);
    }
    m_order = order;
}

std::optional<StatsSample> StatsFleet::lastSample(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? std::nullopt : it->sample;
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
