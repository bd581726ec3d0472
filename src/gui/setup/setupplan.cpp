#include "setupplan.h"

#include "core/setup/envfile.h"
#include "core/setup/supabasesecrets.h"
#include "services/connectionmanager.h"
#include "services/stackconnection.h"

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

void SetupPlan::setBackup(const BackupOptions &backup)
{
    m_backup = backup;
    emit changed();
}

void SetupPlan::setServerEnv(const std::optional<QString> &text)
{
    m_serverEnv = text;
    resetSecrets();
    emit serverEnvChanged();
    emit secretsChanged();
    emit changed();
}

void SetupPlan::setSecrets(const EnvAssignments &secrets)
{
    m_secrets = secrets;
    emit secretsChanged();
    emit changed();
}

QHash<QString, QString> SetupPlan::serverValues() const
{
    return m_serverEnv ? EnvFile::parse(*m_serverEnv).values() : QHash<QString, QString>();
}

void SetupPlan::resetSecrets()
{
    // Missing, empty, example and weak secrets get fresh values; the ones that look right stay, because
    // changing POSTGRES_PASSWORD or JWT_SECRET on a running stack breaks it.
    m_secrets = SupabaseSecrets::replacementsFor(serverValues(), m_now);
}

Result<Bundle> SetupPlan::bundle() const
{
    BundleInput input;
    input.host = m_host;
    input.firewall = m_firewall;
    input.backup = m_backup;
    input.now = m_now;
    // The secrets page already chose every value: hand the generator a .env that holds them, so that it
    // keeps them (they verify and are no example values) instead of drawing others.
    EnvFile env = EnvFile::parse(m_serverEnv.value_or(QString()));
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
