// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ssh/sshsession.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>

namespace supadesk {

class StackConnection;

// Secrets a command needs in its environment (PGPASSWORD): handed over on the command's standard
// input and exported by the shell there, never on a command line or in a file.
using SecretEnvironment = QList<QPair<QString, QString>>;

// Runs shell commands on one database host as the database's system user (postgres), for the
// replication engine: pg_basebackup, pg_ctl, pg_rewind, reading and writing the cluster's files.
// LocalCommandRunner runs them on this machine (single-host use and tests), SshCommandRunner on a
// stack's server over its SSH connection. Blocking: the engine runs off the GUI thread.
class HostCommandRunner
{
public:
    using OutputHandler = std::function<void(const QByteArray &chunk, bool isStandardError)>;
    virtual ~HostCommandRunner() = default;

    // `command` runs with sh; `input` goes to its standard input after the secrets.
    virtual Result<ExecResult> run(const QString &command, const QByteArray &input = {},
                                   const SecretEnvironment &secrets = {},
                                   const OutputHandler &onOutput = {}) = 0;
    // "this computer", "deploy@db2.example.org": for messages.
    virtual QString describe() const = 0;

    // The script sh runs: the secrets read from standard input and exported, then `command`.
    static QString wrapped(const QString &command, const SecretEnvironment &secrets);
    static QByteArray inputFor(const SecretEnvironment &secrets, const QByteArray &input);
    // The last non-empty line of a command's output (progress lines end in \r), for a one-line reason.
    static QString lastLine(const QByteArray &text);
};

// On this machine: as root through `runuser -u postgres`, as any other user directly.
class LocalCommandRunner : public HostCommandRunner
{
public:
    explicit LocalCommandRunner(QString systemUser = QStringLiteral("postgres"));
    Result<ExecResult> run(const QString &command, const QByteArray &input = {},
                           const SecretEnvironment &secrets = {},
                           const OutputHandler &onOutput = {}) override;
    QString describe() const override;

private:
    QString m_user;
};

// On a stack's server over its SSH connection, through `sudo -n -u postgres` (a root login uses
// runuser), waiting in a local event loop for the connection's worker thread.
class SshCommandRunner : public HostCommandRunner
{
public:
    explicit SshCommandRunner(StackConnection *connection, QString systemUser = QStringLiteral("postgres"));
    Result<ExecResult> run(const QString &command, const QByteArray &input = {},
                           const SecretEnvironment &secrets = {},
                           const OutputHandler &onOutput = {}) override;
    QString describe() const override;

private:
    QPointer<StackConnection> m_connection;
    QString m_user;
};

} // namespace supadesk
