// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/setup/backupscriptwriter.h"
#include "core/setup/envassignment.h"
#include "core/setup/firewallplanner.h"
#include "core/setup/hostprofile.h"
#include "core/setup/setupbundle.h"
#include "core/stack.h"
#include "core/tls/tlssetupplan.h"
#include "db/dbendpoint.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace supadesk {

class ConnectionManager;
class SecretStore;
class StackConnection;

// What the Setup wizard has decided so far, shared by its pages: the stack and its live connection,
// the host's size, the secrets, the firewall and backup choices. Pages read and change it; every change
// is announced so that the pages after it (and the review) follow. Secrets live here, in memory only.
class SetupPlan : public QObject
{
    Q_OBJECT
public:
    enum class Pooler { Supavisor, PgBouncer };
    using EndpointResolver = std::function<std::optional<DbEndpoint>(const Stack &)>;
    // Seconds between the stack's uptime probes, as the Uptime workspace keeps them per stack.
    using ProbeIntervalSource = std::function<int(const QString &stackId)>;

    SetupPlan(ConnectionManager *connections, SecretStore *secrets, EndpointResolver resolver,
              QObject *parent = nullptr);

    ConnectionManager *connections() const { return m_connections; }
    SecretStore *secretStore() const { return m_secretStore; }

    const std::optional<Stack> &stack() const { return m_stack; }
    void setStack(const std::optional<Stack> &stack);
    // The stack's live connection when it is connected, else null.
    StackConnection *connection() const;
    bool isConnected() const { return connection() != nullptr; }
    // The SSH port this very session uses: the firewall must keep it open.
    int sessionSshPort() const;
    std::optional<DbEndpoint> databaseEndpoint() const;
    void setProbeIntervalSource(ProbeIntervalSource source) { m_probeInterval = std::move(source); }
    // The selected stack's probe interval; 60 s when nothing says otherwise.
    int probeIntervalSeconds() const;
    QString installDir() const;
    // Tells the plan that the selected stack's connection changed state.
    void notifyConnectionChanged();

    const HostProfile &host() const { return m_host; }
    void setHost(const HostProfile &host);
    Pooler pooler() const { return m_pooler; }
    void setPooler(Pooler pooler);
    const FirewallOptions &firewall() const { return m_firewall; }
    void setFirewall(const FirewallOptions &firewall);
    const BackupOptions &backup() const { return m_backup; }
    void setBackup(const BackupOptions &backup);
    // The TLS page's choices; off until names are entered.
    const TlsSetupOptions &tls() const { return m_tls; }
    void setTls(const TlsSetupOptions &tls);
    // The stack's compose files as the TLS page read them (which overlays the tree has); unknown
    // until read.
    const StackLayout &stackLayout() const { return m_layout; }
    void setStackLayout(const StackLayout &layout);
    // What the Review page appends for HTTPS: none when the TLS page is off.
    std::optional<TlsApplyInput> tlsApplyInput() const;
    // PostgreSQL's pg_hba.conf as the TLS page read it (PgTransitPlanner::readCommand).
    void setPgHba(const QString &path, const QString &text);
    const QString &pgHbaText() const { return m_hbaText; }

    // The server's .env as it was read over SSH; none when it was not read (or does not exist).
    const std::optional<QString> &serverEnv() const { return m_serverEnv; }
    void setServerEnv(const std::optional<QString> &text);
    // The secret values the plan writes (only those that change something).
    const EnvAssignments &secrets() const { return m_secrets; }
    void setSecrets(const EnvAssignments &secrets);
    // The server's current .env values (empty when it was not read).
    QHash<QString, QString> serverValues() const;
    // The stack's .env secrets saved in the keychain after an earlier apply (loaded when the stack is
    // chosen), keyed by .env key.
    const QHash<QString, QString> &storedSecrets() const { return m_stored; }
    // What the plan starts from: the keychain's secrets, overridden by the server's .env where it was
    // read (the server holds what actually runs).
    QHash<QString, QString> currentValues() const;
    // Saves every secret of `values` (the .env that now runs) in the keychain under
    // SecretStore::envSecretName(key), and POSTGRES_PASSWORD also as the database password;
    // secretsStored() follows once the keychain holds every one of them.
    void storeSecrets(const QHash<QString, QString> &values);

    // The PostgreSQL settings the server runs with now (name → value as SHOW prints it), when the tuning
    // page could read them; empty otherwise.
    const QHash<QString, QString> &serverSettings() const { return m_serverSettings; }
    void setServerSettings(const QHash<QString, QString> &settings);

    // The time the plan's API keys are issued at.
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }

    // Every file the plan writes, built from the generators.
    Result<Bundle> bundle() const;

signals:
    void stackChanged();
    void connectionChanged();
    void serverEnvChanged();
    void secretsChanged();
    // The keychain answered for the selected stack (storedSecrets() holds what it had).
    void storedSecretsLoaded();
    void serverSettingsChanged();
    // Every secret storeSecrets() was given is in the keychain now (not emitted when a write failed).
    void secretsStored(const QString &stackId);
    // Anything that changes the generated files.
    void changed();

private:
    void resetSecrets();
    void loadStoredSecrets();

    ConnectionManager *m_connections;
    SecretStore *m_secretStore;
    EndpointResolver m_resolver;
    ProbeIntervalSource m_probeInterval;
    std::optional<Stack> m_stack;
    HostProfile m_host;
    Pooler m_pooler = Pooler::Supavisor;
    FirewallOptions m_firewall;
    BackupOptions m_backup;
    TlsSetupOptions m_tls;
    StackLayout m_layout;
    QString m_hbaPath;
    QString m_hbaText;
    std::optional<QString> m_serverEnv;
    EnvAssignments m_secrets;
    QHash<QString, QString> m_stored;
    QHash<QString, QString> m_serverSettings;
    int m_storedGeneration = 0;   // a load for an earlier stack is ignored
    bool m_secretsEdited = false; // the user changed a secret: a late keychain answer keeps it
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace supadesk
