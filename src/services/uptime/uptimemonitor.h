// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/stackconnection.h"
#include "uptimeprober.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace supadesk {

class ConnectionManager;
class SecretStore;
class UptimeProbeWriter;
class UptimeStore;

// Records the app's own probes while Supadesk runs: for every stack the ConnectionManager connects,
// an UptimeProber attached to its connection (probing at the stack's interval through its tunnel, storing
// into the UptimeStore); it goes when the stack is disconnected. What a prober needs beyond the
// connection (database user and password, the anon key for Kong) comes from the
// config provider, its interval and failure threshold from the store; the connection itself
// supplies the SSH endpoint and the forwarded ports.
class UptimeMonitor : public QObject
{
    Q_OBJECT
public:
    using ConfigProvider = std::function<UptimeProberConfig(const QString &stackId)>;

    // Whether the app itself probes a stack's gateway components (auth, rest, realtime, storage
    // through Kong), and if not, why. Kong answers them only with the stack's anon key.
    enum class GatewayProbing {
        Unknown,        // not monitored, or the keychain has not answered yet
        Probed,         // with the anon key
        NoAnonKey,      // the keychain holds no anon key for the stack
        KeychainFailed, // the keychain could not be read (gatewayProbingError())
        NotConfigured,  // the configuration leaves them out
    };
    Q_ENUM(GatewayProbing)

    UptimeMonitor(ConnectionManager *connections, UptimeStore *store, QObject *parent = nullptr);
    ~UptimeMonitor() override;

    void setConfigProvider(ConfigProvider provider) { m_provider = std::move(provider); }
    // Where the stack's anon key is kept (SecretStore::envSecretName("ANON_KEY"), stored by the
    // Setup wizard). With a store, a stack's gateway components are probed with its key, or left out
    // (with the reason in gatewayProbing()) when it has none: without the key Kong refuses them and
    // every minute would look like an outage. Without a store the configuration is used as given.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    GatewayProbing gatewayProbing(const QString &stackId) const
    {
        return m_gateway.value(stackId, GatewayProbing::Unknown);
    }
    QString gatewayProbingError(const QString &stackId) const { return m_gatewayErrors.value(stackId); }
    // Reads the stack's keys again (the Setup wizard calls it after storing the anon key), so the
    // gateway is probed from the next round without reconnecting.
    void reloadSecrets(const QString &stackId);
    // Reads the stack's probe interval and failure threshold from the store again (the Uptime
    // workspace calls it after saving them); they apply from the next round.
    void reloadProbeSettings(const QString &stackId);
    // Raw probes older than this are deleted (at most once a day, after a round is stored); the
    // timeline and roll-ups stay, so old months keep their figures. 0 keeps everything.
    void setRawRetentionDays(int days);
    UptimeProber *prober(const QString &stackId) const { return m_probers.value(stackId); }
    QStringList monitoredStacks() const { return m_probers.keys(); }

signals:
    void componentChanged(const QString &stackId, const QString &component, bool down, const QString &reason);
    // A round of probes was stored for the stack (a workspace showing it may refresh). Rounds are
    // written on a thread of their own (UptimeProbeWriter, its own connection to the store's file):
    // this comes once the round is committed.
    void recorded(const QString &stackId);
    void storeFailed(const QString &stackId, const QString &message);
    void gatewayProbingChanged(const QString &stackId);

private:
    void follow(const QString &stackId, StackConnection::State state);
    void configure(const QString &stackId, UptimeProber *prober, StackConnection *connection);
    void setGatewayProbing(const QString &stackId, GatewayProbing state, const QString &error = {});

    ConnectionManager *m_connections;
    UptimeStore *m_store;
    ConfigProvider m_provider;
    SecretStore *m_secrets = nullptr;
    QHash<QString, GatewayProbing> m_gateway;
    QHash<QString, QString> m_gatewayErrors;
    QHash<QString, UptimeProber *> m_probers;
    UptimeProbeWriter *m_writer = nullptr; // stores the rounds on a thread of its own
};

} // namespace supadesk
