// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applystep.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace supadesk {

// What happened to one step.
struct ApplyStepOutcome
{
    ApplyStepStatus status = ApplyStepStatus::Pending;
    QString message;          // translated: why it failed / what rollback did; empty when all went well
    QString backupPath;       // file steps: the copy kept before the change (empty for a new file)
    bool createdFile = false; // file steps: the file did not exist before
    QString diff;             // file steps: the diff against the content found on the server
    QString output;           // command steps: standard output and error, as received
    int exitStatus = -1;
    bool throughSudo = false; // ran as root through `sudo -n` (the login user is not root)
};

// The state a run left the server in, step by step, and the sentences that say so.
struct ApplyReport
{
    ApplySteps steps;
    QList<ApplyStepOutcome> outcomes; // one per step
    bool dryRun = false;
    bool cancelled = false;
    // Set when the run was refused before its first step (e.g. root needed and not available):
    // translated, with the fix. Every step is then NotRun and nothing was changed.
    QString refusal;
    QString loginUser; // who the SSH login is on the server ("root", "deploy"), when known
    // Settings that wait for a restart of PostgreSQL after the run (pending_restart), as the last
    // step that asked (ApplyStep::pendingRestartPsql) found them; empty after a restart applied them.
    QStringList pendingRestart;

    // Every step Applied (or Previewed in a dry run).
    bool succeeded() const;
    // A failure or cancel happened and every applied step was rolled back: the server is as before.
    bool restored() const;
    QList<int> indexesWith(ApplyStepStatus status) const;

    // Translated, several lines: which steps were applied, rolled back, failed to roll back, not run.
    QString summary() const;

    static QString statusName(ApplyStepStatus status); // translated: "applied", "rolled back", ...
    static QString statusKey(ApplyStepStatus status);  // stable: "applied", "rolled-back", ...

    Q_DECLARE_TR_FUNCTIONS(supadesk::ApplyReport)
};

} // namespace supadesk
