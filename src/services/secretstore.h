// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace supadesk {

// Passwords and passphrases of stacks, in the OS keychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store) through QtKeychain, keyed by stack id and secret name.
// Calls are asynchronous: the keychain may ask the user to unlock it.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static inline const QString SshPassword = QStringLiteral("ssh-password");
    static inline const QString KeyPassphrase = QStringLiteral("key-passphrase");
    static inline const QString DatabasePassword = QStringLiteral("db-password");
    // The password of the replication role a standby of this stack logs in with (`replica add`).
    static inline const QString ReplicationPassword = QStringLiteral("replication-password");
    // The SHA-256 fingerprint of PostgreSQL's self-signed certificate (the Setup wizard's "database in
    // transit"): not secret, but kept with the stack's entries so it goes when the stack does.
    static inline const QString PostgresSslPin = QStringLiteral("postgres-ssl-pin");
    // A secret of the stack's `.env` (JWT_SECRET, ANON_KEY, …) is stored under "env.<KEY>", so the
    // Setup wizard and the uptime probes find the same entry.
    static QString envSecretName(const QString &envKey);
    // Every name removeAll() clears: the login secrets and each .env secret Supabase knows.
    static QStringList knownNames();

    explicit SecretStore(QString service, QObject *parent = nullptr);

    void write(const QString &stackId, const QString &name, const QString &value,
               std::function<void(Status)> done);
    // A missing secret is an error with code "secret.missing".
    void read(const QString &stackId, const QString &name, std::function<void(Result<QString>)> done);
    void remove(const QString &stackId, const QString &name, std::function<void(Status)> done);
    // Removes every secret of a stack; missing ones are not an error.
    void removeAll(const QString &stackId, std::function<void(Status)> done);
    // The same, and the stack's secrets of other names too (its alert channels').
    void removeAll(const QString &stackId, const QStringList &moreNames, std::function<void(Status)> done);

    // Blocking forms for the CLI and tests: they spin a local event loop until the job ends.
    Status writeNow(const QString &stackId, const QString &name, const QString &value);
    Result<QString> readNow(const QString &stackId, const QString &name);
    Status removeAllNow(const QString &stackId, const QStringList &moreNames = {});

    QString service() const { return m_service; }

private:
    static QString keyFor(const QString &stackId, const QString &name);
    void removeEach(const QString &stackId, QStringList names, std::optional<Error> firstError,
                    std::function<void(Status)> done);
    QString m_service;
};

} // namespace supadesk
