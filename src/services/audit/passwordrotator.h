// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/passwordrotation.h"
#include "core/result.h"
#include "db/dbendpoint.h"
#include "ssh/sshsession.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace supadesk {

class SecretStore;
class StackConnection;

// The stack whose POSTGRES_PASSWORD is rotated.
struct PasswordRotationTarget
{
    QString stackId;
    QPointer<StackConnection> connection; // Connected: exec, readFile, writeFile
    DbEndpoint database;                  // the database forward, with the current password
    QString installDir;                   // holds .env and the compose file
    QString composeCommand = QStringLiteral("docker compose");
    quint16 gatewayPort = 0; // when set, the gateway's health routes are checked after the restart
    // When set, a login through the pooler's forward (as postgres.<POOLER_TENANT_ID> for Supavisor) with the
    // new password is checked too: Supavisor keeps the password of its tenant in its own store.
    quint16 poolerPort = 0;
    int healthTimeoutSeconds = 120;
};

// What happened, step by step, and what is on the server now.
struct PasswordRotationReport
{
    PasswordRotationPlan plan;
    QString envBackup; // the .env as it was before, on the server
    bool rolledBack = false;
    QStringList log;         // translated, one line per thing done
    QStringList serverState; // after a failure: which roles answer to which password, what the .env holds
    std::optional<Error> error;
    bool succeeded() const { return !error.has_value(); }
};

// Rotates POSTGRES_PASSWORD on a live stack:
//   1. reads the login roles that share the password, the .env and the compose services;
//   2. (last chance to cancel) ALTER ROLE … PASSWORD 'SCRAM-SHA-256$…' for every role in ONE transaction,
//      the verifier computed here so that the plain password never reaches the server's log;
//   3. writes the .env (the old one kept as a backup);
//   4. restarts the database's clients, then the gateway;
//   5. checks health: the database login with the new password, and the gateway's routes;
//   6. stores the new password in the keychain (SecretStore::DatabasePassword), and nowhere else.
// Any failure after step 2 puts back the old password on every role (one transaction), the .env from its
// backup and restarts the containers again; the report then says what the server really has.
// runAndWait() blocks (local event loops for the SSH calls); progress() tells which step runs.
class PasswordRotator : public QObject
{
    Q_OBJECT
public:
    explicit PasswordRotator(SecretStore *secrets, QObject *parent = nullptr);

    PasswordRotationReport runAndWait(const PasswordRotationTarget &target);
    // Refuses to start the ALTER once pressed; ignored after it (the rotation then runs to its end or its
    // rollback, so that the stack is never left half-changed).
    void cancel() { m_cancelled = true; }

    // Test hooks. Called inside the roles' transaction after each ALTER ROLE (index from 0): an error
    // makes the transaction fail there.
    std::function<Status(int index, const QString &role)> afterAlterRole;
    // Replaces the keychain write (a keychain that refuses).
    std::function<Status(const QString &stackId, const QString &password)> storeSecret;
    // Replaces the generated password.
    QString fixedNewPassword;

signals:
    void progress(supadesk::PasswordRotation::Step step, const QString &message);

private:
    struct Run;
    Status inspect(Run &run);
    Status alterRoles(Run &run, const QString &loginPassword, const QString &newPassword, bool rollback);
    Status writeEnv(Run &run);
    Status restart(Run &run);
    Status checkHealth(Run &run);
    void rollback(Run &run);
    void describeServer(Run &run);

    Result<ExecResult> execNow(Run &run, const QString &command, const QByteArray &input = {});
    void note(Run &run, const QString &line);

    SecretStore *m_secrets;
    std::atomic_bool m_cancelled = false;
};

} // namespace supadesk
