// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace supadesk {

class ContainerLogFollower;
class StackConnection;

// Runs one of BackupServerScripts' scripts as root on a stack's server, on an SSH session of its own
// (a backup or a drill takes minutes and must not hold up the connection's other commands), with its
// output as it comes. cancel() ends the script's process group through the stack connection, so the
// script's own trap removes what it made (the drill's scratch cluster); the output then ends as the
// script ends.
class ServerScriptRun : public QObject
{
    Q_OBJECT
public:
    explicit ServerScriptRun(QObject *parent = nullptr);
    ~ServerScriptRun() override;

    // `script` is BackupServerScripts::asRoot()'s command.
    // `standardInput`: what the script reads on its stdin (the backup key for an encrypted drill).
    void start(StackConnection *connection, const QString &command, const QByteArray &standardInput = {});
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }
    const QString &collected() const { return m_output; }

    // The same, blocking (the CLI): waits in a local event loop, calling `onOutput` with each chunk;
    // `cancel` set ends the script as cancel() does.
    static Result<QString> run(StackConnection *connection, const QString &command,
                               const std::function<void(const QString &)> &onOutput = {},
                               const std::atomic_bool *cancel = nullptr,
                               const QByteArray &standardInput = {});
    // A short root command over the stack connection (the catalogue, a kill, the schedule), blocking.
    static Result<QString> runShort(StackConnection *connection, const QString &command);

signals:
    void output(const QString &chunk);
    // The script ended; `message` is empty unless the session failed (then the output is incomplete).
    void finished(const QString &message);

private:
    QPointer<StackConnection> m_connection;
    std::unique_ptr<ContainerLogFollower> m_follower;
    QString m_output;
    bool m_cancelled = false;
};

} // namespace supadesk
