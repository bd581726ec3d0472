// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimeprober.h"

#include "db/uptimestore.h"
#include "httphealthcheck.h"
#include "postgrescheck.h"
#include "services/stackconnection.h"
#include "sshendpointcheck.h"
#include "uptimeprobewriter.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace supadesk {

UptimeProber::UptimeProber(QString stackId, UptimeStore *store, QObject *parent)
    : QObject(parent), m_stackId(std::move(stackId)), m_store(store),
      m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ProbeResult>();
    connect(&m_timer, &QTimer::timeout, this, &UptimeProber::probeNow);
    rebuildChecks();
}

UptimeProber::~UptimeProber() = default;

void UptimeProber::setWriter(UptimeProbeWriter *writer)
{
    m_writer = writer;
}

void UptimeProber::setConfig(const UptimeProberConfig &config)
{
    m_config = config;
    m_streak = FailureStreak(config.failureThreshold);
    m_timer.setInterval(std::max(1000, config.intervalMs));
    rebuildChecks();
}

void UptimeProber::setProbeSettings(const UptimeStackSettings &settings)
{
    const UptimeStackSettings s = settings.bounded();
    m_config.intervalMs = s.probeIntervalSeconds * 1000;
    m_config.failureThreshold = s.failuresBeforeDown;
    m_streak.setThreshold(s.failuresBeforeDown);
    // A running timer restarts with the new interval: the next round is one new interval away.
    m_timer.setInterval(m_config.intervalMs);
}

void UptimeProber::rebuildChecks()
{
    // A round in flight is abandoned: its checks go, and their late results with them.
    for (ComponentCheck *c : std::as_const(m_checks)) {
        c->disconnect(this);
        c->deleteLater();
    }
    m_checks.clear();
    m_pending = 0;
    m_round.clear();
    for (const ProbeTarget &t : std::as_const(m_config.targets)) {
        ComponentCheck *check = nullptr;
        switch (t.kind) {
        case ProbeTarget::Kind::SshEndpoint:
            if (!m_config.sshHost.isEmpty())
                check = new SshEndpointCheck(m_config.sshHost, m_config.sshPort, m_config.timeoutMs, this);
            break;
        case ProbeTarget::Kind::Postgres:
            if (m_config.database.isValid())
                check = new PostgresCheck(m_config.database, m_config.timeoutMs, this);
            break;
        case ProbeTarget::Kind::GatewayHttp:
            if (m_config.gatewayPort != 0) {
                QUrl url;
                url.setScheme(QStringLiteral("http"));
                url.setHost(m_config.gatewayHost);
                url.setPort(m_config.gatewayPort);
                url.setPath(t.path);
                auto *http = new HttpHealthCheck(t.component, url, m_config.timeoutMs, m_network, this);
                http->setApiKey(m_config.apiKey);
                check = http;
            }
            break;
        }
        if (!check)
            continue;
        connect(check, &ComponentCheck::finished, this, &UptimeProber::checkFinished);
        m_checks.append(check);
    }
}

void UptimeProber::attach(StackConnection *connection)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &StackConnection::stateChanged, this, &UptimeProber::followConnection);
    connect(connection, &StackConnection::localPortsChanged, this, &UptimeProber::followConnection);
    followConnection();
}

void UptimeProber::followConnection()
{
    if (!m_connection)
        return;
    const StackConnection::State state = m_connection->state();
    UptimeProberConfig config = m_config;
    if (config.sshHost.isEmpty()) {
        config.sshHost = m_connection->settings().ssh.host;
        config.sshPort = quint16(m_connection->settings().ssh.port);
    }
    config.database.port = m_connection->localPort(StackConnection::Database);
    config.gatewayPort = m_connection->localPort(StackConnection::Gateway);
    if (state == StackConnection::State::Reconnecting) {
        // The tunnel's failures would only repeat that the session is down.
        config.database.port = 0;
        config.gatewayPort = 0;
    }
    if (config.database != m_config.database || config.gatewayPort != m_config.gatewayPort ||
        config.sshHost != m_config.sshHost || config.sshPort != m_config.sshPort) {
        m_config = config;
        rebuildChecks();
    }
    const bool wanted =
        state == StackConnection::State::Connected || state == StackConnection::State::Reconnecting;
    if (wanted && !isActive())
        start();
    else if (!wanted && isActive())
        stop();
}

void UptimeProber::start()
{
    m_timer.start(std::max(1000, m_config.intervalMs));
    probeNow();
}

void UptimeProber::stop()
{
    m_timer.stop();
}

void UptimeProber::probeNow()
{
    if (m_pending > 0 || m_checks.isEmpty())
        return;
    m_round.clear();
    m_pending = int(m_checks.size());
    m_roundStartMs = QDateTime::currentMSecsSinceEpoch();
    for (ComponentCheck *c : std::as_const(m_checks))
        c->start();
}

void UptimeProber::checkFinished(const ProbeResult &result)
{
    ProbeResult r = result;
    // One instant per round, as the server probe stamps its lines: the sources line up minute by minute.
    r.tMs = m_roundStartMs;
    r.source = UptimeStore::AppSource;
    m_round.append(r);
    if (const auto change = m_streak.record(r))
        emit componentChanged(change->component, change->down, change->reason);
    if (--m_pending > 0)
        return;
    m_pending = 0;
    QList<ProbeResult> ordered;
    for (const ComponentCheck *c : std::as_const(m_checks))
        for (const ProbeResult &p : std::as_const(m_round))
            if (p.component == c->component())
                ordered.append(p);
    if (m_writer) {
        m_writer->write(m_stackId, ordered); // stored on the writer's thread; the UI goes on
    } else if (m_store) {
        const Result<int> stored = m_store->addProbes(m_stackId, ordered);
        if (!stored.ok())
            emit storeFailed(stored.error().message);
    }
    emit roundFinished(ordered);
}

} // namespace supadesk
