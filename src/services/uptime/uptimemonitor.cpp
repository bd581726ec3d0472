// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimemonitor.h"

#include "db/uptimestore.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "uptimeprobewriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPointer>

#include <algorithm>

namespace supadesk {

UptimeMonitor::UptimeMonitor(ConnectionManager *connections, UptimeStore *store, QObject *parent)
    : QObject(parent), m_connections(connections), m_store(store)
{
    connect(connections, &ConnectionManager::stateChanged, this,
            [this](const QString &stackId, StackConnection::State state) { follow(stackId, state); });
    if (store) {
        // The same file, on a connection of the writer's thread: the GUI thread only reads it.
        m_writer = new UptimeProbeWriter(QFileInfo(store->filePath()).path(), store->settings(), this);
        m_writer->setRawRetentionDays(90);
        connect(m_writer, &UptimeProbeWriter::written, this,
                [this](const QString &stackId) { emit recorded(stackId); });
        connect(m_writer, &UptimeProbeWriter::failed, this, &UptimeMonitor::storeFailed);
    }
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
            setGatewayProbing(stackId, GatewayProbing::Unknown);
        }
        return;
    }
    StackConnection *connection = m_connections->connection(stackId);
    if (existing || !connection)
        return;
    auto *prober = new UptimeProber(stackId, m_store, this);
    connect(prober, &UptimeProber::componentChanged, this,
            [this, stackId](const QString &component, bool down, const QString &reason) {
                emit componentChanged(stackId, component, down, reason);
            });
    prober->setWriter(m_writer);
    if (!m_writer)
        connect(prober, &UptimeProber::roundFinished, this, [this, stackId] { emit recorded(stackId); });
    connect(prober, &UptimeProber::storeFailed, this,
            [this, stackId](const QString &message) { emit storeFailed(stackId, message); });
    m_probers.insert(stackId, prober);
    configure(stackId, prober, connection);
}

void UptimeMonitor::configure(const QString &stackId, UptimeProber *prober, StackConnection *connection)
{
    UptimeProberConfig config = m_provider ? m_provider(stackId) : UptimeProberConfig();
    // How often and after how many failures: the stack's own settings where it has them (set in
    // the Uptime workspace), the configuration's otherwise.
    if (m_store)
        if (const auto own = m_store->ownProbeSettings(stackId); own.ok() && own.value()) {
            config.intervalMs = own.value()->bounded().probeIntervalSeconds * 1000;
            config.failureThreshold = own.value()->bounded().failuresBeforeDown;
        }
    const auto isGateway = [](const ProbeTarget &t) { return t.kind == ProbeTarget::Kind::GatewayHttp; };
    const bool wantsGateway = std::any_of(config.targets.cbegin(), config.targets.cend(), isGateway);
    if (!wantsGateway || !config.apiKey.isEmpty() || !m_secrets) {
        setGatewayProbing(stackId, wantsGateway ? GatewayProbing::Probed : GatewayProbing::NotConfigured);
        prober->setConfig(config);
        prober->attach(connection); // starts it, with the connection's endpoint and forwarded ports
        return;
    }
    // The other components start at once; the gateway's join when the keychain has answered.
    UptimeProberConfig withoutGateway = config;
    withoutGateway.targets.removeIf(isGateway);
    prober->setConfig(withoutGateway);
    prober->attach(connection);
    const QPointer<UptimeProber> guard(prober);
    const QPointer<StackConnection> connectionGuard(connection);
    m_secrets->read(stackId, SecretStore::envSecretName(QStringLiteral("ANON_KEY")),
                    [this, guard, connectionGuard, stackId, config](Result<QString> key) mutable {
                        if (!guard || m_probers.value(stackId) != guard)
                            return; // the stack was disconnected meanwhile
                        if (!key.ok()) {
                            const bool missing = key.error().id == ErrorCode::SecretMissing;
                            setGatewayProbing(
                                stackId, missing ? GatewayProbing::NoAnonKey : GatewayProbing::KeychainFailed,
                                missing ? QString() : key.error().message);
                            return;
                        }
                        config.apiKey = key.value();
                        guard->setConfig(config);
                        guard->attach(connectionGuard);
                        setGatewayProbing(stackId, GatewayProbing::Probed);
                    });
}

void UptimeMonitor::reloadSecrets(const QString &stackId)
{
    UptimeProber *prober = m_probers.value(stackId);
    StackConnection *connection = m_connections->connection(stackId);
    if (prober && connection)
        configure(stackId, prober, connection);
}

void UptimeMonitor::reloadProbeSettings(const QString &stackId)
{
    UptimeProber *prober = m_probers.value(stackId);
    if (!prober || !m_store)
        return;
    const Result<std::optional<UptimeStackSettings>> own = m_store->ownProbeSettings(stackId);
    if (!own.ok()) {
        emit storeFailed(stackId, own.error().message);
        return;
    }
    if (own.value())
        prober->setProbeSettings(*own.value());
}

void UptimeMonitor::setGatewayProbing(const QString &stackId, GatewayProbing state, const QString &error)
{
    const bool changed =
        m_gateway.value(stackId, GatewayProbing::Unknown) != state || m_gatewayErrors.value(stackId) != error;
    if (state == GatewayProbing::Unknown)
        m_gateway.remove(stackId);
    else
        m_gateway.insert(stackId, state);
    if (error.isEmpty())
        m_gatewayErrors.remove(stackId);
    else
        m_gatewayErrors.insert(stackId, error);
    if (changed)
        emit gatewayProbingChanged(stackId);
}

void UptimeMonitor::setRawRetentionDays(int days)
{
    if (m_writer)
        m_writer->setRawRetentionDays(days);
}

} // namespace supadesk
