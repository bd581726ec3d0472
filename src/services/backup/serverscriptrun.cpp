// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverscriptrun.h"

#include "core/backup/backupserverscripts.h"
#include "services/host/containerlogfollower.h"
#include "services/stackconnection.h"

#include <QEventLoop>
#include <QTimer>

namespace supadesk {

ServerScriptRun::ServerScriptRun(QObject *parent) : QObject(parent) {}

ServerScriptRun::~ServerScriptRun() = default;

void ServerScriptRun::start(StackConnection *connection, const QString &command,
                            const QByteArray &standardInput)
{
    m_connection = connection;
    m_output.clear();
    m_cancelled = false;
    m_follower = std::make_unique<ContainerLogFollower>();
    connect(m_follower.get(), &ContainerLogFollower::output, this, [this](const QByteArray &chunk) {
        const QString text = QString::fromUtf8(chunk);
        m_output += text;
        emit output(text);
    });
    connect(m_follower.get(), &ContainerLogFollower::finished, this,
            [this](const QString &message) { emit finished(message); });
    if (!connection) {
        QTimer::singleShot(0, this, [this] { emit finished(tr("The stack is not connected.")); });
        return;
    }
    m_follower->startCommand(connection->settings().ssh, command, standardInput);
}

void ServerScriptRun::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    const qint64 group = BackupServerScripts::processGroupOf(m_output);
    if (m_connection && group > 0) {
        m_connection->exec(BackupServerScripts::asRoot(BackupServerScripts::killScript(group)), this,
                           [](const Result<ExecResult> &) {});
        // The script's trap cleans up and the output ends; a session that hangs is ended after a while.
        QTimer::singleShot(60000, this, [this] {
            if (isRunning()) {
                m_follower->stop();
                emit finished(tr("The server did not confirm the cancel."));
            }
        });
    } else {
        m_follower->stop();
        emit finished(QString());
    }
}

bool ServerScriptRun::isRunning() const
{
    return m_follower && m_follower->isRunning();
}

Result<QString> ServerScriptRun::run(StackConnection *connection, const QString &command,
                                     const std::function<void(const QString &)> &onOutput,
                                     const std::atomic_bool *cancel, const QByteArray &standardInput)
{
    ServerScriptRun run;
    QEventLoop loop;
    QString failure;
    bool done = false;
    connect(&run, &ServerScriptRun::output, &loop, [&](const QString &chunk) {
        if (onOutput)
            onOutput(chunk);
    });
    connect(&run, &ServerScriptRun::finished, &loop, [&](const QString &message) {
        failure = message;
        done = true;
        loop.quit();
    });
    QTimer poll;
    if (cancel) {
        connect(&poll, &QTimer::timeout, &run, [&] {
            if (cancel->load())
                run.cancel();
        });
        poll.start(200);
    }
    run.start(connection, command, standardInput);
    if (!done)
        loop.exec();
    if (run.wasCancelled())
        return Error{ErrorCode::BackupCancelled,
                     tr("Cancelled; what the script had made on the server was removed.")};
    if (!failure.isEmpty())
        return Error{ErrorCode::BackupDrill, failure};
    return run.collected();
}

Result<QString> ServerScriptRun::runShort(StackConnection *connection, const QString &command)
{
    if (!connection)
        return Error{ErrorCode::BackupDrill, tr("The stack is not connected.")};
    QEventLoop loop;
    Result<QString> out = QString();
    connection->exec(command, &loop, [&](const Result<ExecResult> &r) {
        if (r.ok())
            out = QString::fromUtf8(r.value().standardOutput + r.value().standardError);
        else
            out = r.error();
        loop.quit();
    });
    loop.exec();
    return out;
}

} // namespace supadesk
