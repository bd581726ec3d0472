// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"
#include "db/dbendpoint.h"
#include "poolermetricsendpoint.h"
#include "stackconnection.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace supadesk {

class SecretStore;

// Owns the live connection of every stack the user connected, fetches its password or key
// passphrase from the keychain before connecting, and reports state changes by stack id.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionManager(SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Connects with the secret from the keychain (if the stack's method uses one).
    void connectStack(const Stack &stack);
    // Connects with a secret the user just typed; `remember` also stores it in the keychain.
    void connectStackWith(const Stack &stack, const QString &secret, bool remember);
    void disconnectStack(const QString &stackId);
    // Disconnects and drops everything held for a stack (it was removed or edited).
    void forget(const QString &stackId);

    StackConnection *connection(const QString &stackId) const { return m_connections.value(stackId); }
    StackConnection::State state(const QString &stackId) const;

    // `postgresql://user@127.0.0.1:PORT/db` for the stack's forwarded database port, or empty when
    // not connected. The password is never part of it.
    QString connectionString(const Stack &stack) const;
    // The stack's database through its tunnel (with the database password from the keychain, if
    // one is kept there), or nothing when the stack is not connected.
    std::optional<DbEndpoint> databaseEndpoint(const Stack &stack) const;
    // Supavisor's metrics through the tunnel with the stack's JWT secret from the keychain (empty when
    // the keychain holds none), or nothing when the stack is not connected or has no metrics port.
    std::optional<PoolerMetricsEndpoint> poolerMetricsEndpoint(const Stack &stack) const;
    // Reads the stack's database password and JWT secret from the keychain again (the Setup wizard
    // has just stored them); secretsLoaded() follows.
    void reloadSecrets(const QString &stackId);

    // The keychain entry a stack's authentication method uses (empty for the agent).
    static QString secretNameFor(const Stack &stack);

signals:
    void stateChanged(const QString &stackId, StackConnection::State state, const QString &reason);
    void hostKeyRejected(const QString &stackId, const QString &errorCode, const HostKeyCheck &check);
    // The stack needs a password or passphrase that the keychain did not have or that was refused.
    void secretNeeded(const QString &stackId, const QString &errorCode);
    // The keychain answered for the secrets the stack's endpoints carry (found or not).
    void secretsLoaded(const QString &stackId);

private:
    void start(const Stack &stack, const QString &secret);

    SecretStore *m_secrets;
    QHash<QString, StackConnection *> m_connections;
    QHash<QString, QString> m_databasePasswords; // in memory only, for the stack's lifetime here
    QHash<QString, QByteArray> m_jwtSecrets;     // the same, for Supavisor's metrics token
    QSet<QString> m_secretsPending;              // stacks whose keychain reads have not answered yet
};

} // namespace supadesk
