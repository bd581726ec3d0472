// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuprun.h"

#include "core/setup/backupruncommands.h"
#include "services/stackconnection.h"

#include <QRegularExpression>

namespace supadesk {

BackupRun::BackupRun(StackConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{}

BackupRun::~BackupRun() = default;

QString BackupRun::wrap(const QString &shellCode) const
{
    return BackupRunCommands::wrap(shellCode, m_prefix);
}

void BackupRun::start(const QString &script, const BackupOptions &options, const QString &commandPrefix)
{
    if (m_running)
        return;
    m_running = true;
    m_started = false;
    m_cancelled = false;
    m_outcome = Outcome();
    m_options = options;
    m_prefix = commandPrefix;
    m_folder.clear();
    if (!m_connection) {
        Outcome o;
        o.error = tr("The stack is not connected.");
        done(o);
        return;
    }
    emit progress(tr("Checking that Docker answers and that the container %1 runs.").arg(options.container));
    // The dump is taken inside the db container: without Docker there is nothing to back up from.
    m_connection->exec(
        wrap(BackupRunCommands::check(options.container)), this, [this, script](Result<ExecResult> result) {
            Outcome o;
            if (m_cancelled) {
                o.cancelled = true;
                o.error = tr("Cancelled before the backup started.");
                done(o);
                return;
            }
            if (!result.ok()) {
                o.error = tr("Cannot check the server: %1").arg(result.error().message);
                done(o);
                return;
            }
            const ExecResult &r = result.value();
            const QString why = QString::fromUtf8(r.standardError).trimmed();
            switch (r.exitStatus) {
            case 0:
                makeFolder(script);
                return;
            case 3:
                o.error = tr("Docker is not installed on the server. The backup runs pg_dump inside the db "
                             "container: install Docker and start the stack first.");
                break;
            case 4:
                o.error = tr("Docker on the server cannot reach the container %1: %2")
                              .arg(m_options.container, why);
                break;
            case 5:
                o.error = tr("The container %1 is not running: start the stack (docker compose up -d) first.")
                              .arg(m_options.container);
                break;
            default:
                o.error =
                    tr("Cannot run commands as root on the server: log in as root, or give this user sudo "
                       "without a password.") +
                    (why.isEmpty() ? QString() : QLatin1Char('\n') + why);
                break;
            }
            done(o);
        });
}

void BackupRun::makeFolder(const QString &script)
{
    if (!m_connection) {
        Outcome o;
        o.error = tr("The stack is not connected.");
        done(o);
        return;
    }
    // A private folder of the login user (who uploads over SFTP), made by mktemp: the script and the
    // pid file that Cancel reads live there, where no other user can plant a file.
    m_connection->exec(BackupRunCommands::makeFolder(), this, [this, script](Result<ExecResult> made) {
        Outcome o;
        if (!made.ok()) {
            o.error = tr("Cannot check the server: %1").arg(made.error().message);
            done(o);
            return;
        }
        const Result<QString> folder = BackupRunCommands::folderFrom(made.value().standardOutput);
        if (made.value().exitStatus != 0 || !folder.ok()) {
            o.error = folder.ok() ? QString::fromUtf8(made.value().standardError).trimmed()
                                  : folder.error().message;
            done(o);
            return;
        }
        m_folder = folder.value();
        upload(script);
    });
}

void BackupRun::upload(const QString &script)
{
    if (!m_connection) {
        Outcome o;
        o.error = tr("The stack is not connected.");
        done(o);
        return;
    }
    const QString path = BackupRunCommands::scriptPath(m_folder);
    emit progress(tr("Uploading backup.sh to %1.").arg(path));
    m_connection->writeFile(path, script.toUtf8(), this, [this](Result<QString> written) {
        Outcome o;
        if (m_cancelled) {
            o.cancelled = true;
            o.error = tr("Cancelled before the backup started.");
            if (m_connection)
                m_connection->exec(BackupRunCommands::removeFolder(m_folder), this,
                                   [](Result<ExecResult>) {});
            done(o);
            return;
        }
        if (!written.ok()) {
            o.error = tr("Cannot upload backup.sh: %1").arg(written.error().message);
            done(o);
            return;
        }
        run();
    });
}

void BackupRun::run()
{
    if (!m_connection) {
        Outcome o;
        o.error = tr("The stack is not connected.");
        done(o);
        return;
    }
    emit progress(tr("Running the backup: pg_dump in the container, then pg_restore --list reads it back."));
    m_started = true;
    m_connection->exec(wrap(BackupRunCommands::run(m_folder)), this, [this](Result<ExecResult> result) {
        Outcome o;
        if (!result.ok()) {
            o.error = tr("The connection was lost while the backup ran: %1").arg(result.error().message);
        } else {
            const ExecResult &r = result.value();
            o = parse(QString::fromUtf8(r.standardOutput + r.standardError), r.exitStatus);
        }
        if (m_cancelled && !o.ok) {
            o.cancelled = true;
            o.error = tr("Cancelled: the backup was stopped and its partial dump removed.");
        }
        done(o);
    });
}

void BackupRun::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    emit progress(tr("Cancelling the backup…"));
    if (m_started)
        stopOnServer();
}

void BackupRun::stopOnServer()
{
    if (!m_connection)
        return;
    StackConnection::Settings settings = m_connection->settings();
    settings.forwards.clear();
    m_stopper = std::make_unique<StackConnection>(settings);
    const QString kill = wrap(BackupRunCommands::stop(m_folder));
    connect(
        m_stopper.get(), &StackConnection::stateChanged, this, [this, kill](StackConnection::State state) {
            if (state == StackConnection::State::Connected) {
                m_stopper->exec(kill, this, [this](Result<ExecResult> r) {
                    if (!r.ok() || r.value().exitStatus != 0)
                        emit progress(tr("Stopping the backup on the server failed: %1")
                                          .arg(r.ok() ? QString::fromUtf8(r.value().standardError).trimmed()
                                                      : r.error().message));
                    m_stopper->disconnectFromStack();
                });
            } else if (state == StackConnection::State::Failed) {
                emit progress(tr("Cannot reach the server to stop the backup: %1").arg(m_stopper->reason()));
            }
        });
    if (Status started = m_stopper->connectToStack(); !started.ok())
        emit progress(tr("Cannot reach the server to stop the backup: %1").arg(started.error().message));
}

BackupRun::Outcome BackupRun::parse(const QString &output, int exitStatus)
{
    Outcome o;
    o.output = output.trimmed();
    static const QRegularExpression written(
        QStringLiteral("backup (\\S+) written: (\\d+) bytes, (\\d+) entries"));
    static const QRegularExpression failed(QStringLiteral("FAILED: (.*)$"),
                                           QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch m = written.match(output); m.hasMatch()) {
        o.dumpFile = m.captured(1);
        o.bytes = m.captured(2).toLongLong();
        o.entries = m.captured(3).toInt();
    }
    if (const QRegularExpressionMatch m = failed.match(output); m.hasMatch())
        o.error = m.captured(1).trimmed();
    o.ok = exitStatus == 0 && o.error.isEmpty() && o.entries > 0;
    if (!o.ok && o.error.isEmpty()) {
        const QStringList lines = o.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        o.error = exitStatus == 0 ? tr("The backup printed no result line.")
                                  : tr("backup.sh stopped with status %1: %2")
                                        .arg(exitStatus)
                                        .arg(lines.isEmpty() ? QString() : lines.last().trimmed());
    }
    return o;
}

void BackupRun::done(const Outcome &outcome)
{
    m_running = false;
    m_outcome = outcome;
    emit finished(outcome.ok);
}

} // namespace supadesk
