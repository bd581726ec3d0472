// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmanager.h"

#include "secretstore.h"

#include <QPointer>
#include <QUrl>

namespace supadesk {

namespace {

bool isSecretProblem(ErrorCode id)
{
    return id == ErrorCode::SshAuthKeyPassphrase || id == ErrorCode::SshAuthKeyBadPassphrase ||
           id == ErrorCode::SshAuthFailed || id == ErrorCode::SshAuthPartial;
}

} // namespace

ConnectionManager::ConnectionManager(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{}

ConnectionManager::~ConnectionManager()
{
    // Stop every worker thread before the QObjects they report to go away.
    for (StackConnection *connection : std::as_const(m_connections))
        connection->disconnectFromStack();
    qDeleteAll(m_connections);
}

QString ConnectionManager::secretNameFor(const Stack &stack)
{
    switch (stack.authMethod) {
    case AuthMethod::Password:
        return SecretStore::SshPassword;
    case AuthMethod::KeyFile:
        return SecretStore::KeyPassphrase;
    case AuthMethod::Agent:
        break;
    }
    return QString();
}

StackConnection::State ConnectionManager::state(const QString &stackId) const
{
    const StackConnection *connection = m_connections.value(stackId);
    return connection ? connection->state() : StackConnection::State::Disconnected;
}

void ConnectionManager::connectStack(const Stack &stack)
{
    const QString name = secretNameFor(stack);
    if (name.isEmpty() || !m_secrets)
        return start(stack, QString());
    emit stateChanged(stack.id, StackConnection::State::Connecting, QString());
    QPointer<ConnectionManager> self(this);
    m_secrets->read(stack.id, name, [self, stack](Result<QString> secret) {
        if (!self)
            return;
        if (!secret.ok() && stack.authMethod == AuthMethod::Password) {
            emit self->stateChanged(stack.id, StackConnection::State::Disconnected, QString());
            emit self->secretNeeded(stack.id, ErrorCatalogue::code(ErrorCode::SshAuthPasswordMissing));
            return;
        }
        // A key without a stored passphrase may simply be unencrypted: try it.
        self->start(stack, secret.ok() ? secret.value() : QString());
    });
}

void ConnectionManager::connectStackWith(const Stack &stack, const QString &secret, bool remember)
{
    if (remember && m_secrets && !secretNameFor(stack).isEmpty())
        m_secrets->write(stack.id, secretNameFor(stack), secret, [](Status) {});
    start(stack, secret);
}

void ConnectionManager::start(const Stack &stack, const QString &secret)
{
    reloadSecrets(stack.id);
    StackConnection::Settings settings = StackConnection::settingsFor(stack);
    if (stack.authMethod == AuthMethod::Password)
        settings.ssh.password = secret;
    else if (stack.authMethod == AuthMethod::KeyFile)
        settings.ssh.passphrase = secret;

    StackConnection *connection = m_connections.value(stack.id);
    if (connection) {
        connection->disconnectFromStack();
        connection->setSettings(settings);
    } else {
        connection = new StackConnection(settings, this);
        m_connections.insert(stack.id, connection);
        const QString id = stack.id;
        connect(connection, &StackConnection::stateChanged, this,
                [this, id, connection](StackConnection::State state, const QString &reason) {
                    emit stateChanged(id, state, reason);
                    if (state == StackConnection::State::Failed && isSecretProblem(connection->errorId()))
                        emit secretNeeded(id, connection->errorCode());
                });
        connect(connection, &StackConnection::hostKeyRejected, this,
                [this, id](const QString &code, const HostKeyCheck &check) {
                    emit hostKeyRejected(id, code, check);
                });
    }
    const Status started = connection->connectToStack();
    if (!started.ok())
        emit stateChanged(stack.id, StackConnection::State::Failed, started.error().message);
}

void ConnectionManager::disconnectStack(const QString &stackId)
{
    if (StackConnection *connection = m_connections.value(stackId))
        connection->disconnectFromStack();
}

void ConnectionManager::forget(const QString &stackId)
{
    m_databasePasswords.remove(stackId);
    m_jwtSecrets.remove(stackId);
    m_secretsPending.remove(stackId);
    if (StackConnection *connection = m_connections.take(stackId)) {
        connection->disconnectFromStack();
        connection->deleteLater();
    }
}

QString ConnectionManager::connectionString(const Stack &stack) const
{
    const StackConnection *connection = m_connections.value(stack.id);
    if (!connection || connection->state() != StackConnection::State::Connected)
        return QString();
    const quint16 port = connection->localPort(StackConnection::Database);
    if (port == 0)
        return QString();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(stack.dbUser);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QLatin1Char('/') + stack.dbName);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace supadesk

namespace supadesk {

void ConnectionManager::reloadSecrets(const QString &stackId)
{
    if (!m_secrets)
        return;
    QPointer<ConnectionManager> self(this);
    m_secretsPending.insert(stackId);
    m_secrets->read(stackId, SecretStore::DatabasePassword, [self, stackId](Result<QString> password) {
        if (self && password.ok())
            self->m_databasePasswords.insert(stackId, password.value());
    });
    // Read after the password, so that secretsLoaded() means both have answered.
    m_secrets->read(stackId, SecretStore::envSecretName(QStringLiteral("JWT_SECRET")),
                    [self, stackId](Result<QString> secret) {
                        if (!self)
                            return;
                        self->m_secretsPending.remove(stackId);
                        if (secret.ok())
                            self->m_jwtSecrets.insert(stackId, secret.value().toUtf8());
                        else
                            self->m_jwtSecrets.remove(stackId);
                        emit self->secretsLoaded(stackId);
                    });
}

std::optional<PoolerMetricsEndpoint> ConnectionManager::poolerMetricsEndpoint(const Stack &stack) const
{
    const StackConnection *connection = m_connections.value(stack.id);
    if (!connection || connection->state() != StackConnection::State::Connected ||
        connection->localPort(StackConnection::PoolerMetrics) == 0)
        return std::nullopt;
    PoolerMetricsEndpoint endpoint;
    endpoint.localPort = connection->localPort(StackConnection::PoolerMetrics);
    endpoint.serverPort = stack.poolerMetricsPort;
    endpoint.jwtSecret = m_jwtSecrets.value(stack.id);
    endpoint.secretPending = m_secretsPending.contains(stack.id);
    return endpoint;
}

std::optional<DbEndpoint> ConnectionManager::databaseEndpoint(const Stack &stack) const
{
    const StackConnection *connection = m_connections.value(stack.id);
    if (!connection || connection->state() != StackConnection::State::Connected ||
        connection->localPort(StackConnection::Database) == 0)
        return std::nullopt;
    DbEndpoint endpoint;
    endpoint.port = connection->localPort(StackConnection::Database);
    endpoint.database = stack.dbName;
    endpoint.user = stack.dbUser;
    endpoint.password = m_databasePasswords.value(stack.id);
    return endpoint;
}

} // namespace supadesk
