// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostcommandrunner.h"

#include "core/shellquote.h"
#include "services/stackconnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>

#include <unistd.h>

namespace supadesk {

QString HostCommandRunner::wrapped(const QString &command, const SecretEnvironment &secrets)
{
    QString script;
    for (const auto &s : secrets)
        script += QStringLiteral("IFS= read -r %1 && export %1 && ").arg(s.first);
    return script + command;
}

QByteArray HostCommandRunner::inputFor(const SecretEnvironment &secrets, const QByteArray &input)
{
    QByteArray out;
    for (const auto &s : secrets)
        out += s.second.toUtf8() + '\n';
    return out + input;
}

QString HostCommandRunner::lastLine(const QByteArray &text)
{
    const QStringList lines =
        QString::fromUtf8(text).split(QRegularExpression(QStringLiteral("[\r\n]")), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

LocalCommandRunner::LocalCommandRunner(QString systemUser) : m_user(std::move(systemUser)) {}

QString LocalCommandRunner::describe() const
{
    return QCoreApplication::translate("supadesk::HostCommandRunner", "this computer");
}

Result<ExecResult> LocalCommandRunner::run(const QString &command, const QByteArray &input,
                                           const SecretEnvironment &secrets, const OutputHandler &onOutput)
{
    QProcess process;
    const QStringList shell{QStringLiteral("sh"), QStringLiteral("-c"), wrapped(command, secrets)};
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), m_user, QStringLiteral("--")} + shell);
    else
        process.start(shell.first(), shell.mid(1));
    if (!process.waitForStarted(10000))
        return Error{ErrorCode::ReplicaStep, QCoreApplication::translate("supadesk::HostCommandRunner",
                                                                         "A command could not be started: %1")
                                                 .arg(process.errorString())};
    process.write(inputFor(secrets, input));
    process.closeWriteChannel();
    ExecResult result;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        result.standardOutput += out;
        result.standardError += err;
        if (onOutput && !out.isEmpty())
            onOutput(out, false);
        if (onOutput && !err.isEmpty())
            onOutput(err, true);
    }
    result.standardOutput += process.readAllStandardOutput();
    result.standardError += process.readAllStandardError();
    result.exitStatus = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

SshCommandRunner::SshCommandRunner(StackConnection *connection, QString systemUser)
    : m_connection(connection), m_user(std::move(systemUser))
{}

QString SshCommandRunner::describe() const
{
    return m_connection ? m_connection->settings().ssh.host : QString();
}

Result<ExecResult> SshCommandRunner::run(const QString &command, const QByteArray &input,
                                         const SecretEnvironment &secrets, const OutputHandler &onOutput)
{
    if (!m_connection)
        return Error{ErrorCode::ReplicaStep, QCoreApplication::translate("supadesk::HostCommandRunner",
                                                                         "The stack is not connected.")};
    // Whoever the login is, the command runs as the cluster's owner: directly when the login is that
    // user, through runuser for root, through sudo -n otherwise.
    const QString script = wrapped(command, secrets);
    const QString u = shellQuote(m_user);
    const QString remote =
        QStringLiteral(
            "if [ \"$(id -un)\" = %1 ]; then exec sh -c %2; elif [ \"$(id -u)\" = 0 ]; then exec runuser "
            "-u %1 -- sh -c %2; else exec sudo -n -u %1 sh -c %2; fi")
            .arg(u, shellQuote(script));
    QEventLoop loop;
    std::optional<Result<ExecResult>> answer;
    const auto finished = [&](Result<ExecResult> r) {
        answer = std::move(r);
        loop.quit();
    };
    // With a handler the output streams as it comes (pg_basebackup's percentage over SSH).
    if (onOutput)
        m_connection->exec(remote, inputFor(secrets, input), &loop, onOutput, finished);
    else
        m_connection->exec(remote, inputFor(secrets, input), &loop, finished);
    if (!answer)
        loop.exec();
    return *answer;
}

} // namespace supadesk
