// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/applyplan.h"
#include "core/setup/applyreport.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace supadesk {

class StackConnection;

// Carries out an ApplyPlan on a server over the stack's SSH connection, step by step, off the GUI
// thread (every remote call is asynchronous), and never leaves a half-applied server behind.
//
// Before the first step (apply and dry run alike) one read-only command asks who the login is,
// whether `sudo -n` works, and whether the login user can replace each file itself
// (RemoteAccessProbe). For a login other than root, steps that need root (ApplyPrivileges: commands
// marked needsRoot, files the user cannot replace) run through `sudo -n`, their file contents
// streamed on standard input; when root is needed and not available, the run is refused before
// anything changes (ApplyReport::refusal says why and what to do, every step NotRun).
//
// Apply:
//   - file steps: the current content is read, the new content computed (ApplyPlan::resultingContent),
//     and the file replaced atomically; the old content is first copied next to it as
//     "PATH.supadesk-backup-TIMESTAMP" (its path is in the step's outcome). The new file keeps the
//     owner, group and mode of the one it replaces; a step's own mode is then set.
//   - command and SQL steps run through `sh`; a non-zero exit status fails the step. A SQL step
//     with undoCaptureSql first records the values it changes (its rollback puts them back); a step
//     with pendingRestartPsql afterwards asks which settings wait for a restart (report().pendingRestart).
//   - when a step fails, or after cancel() between steps, the steps already applied are rolled
//     back in reverse order: files restored from their backups byte for byte (a file that did not
//     exist is removed), undo commands and undo SQL run; then steps marked rerunAfterRollback run
//     again. report() says exactly which steps were applied, rolled back or failed to roll back.
// Dry run (Mode::DryRun): reads the current files and computes every diff and command, changes
// nothing; each step ends Previewed with its diff in the outcome.
//
//   auto *applier = new SetupApplier(connection, this);
//   connect(applier, &SetupApplier::stepFinished, ...);   // per-step status for the list
//   connect(applier, &SetupApplier::logLine, ...);        // the live log
//   connect(applier, &SetupApplier::finished, this, [=](bool ok) { show(applier->report().summary()); });
//   applier->start(plan);                                  // or start(plan, SetupApplier::Mode::DryRun)
//
// Signals are emitted on the thread that owns the applier. The connection must stay Connected; if
// it drops, the running step fails and rollback is attempted (and reported as failed if it cannot).
class SetupApplier : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Apply, DryRun };
    Q_ENUM(Mode)

    explicit SetupApplier(StackConnection *connection, QObject *parent = nullptr);

    // Starts a run; ignored (returns false) while one is running.
    bool start(const ApplyPlan &plan, Mode mode = Mode::Apply);
    // Stops before the next step and rolls back what was applied; the running step finishes first.
    void cancel();
    bool isRunning() const { return m_running; }

    // The state of every step so far; complete once finished() was emitted.
    const ApplyReport &report() const { return m_report; }

    // Blocking helper for the CLI and tests: runs the plan and waits (spinning an event loop).
    // Signals are emitted as usual while it runs.
    ApplyReport runAndWait(const ApplyPlan &plan, Mode mode = Mode::Apply);

signals:
    void stepStarted(int index);
    void stepFinished(int index, supadesk::ApplyStepStatus status, const QString &message);
    void logLine(const QString &line);
    void rollbackStarted();
    // `ok`: every step applied (or previewed). report() holds the details either way.
    void finished(bool ok);

private:
    void probeAccess();
    void refuse(const QString &reason);
    bool throughSudo(int index) const { return m_sudo.value(index, false); }
    void nextStep();
    void runFileStep(int index);
    void fileWritten(int index);
    void changeFile(int index, const std::optional<QByteArray> &current, const QString &currentMode);
    void runCommandStep(int index);
    void execStep(int index);
    void checkPendingRestart(int index);
    void stepDone(int index, bool ok, const QString &message);
    void startRollback();
    void rollbackNext();
    void rollbackDone(int index, bool ok, const QString &message);
    void rerunNext();
    void finish();
    void log(const QString &line);
    void setStatus(int index, ApplyStepStatus status, const QString &message = QString());

    QPointer<StackConnection> m_connection;
    ApplyPlan m_plan;
    ApplyReport m_report;
    Mode m_mode = Mode::Apply;
    bool m_running = false;
    bool m_cancelRequested = false;
    int m_current = -1;
    int m_rollbackIndex = -1;
    QList<int> m_touched; // steps whose changes a rollback must undo (applied, or failed after a write)
    QList<int> m_rerun;   // applied steps to run again once everything else is rolled back
    QList<bool> m_sudo;   // per step: runs as root through `sudo -n`
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::ApplyStepStatus)
