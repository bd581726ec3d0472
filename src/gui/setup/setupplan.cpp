// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupplan.h"

#include "core/setup/envfile.h"
#include "core/setup/supabasesecrets.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/stackconnection.h"

#include <QPointer>

#include <memory>

namespace supadesk {

SetupPlan::SetupPlan(ConnectionManager *connections, SecretStore *secrets, EndpointResolver resolver,
                     QObject *parent)
    : QObject(parent), m_connections(connections), m_secretStore(secrets), m_resolver(std::move(resolver))
{
    // The production guide's minimum host: Next, Next, … without a preflight still gives a sound plan.
    m_host.ramMb = 8 * 1024;
    m_host.cpus = 4;
    m_host.storage = StorageKind::Ssd;
    m_host.connections = 100;
    m_host.workload = Workload::Web;
    resetSecrets();
}

void SetupPlan::setStack(const std::optional<Stack> &stack)
{
    const bool same = stack && m_stack && stack->id == m_stack->id;
    m_stack = stack;
    if (!same) {
        // What was read from another server does not belong to this one.
        m_serverEnv.reset();
        m_stored.clear();
        m_serverSettings.clear();
        m_layout = StackLayout();
        m_tls = TlsSetupOptions();
        m_hbaPath.clear();
        m_hbaText.clear();
        m_secretsEdited = false;
        resetSecrets();
    }
    if (m_stack) {
        m_backup.envFile = installDir() + QStringLiteral("/.env");
        m_firewall.sshPort = sessionSshPort();
    }
    emit stackChanged();
    if (!same) {
        emit serverEnvChanged();
        emit secretsChanged();
    }
    emit changed();
    if (!same)
        loadStoredSecrets();
}

void SetupPlan::loadStoredSecrets()
{
    const int generation = ++m_storedGeneration;
    if (!m_stack || !m_secretStore)
        return;
    // Secrets this wizard applied before are in the keychain: opening the stack again uses them
    // instead of drawing new ones (which would no longer match the running stack).
    const QStringList keys = SupabaseSecrets::secretKeys();
    auto found = std::make_shared<QHash<QString, QString>>();
    auto pending = std::make_shared<int>(int(keys.size()));
    // The keychain may answer after the wizard is gone.
    const QPointer<SetupPlan> self(this);
    for (const QString &key : keys) {
        m_secretStore->read(m_stack->id, SecretStore::envSecretName(key),
                            [this, self, key, found, pending, generation](Result<QString> value) {
                                if (value.ok() && !value.value().isEmpty())
                                    found->insert(key, value.value());
                                if (--*pending > 0 || !self || generation != m_storedGeneration)
                                    return;
                                m_stored = *found;
                                if (!m_stored.isEmpty() && !m_secretsEdited) {
                                    resetSecrets();
                                    emit secretsChanged();
                                    emit changed();
                                }
                                emit storedSecretsLoaded();
                            });
    }
}

void SetupPlan::storeSecrets(const QHash<QString, QString> &values)
{
    if (!m_stack || !m_secretStore)
        return;
    QList<QPair<QString, QString>> writes; // keychain name, value
    for (const QString &key : SupabaseSecrets::secretKeys()) {
        const QString value = values.value(key);
        if (value.isEmpty())
            continue;
        m_stored.insert(key, value);
        writes.append({SecretStore::envSecretName(key), value});
    }
    // The database password the stack now uses, for the tunnel's database connections.
    if (const QString password = values.value(QStringLiteral("POSTGRES_PASSWORD")); !password.isEmpty())
        writes.append({SecretStore::DatabasePassword, password});
    if (writes.isEmpty())
        return;
    // The keychain answers each write on its own; secretsStored() waits for the last answer, so that
    // whoever reloads (the uptime monitor's anon key) reads the new values.
    struct Progress
    {
        int pending = 0;
        bool failed = false;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(writes.size());
    const QString stackId = m_stack->id;
    const QPointer<SetupPlan> self(this);
    for (const auto &[name, value] : std::as_const(writes))
        m_secretStore->write(stackId, name, value, [self, progress, stackId](Status written) {
            progress->failed = progress->failed || !written.ok();
            if (--progress->pending == 0 && !progress->failed && self)
                emit self->secretsStored(stackId);
        });
}

StackConnection *SetupPlan::connection() const
{
    if (!m_stack || !m_connections)
        return nullptr;
    StackConnection *c = m_connections->connection(m_stack->id);
    return c && c->state() == StackConnection::State::Connected ? c : nullptr;
}

int SetupPlan::sessionSshPort() const
{
    if (StackConnection *c = m_connections && m_stack ? m_connections->connection(m_stack->id) : nullptr)
        return c->settings().ssh.port;
    return m_stack ? m_stack->sshPort : 22;
}

int SetupPlan::probeIntervalSeconds() const
{
    constexpr int kDefaultSeconds = 60;
    return m_stack && m_probeInterval ? m_probeInterval(m_stack->id) : kDefaultSeconds;
}

std::optional<DbEndpoint> SetupPlan::databaseEndpoint() const
{
    return m_stack && m_resolver ? m_resolver(*m_stack) : std::nullopt;
}

QString SetupPlan::installDir() const
{
    QString dir = m_stack ? m_stack->installDir : Stack().installDir;
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir;
}

void SetupPlan::notifyConnectionChanged()
{
    if (m_stack && m_firewall.sshPort != sessionSshPort()) {
        m_firewall.sshPort = sessionSshPort();
        emit changed();
    }
    emit connectionChanged();
}

void SetupPlan::setHost(const HostProfile &host)
{
    m_host = host;
    emit changed();
}

void SetupPlan::setPooler(Pooler pooler)
{
    m_pooler = pooler;
    emit changed();
}

void SetupPlan::setFirewall(const FirewallOptions &firewall)
{
    m_firewall = firewall;
    emit changed();
}

void SetupPlan::setTls(const TlsSetupOptions &tls)
{
    m_tls = tls;
    emit changed();
}

void SetupPlan::setStackLayout(const StackLayout &layout)
{
    m_layout = layout;
    emit changed();
}

std::optional<TlsApplyInput> SetupPlan::tlsApplyInput() const
{
    if (!m_tls.any())
        return std::nullopt;
    TlsApplyInput input;
    input.options = m_tls;
    input.env = EnvFile::parse(m_serverEnv.value_or(QString()));
    input.layout = m_layout;
    input.installDir = installDir();
    input.hbaPath = m_hbaPath;
    input.hbaText = m_hbaText;
    return input;
}

void SetupPlan::setPgHba(const QString &path, const QString &text)
{
    m_hbaPath = path;
    m_hbaText = text;
    emit changed();
}

void SetupPlan::setBackup(const BackupOptions &backup)
{
    m_backup = backup;
    emit changed();
}

void SetupPlan::setServerEnv(const std::optional<QString> &text)
{
    m_serverEnv = text;
    m_secretsEdited = false;
    resetSecrets();
    emit serverEnvChanged();
    emit secretsChanged();
    emit changed();
}

void SetupPlan::setServerSettings(const QHash<QString, QString> &settings)
{
    m_serverSettings = settings;
    emit serverSettingsChanged();
}

void SetupPlan::setSecrets(const EnvAssignments &secrets)
{
    m_secrets = secrets;
    m_secretsEdited = true;
    emit secretsChanged();
    emit changed();
}

QHash<QString, QString> SetupPlan::serverValues() const
{
    return m_serverEnv ? EnvFile::parse(*m_serverEnv).values() : QHash<QString, QString>();
}

QHash<QString, QString> SetupPlan::currentValues() const
{
    QHash<QString, QString> values = m_stored;
    const QHash<QString, QString> server = serverValues();
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

void SetupPlan::resetSecrets()
{
    // Missing, empty, example and weak secrets get fresh values; the ones that look right stay, because
    // changing POSTGRES_PASSWORD or JWT_SECRET on a running stack breaks it.
    m_secrets = SupabaseSecrets::replacementsFor(currentValues(), m_now);
}

Result<Bundle> SetupPlan::bundle() const
{
    BundleInput input;
    input.host = m_host;
    input.firewall = m_firewall;
    input.backup = m_backup;
    input.now = m_now;
    if (m_stack)
        input.poolerMetricsPort = m_stack->poolerMetricsPort;
    // The secrets page already chose every value: hand the generator a .env that holds them, so that it
    // keeps them (they verify and are no example values) instead of drawing others.
    EnvFile env = EnvFile::parse(m_serverEnv.value_or(QString()));
    if (!m_serverEnv) {
        // Without the server's file, the keychain's secrets are kept as they are.
        EnvAssignments stored;
        for (const QString &key : SupabaseSecrets::secretKeys())
            if (m_stored.contains(key))
                stored.append({key, m_stored.value(key)});
        env.set(stored);
    }
    env.set(m_secrets);
    input.envIn = env.toString();
    Result<Bundle> built = SetupBundle::build(input);
    if (built.ok() && !m_serverEnv) {
        // Without the server's file the generator saw only our lines; say which values are new.
        for (const EnvAssignment &a : m_secrets)
            built.value().replacedSecrets.append(a.key);
    }
    return built;
}

} // namespace supadesk
