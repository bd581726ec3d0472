// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupapplier.h"

#include "core/setup/altersystemundo.h"
#include "core/setup/applyprivileges.h"
#include "core/setup/databaserestart.h"
#include "core/setup/remoteaccessprobe.h"
#include "core/setup/remotefilescript.h"
#include "core/shellquote.h"
#include "core/tls/acmeoutcome.h"
#include "services/stackconnection.h"

#include <QDateTime>
#include <QEventLoop>

namespace supadesk {

namespace {

QString q(const QString &value)
{
    return shellQuote(value);
}

// The last non-empty line of a command's error output, for a one-line reason.
QString lastLine(const QByteArray &text)
{
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace

SetupApplier::SetupApplier(StackConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    qRegisterMetaType<supadesk::ApplyStepStatus>();
}

bool SetupApplier::start(const ApplyPlan &plan, Mode mode)
{
    if (m_running)
        return false;
    m_plan = plan;
    m_mode = mode;
    m_report = ApplyReport();
    m_report.steps = plan.steps();
    m_report.dryRun = mode == Mode::DryRun;
    for (int i = 0; i < plan.size(); ++i)
        m_report.outcomes.append(ApplyStepOutcome());
    m_running = true;
    m_cancelRequested = false;
    m_current = -1;
    m_touched.clear();
    m_rerun.clear();
    m_sudo.clear();
    log(mode == Mode::DryRun ? tr("Dry run of %n step(s): nothing will be changed.", nullptr, plan.size())
                             : tr("Applying %n step(s).", nullptr, plan.size()));
    // Queued, so that a caller connecting after start() still sees every signal.
    QMetaObject::invokeMethod(this, &SetupApplier::probeAccess, Qt::QueuedConnection);
    return true;
}

void SetupApplier::probeAccess()
{
    if (!m_connection) {
        refuse(tr("The stack is not connected. Nothing was changed."));
        return;
    }
    const QStringList paths = ApplyPrivileges::filePaths(m_plan.steps());
    const QString command = RemoteFileScript::run(RemoteAccessProbe::command(paths), false);
    m_connection->exec(command, this, [this, paths](Result<ExecResult> result) {
        if (!result.ok() || result.value().exitStatus != 0) {
            refuse(tr("Cannot tell what the login may do on the server (%1). Nothing was changed.")
                       .arg(result.ok() ? lastLine(result.value().standardError) : result.error().message));
            return;
        }
        const RemoteAccess access =
            RemoteAccessProbe::parse(result.value().standardOutput, int(paths.size()));
        m_report.loginUser = access.user;
        const Result<QList<bool>> sudo = ApplyPrivileges::stepsThroughSudo(m_plan.steps(), access);
        if (!sudo.ok()) {
            refuse(sudo.error().message);
            return;
        }
        m_sudo = sudo.value();
        QStringList asRoot;
        for (int i = 0; i < m_sudo.size(); ++i) {
            m_report.outcomes[i].throughSudo = m_sudo.at(i);
            if (m_sudo.at(i))
                asRoot.append(QString::number(i + 1));
        }
        if (!asRoot.isEmpty())
            log((asRoot.size() == 1 ? tr("Logged in as %1: step %2 runs as root through sudo.")
                                    : tr("Logged in as %1: steps %2 run as root through sudo."))
                    .arg(access.user, asRoot.join(QStringLiteral(", "))));
        nextStep();
    });
}

void SetupApplier::refuse(const QString &reason)
{
    m_report.refusal = reason;
    for (int i = 0; i < m_plan.size(); ++i)
        setStatus(i, ApplyStepStatus::NotRun);
    finish();
}

void SetupApplier::cancel()
{
    if (m_running && !m_cancelRequested) {
        m_cancelRequested = true;
        log(tr("Cancelling after the current step…"));
    }
}

ApplyReport SetupApplier::runAndWait(const ApplyPlan &plan, Mode mode)
{
    QEventLoop loop;
    const QMetaObject::Connection done = connect(this, &SetupApplier::finished, &loop, &QEventLoop::quit);
    if (start(plan, mode))
        loop.exec();
    disconnect(done);
    return m_report;
}

void SetupApplier::log(const QString &line)
{
    emit logLine(line);
}

void SetupApplier::setStatus(int index, ApplyStepStatus status, const QString &message)
{
    ApplyStepOutcome &o = m_report.outcomes[index];
    o.status = status;
    if (!message.isEmpty())
        o.message = message;
    emit stepFinished(index, status, message);
}

void SetupApplier::nextStep()
{
    if (m_cancelRequested) {
        m_report.cancelled = true;
        for (int i = m_current + 1; i < m_plan.size(); ++i)
            setStatus(i, ApplyStepStatus::NotRun);
        if (m_mode == Mode::Apply)
            startRollback();
        else
            finish();
        return;
    }
    ++m_current;
    if (m_current >= m_plan.size()) {
        finish();
        return;
    }
    const ApplyStep &step = m_plan.steps().at(m_current);
    m_report.outcomes[m_current].status = ApplyStepStatus::Running;
    emit stepStarted(m_current);
    log(tr("Step %1 of %2: %3").arg(m_current + 1).arg(m_plan.size()).arg(step.description));
    if (step.changesFile())
        runFileStep(m_current);
    else
        runCommandStep(m_current);
}

void SetupApplier::runFileStep(int index)
{
    if (!m_connection) {
        stepDone(index, false, tr("The stack is not connected."));
        return;
    }
    const ApplyStep step = m_plan.steps().at(index);
    const bool sudo = throughSudo(index);
    // First whether the file exists and its mode, then its content: the diff, the new content and
    // the rollback all start from what is on the server now.
    const QString probe = RemoteFileScript::run(RemoteFileScript::mode(step.path), sudo);
    m_connection->exec(probe, this, [this, index, step, sudo](Result<ExecResult> stat) {
        if (!stat.ok() || stat.value().exitStatus != 0) {
            stepDone(index, false,
                     stat.ok()
                         ? tr("Cannot inspect %1: %2").arg(step.path, lastLine(stat.value().standardError))
                         : stat.error().message);
            return;
        }
        const QString mode = QString::fromUtf8(stat.value().standardOutput).trimmed();
        if (mode == QLatin1String("none")) {
            changeFile(index, std::nullopt, QString());
            return;
        }
        if (!m_connection) {
            stepDone(index, false, tr("The stack is not connected."));
            return;
        }
        if (sudo) {
            // Root reads it: the content comes back on the command's output.
            m_connection->exec(RemoteFileScript::run(RemoteFileScript::read(step.path), true), this,
                               [this, index, mode, step](Result<ExecResult> read) {
                                   if (!read.ok() || read.value().exitStatus != 0) {
                                       stepDone(index, false,
                                                tr("Cannot read %1: %2")
                                                    .arg(step.path, read.ok()
                                                                        ? lastLine(read.value().standardError)
                                                                        : read.error().message));
                                       return;
                                   }
                                   changeFile(index, read.value().standardOutput, mode);
                               });
            return;
        }
        m_connection->readFile(step.path, this, [this, index, mode, step](Result<QByteArray> content) {
            if (!content.ok()) {
                stepDone(index, false, tr("Cannot read %1: %2").arg(step.path, content.error().message));
                return;
            }
            changeFile(index, content.value(), mode);
        });
    });
}

void SetupApplier::changeFile(int index, const std::optional<QByteArray> &current, const QString &currentMode)
{
    const ApplyStep step = m_plan.steps().at(index);
    ApplyStepOutcome &outcome = m_report.outcomes[index];
    const Result<QByteArray> after = ApplyPlan::resultingContent(step, current);
    if (!after.ok()) {
        stepDone(index, false, after.error().message);
        return;
    }
    const Result<QString> diff = ApplyPlan::diff(step, current);
    outcome.diff = diff.ok() ? diff.value() : QString();
    outcome.createdFile = !current.has_value();

    const QString wantedMode = step.mode >= 0 ? QString::number(step.mode, 8) : QString();
    const bool sameContent = current && *current == after.value();
    const bool sameMode = wantedMode.isEmpty() || wantedMode == currentMode;
    if (m_mode == Mode::DryRun) {
        if (sameContent && sameMode)
            log(tr("%1 is already up to date.").arg(step.path));
        else if (!outcome.diff.isEmpty())
            log(outcome.diff.trimmed());
        stepDone(index, true, QString());
        return;
    }
    if (sameContent && sameMode) {
        log(tr("%1 is already up to date.").arg(step.path));
        stepDone(index, true, QString());
        return;
    }
    if (!m_connection) {
        stepDone(index, false, tr("The stack is not connected."));
        return;
    }
    if (throughSudo(index)) {
        // The content goes on standard input to a script run by root, which keeps the old file's
        // owner, group and mode, applies the step's mode and renames into place.
        const QString backup = step.path + QStringLiteral(".supadesk-backup-") +
                               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        const QString script =
            RemoteFileScript::run(RemoteFileScript::replace(step.path, backup, step.mode), true);
        m_connection->exec(script, after.value(), this, [this, index, step](Result<ExecResult> r) {
            if (!r.ok() || r.value().exitStatus != 0) {
                stepDone(index, false,
                         tr("Cannot write %1: %2")
                             .arg(step.path, r.ok() ? lastLine(r.value().standardError) : r.error().message));
                return;
            }
            ApplyStepOutcome &o = m_report.outcomes[index];
            o.backupPath = QString::fromUtf8(r.value().standardOutput).trimmed();
            m_touched.append(index);
            if (!o.backupPath.isEmpty())
                log(tr("Kept the previous %1 as %2.").arg(step.path, o.backupPath));
            fileWritten(index);
        });
        return;
    }
    m_connection->writeFile(
        step.path, after.value(), this, [this, index, step, wantedMode](Result<QString> written) {
            if (!written.ok()) {
                stepDone(index, false, tr("Cannot write %1: %2").arg(step.path, written.error().message));
                return;
            }
            ApplyStepOutcome &o = m_report.outcomes[index];
            o.backupPath = written.value();
            m_touched.append(index); // from here on, a rollback restores this file
            if (!o.backupPath.isEmpty())
                log(tr("Kept the previous %1 as %2.").arg(step.path, o.backupPath));
            if (!m_connection) {
                stepDone(index, false, tr("The stack is not connected."));
                return;
            }
            if (wantedMode.isEmpty()) {
                fileWritten(index);
                return;
            }
            const QString chmod = QStringLiteral("chmod %1 %2").arg(wantedMode, q(step.path));
            m_connection->exec(chmod, this, [this, index, step](Result<ExecResult> r) {
                if (!r.ok() || r.value().exitStatus != 0)
                    stepDone(
                        index, false,
                        tr("Cannot set the permissions of %1: %2")
                            .arg(step.path, r.ok() ? lastLine(r.value().standardError) : r.error().message));
                else
                    fileWritten(index);
            });
        });
}

void SetupApplier::fileWritten(int index)
{
    const ApplyStep &step = m_plan.steps().at(index);
    if (!step.secret || !m_connection) {
        stepDone(index, true, QString());
        return;
    }
    // Every backup of the .env holds secrets that were replaced: only the newest few stay (the
    // one this run just made, which a rollback needs, is the newest).
    const QString prune = RemoteFileScript::run(
        RemoteFileScript::pruneBackups(step.path, ApplyPlan::SecretBackupsKept), throughSudo(index));
    m_connection->exec(prune, this, [this, index](Result<ExecResult> r) {
        // The file is written; a prune that cannot run is worth a line in the log only.
        if (!r.ok() || r.value().exitStatus != 0)
            log(tr("Could not remove older backups of %1: %2")
                    .arg(m_plan.steps().at(index).path,
                         r.ok() ? lastLine(r.value().standardError) : r.error().message));
        stepDone(index, true, QString());
    });
}

void SetupApplier::runCommandStep(int index)
{
    const ApplyStep &step = m_plan.steps().at(index);
    if (m_mode == Mode::DryRun) {
        const bool sudo = throughSudo(index);
        if (step.kind == ApplyStep::Kind::RunSql)
            log(sudo ? tr("Would run as root (through sudo) through %1:\n%2")
                           .arg(step.command, step.sql.trimmed())
                     : tr("Would run through %1:\n%2").arg(step.command, step.sql.trimmed()));
        else
            log(sudo ? tr("Would run as root (through sudo): %1").arg(step.command)
                     : tr("Would run: %1").arg(step.command));
        stepDone(index, true, QString());
        return;
    }
    if (!m_connection) {
        stepDone(index, false, tr("The stack is not connected."));
        return;
    }
    if (step.kind != ApplyStep::Kind::RunSql || step.undoCaptureSql.isEmpty()) {
        execStep(index);
        return;
    }
    // What the settings are now, so that a rollback puts exactly that back.
    const QString capture =
        RemoteFileScript::run(ApplyStep::withHereDoc(step.command, step.undoCaptureSql), throughSudo(index));
    m_connection->exec(capture, this, [this, index](Result<ExecResult> r) {
        const QString undo = r.ok() && r.value().exitStatus == 0
                                 ? AlterSystemUndo::undoSql(QString::fromUtf8(r.value().standardOutput))
                                 : QString();
        if (undo.isEmpty()) {
            stepDone(index, false,
                     tr("Cannot read the current values of the settings before changing them: %1")
                         .arg(!r.ok()                     ? r.error().message
                              : r.value().exitStatus != 0 ? lastLine(r.value().standardError)
                                                          : tr("the query returned nothing.")));
            return;
        }
        m_plan.steps()[index].undoSql = undo;
        m_report.steps[index].undoSql = undo;
        log(tr("Recorded the current values for a rollback:\n%1").arg(undo.trimmed()));
        execStep(index);
    });
}

void SetupApplier::execStep(int index)
{
    if (!m_connection) {
        stepDone(index, false, tr("The stack is not connected."));
        return;
    }
    const ApplyStep &step = m_plan.steps().at(index);
    m_connection->exec(
        step.remoteCommand(throughSudo(index)), this, [this, index](Result<ExecResult> result) {
            ApplyStepOutcome &o = m_report.outcomes[index];
            if (!result.ok()) {
                stepDone(index, false, result.error().message);
                return;
            }
            const ExecResult &r = result.value();
            o.exitStatus = r.exitStatus;
            o.output = QString::fromUtf8(r.standardOutput + r.standardError);
            if (!o.output.trimmed().isEmpty())
                log(o.output.trimmed());
            if (r.exitStatus != 0) {
                const ApplyStep &failed = m_plan.steps().at(index);
                // A `docker compose up -d` that failed half-way may have recreated some containers with
                // the new files: it runs again once they are restored, like one that succeeded.
                if (failed.rerunAfterRollback)
                    m_rerun.append(index);
                // A script that stopped at its k-th statement kept the ones before it (ALTER SYSTEM
                // cannot run in a transaction): its undo runs too. SQL without an undo is reported
                // as not rolled back rather than counted as "as before".
                else if (!failed.remoteUndoCommand().isEmpty() || failed.kind == ApplyStep::Kind::RunSql)
                    m_touched.append(index);
                // certbot's own words are long and technical: what to do about them instead.
                if (const QString advice = AcmeOutcome::adviceForStep(failed.id, r.exitStatus, o.output);
                    !advice.isEmpty()) {
                    stepDone(index, false, advice);
                    return;
                }
                const QString reason = lastLine(r.standardError);
                stepDone(index, false,
                         reason.isEmpty()
                             ? tr("The command ended with exit status %1.").arg(r.exitStatus)
                             : tr("The command ended with exit status %1: %2").arg(r.exitStatus).arg(reason));
                return;
            }
            m_touched.append(index);
            if (m_plan.steps().at(index).rerunAfterRollback)
                m_rerun.append(index);
            checkPendingRestart(index);
        });
}

void SetupApplier::checkPendingRestart(int index)
{
    const ApplyStep &step = m_plan.steps().at(index);
    if (step.pendingRestartPsql.isEmpty() || !m_connection) {
        stepDone(index, true, QString());
        return;
    }
    const QString check = RemoteFileScript::run(
        ApplyStep::withHereDoc(step.pendingRestartPsql, DatabaseRestart::pendingSql()), throughSudo(index));
    m_connection->exec(check, this, [this, index](Result<ExecResult> r) {
        // The step itself succeeded; a check that cannot run is only worth a line in the log.
        if (!r.ok() || r.value().exitStatus != 0) {
            log(tr("Could not ask PostgreSQL which settings wait for a restart: %1")
                    .arg(r.ok() ? lastLine(r.value().standardError) : r.error().message));
        } else {
            m_report.pendingRestart =
                DatabaseRestart::parsePending(QString::fromUtf8(r.value().standardOutput));
            if (!m_report.pendingRestart.isEmpty())
                log(tr("These settings wait for a restart of the database to take effect: %1.")
                        .arg(m_report.pendingRestart.join(QStringLiteral(", "))));
        }
        stepDone(index, true, QString());
    });
}

void SetupApplier::stepDone(int index, bool ok, const QString &message)
{
    if (ok) {
        setStatus(index, m_mode == Mode::DryRun ? ApplyStepStatus::Previewed : ApplyStepStatus::Applied);
        log(m_mode == Mode::DryRun ? tr("Step %1 checked.").arg(index + 1)
                                   : tr("Step %1 applied.").arg(index + 1));
        nextStep();
        return;
    }
    setStatus(index, ApplyStepStatus::Failed, message);
    log(tr("Step %1 failed: %2").arg(index + 1).arg(message));
    if (m_mode == Mode::DryRun) {
        nextStep(); // a dry run shows every problem at once
        return;
    }
    for (int i = index + 1; i < m_plan.size(); ++i)
        setStatus(i, ApplyStepStatus::NotRun);
    startRollback();
}

void SetupApplier::startRollback()
{
    if (m_touched.isEmpty() && m_rerun.isEmpty()) {
        finish();
        return;
    }
    emit rollbackStarted();
    log(tr("Rolling back %n step(s).", nullptr, int(m_touched.size())));
    m_rollbackIndex = int(m_touched.size());
    rollbackNext();
}

void SetupApplier::rollbackNext()
{
    --m_rollbackIndex;
    if (m_rollbackIndex < 0) {
        rerunNext();
        return;
    }
    const int index = m_touched.at(m_rollbackIndex);
    const ApplyStep &step = m_plan.steps().at(index);
    const ApplyStepOutcome &outcome = m_report.outcomes.at(index);
    if (m_rerun.contains(index)) {
        rollbackNext(); // undone by running it again at the end, with the files restored
        return;
    }
    QString command;
    const bool sudo = throughSudo(index);
    if (step.changesFile()) {
        if (outcome.createdFile)
            command = RemoteFileScript::run(RemoteFileScript::remove(step.path), sudo);
        else if (!outcome.backupPath.isEmpty())
            // Copied to a temporary name and renamed, so the file is replaced in one go and the
            // backup stays where it is.
            command = RemoteFileScript::run(RemoteFileScript::restore(outcome.backupPath, step.path), sudo);
        else {
            rollbackDone(index, false, tr("No backup of %1 was kept.").arg(step.path));
            return;
        }
    } else {
        command = step.remoteUndoCommand(sudo);
        if (command.isEmpty()) {
            rollbackDone(index, false, tr("This command has no undo; what it did is still in place."));
            return;
        }
    }
    if (!m_connection) {
        rollbackDone(index, false, tr("The stack is not connected."));
        return;
    }
    m_connection->exec(command, this, [this, index](Result<ExecResult> r) {
        if (!r.ok())
            rollbackDone(index, false, r.error().message);
        else if (r.value().exitStatus != 0)
            rollbackDone(index, false,
                         tr("The undo ended with exit status %1: %2")
                             .arg(r.value().exitStatus)
                             .arg(lastLine(r.value().standardError)));
        else
            rollbackDone(index, true, QString());
    });
}

void SetupApplier::rollbackDone(int index, bool ok, const QString &message)
{
    const bool failedStep = m_report.outcomes.at(index).status == ApplyStepStatus::Failed;
    if (ok) {
        // A step that failed after changing something keeps "failed"; what it changed is back.
        if (failedStep) {
            m_report.outcomes[index].message +=
                QLatin1Char(' ') + (m_plan.steps().at(index).changesFile()
                                        ? tr("Its file was restored.")
                                        : tr("What it had changed before failing was undone."));
            emit stepFinished(index, ApplyStepStatus::Failed, m_report.outcomes.at(index).message);
        } else {
            setStatus(index, ApplyStepStatus::RolledBack);
        }
        log(tr("Step %1 rolled back.").arg(index + 1));
    } else {
        // A failed step keeps its own reason in front: it may have changed part of what it does.
        setStatus(index, ApplyStepStatus::RollbackFailed,
                  failedStep ? m_report.outcomes.at(index).message + QLatin1Char(' ') + message : message);
        log(tr("Step %1 could not be rolled back: %2").arg(index + 1).arg(message));
    }
    rollbackNext();
}

void SetupApplier::rerunNext()
{
    if (m_rerun.isEmpty()) {
        finish();
        return;
    }
    const int index = m_rerun.takeLast();
    const ApplyStep &step = m_plan.steps().at(index);
    log(tr("Running step %1 again with the restored files: %2").arg(index + 1).arg(step.command));
    if (!m_connection) {
        setStatus(index, ApplyStepStatus::RollbackFailed, tr("The stack is not connected."));
        rerunNext();
        return;
    }
    m_connection->exec(step.remoteCommand(throughSudo(index)), this, [this, index](Result<ExecResult> r) {
        const bool failedStep = m_report.outcomes.at(index).status == ApplyStepStatus::Failed;
        if (r.ok() && r.value().exitStatus == 0 && failedStep) {
            m_report.outcomes[index].message +=
                QLatin1Char(' ') + tr("It ran again with the restored files.");
            emit stepFinished(index, ApplyStepStatus::Failed, m_report.outcomes.at(index).message);
        } else if (r.ok() && r.value().exitStatus == 0)
            setStatus(index, ApplyStepStatus::RolledBack);
        else {
            const QString why = r.ok() ? tr("The command ended with exit status %1: %2")
                                             .arg(r.value().exitStatus)
                                             .arg(lastLine(r.value().standardError))
                                       : r.error().message;
            // A step that had failed keeps its own reason in front of the rerun's.
            setStatus(index, ApplyStepStatus::RollbackFailed,
                      failedStep ? m_report.outcomes.at(index).message + QLatin1Char(' ') +
                                       tr("Running it again with the restored files failed too: %1").arg(why)
                                 : why);
        }
        rerunNext();
    });
}

void SetupApplier::finish()
{
    m_running = false;
    log(m_report.summary());
    emit finished(m_report.succeeded());
}

} // namespace supadesk
