#include "uptimemonitor.h"

#include "db/uptimestore.h"
#include "services/connectionmanager.h"

#include <QDateTime>

namespace supadesk {

UptimeMonitor::UptimeMonitor(ConnectionManager *connections, UptimeStore *store, QObject *parent)
    : QObject(parent), m_connections(connections), m_store(store)
{
    connect(connections, &ConnectionManager::stateChanged, this,
            [this](const QString &stackId, StackConnection::State state) { follow(stackId, state); });
}

UptimeMonitor::~UptimeMonitor() = default;

void UptimeMonitor::follow(const QString &stackId, StackConnection::State state)
{
    const bool live =
        state == StackConnection::State::Connected || state == StackConnection::State::Reconnecting;
    UptimeProber *existing = m_probers.value(stackId);
    if (!live) {
        if (existing && state != StackConnection::State::Connecting) {
            m_probers.remove(stackId);
            existing->stop();
            existing->deleteLater();
        }
        return;
    }
    StackConnection *connection = m_connections->connection(stackId);
    if (existing || !connection)
        return;
    auto *prober = new UptimeProber(stackId, m_store, this);
    prober->setConfig(m_provider ? m_provider(stackId) : UptimeProberConfig());
    connect(prober, &UptimeProber::componentChanged, this,
            [this, stackId](const QString &component, bool down, const QString &reason) {
                emit componentChanged(stackId, component, down, reason);
            });
    connect(prober, &UptimeProber::roundFinished, this, [this, stackId] {
        pruneIfDue();
        emit recorded(stackId);
    });
    connect(prober, &UptimeProber::storeFailed, this,
            [this, stackId](const QString &message) { emit storeFailed(stackId, message); });
    m_probers.insert(stackId, prober);
    prober->attach(connection); // starts it, with the connection's endpoint and forwarded ports
}

void UptimeMonitor::pruneIfDue()
{
    constexpr qint64 DayMs = 86'400'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_store || m_rawRetentionDays <= 0 || now - m_lastPruneMs < DayMs)
        return;
    m_lastPruneMs = now;
    if (const Result<qint64> pruned = m_store->pruneRawProbes(now - m_rawRetentionDays * DayMs); !pruned.ok())
        emit storeFailed(QString(), pruned.error().message);
}

} // namespace supadesk
