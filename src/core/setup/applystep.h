// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "envassignment.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace supadesk {

// One change to a server, in the order an ApplyPlan lists them. Build steps with ApplyPlan's add*()
// functions, which also write the description.
struct ApplyStep
{
    enum class Kind {
        WriteFile,  // replace (or create) `path` with `content`, then set `mode`
        EditEnv,    // set `assignments` in the .env at `path`, keeping comments, order, unknown keys
        RunCommand, // run `command` with sh; `undoCommand` (if any) reverses it on rollback
        RunSql      // pipe `sql` into `command` (a psql); `undoSql` (if any) reverses it on rollback
    };

    Kind kind = Kind::RunCommand;
    QString id;          // stable, for tests and scripts: "env", "compose-override", "tuning-sql", ...
    QString description; // translated, one sentence: what the step does and why

    // WriteFile and EditEnv: the absolute remote path. Before the file changes, the applier keeps a
    // timestamped copy next to it ("PATH.supadesk-backup-YYYYMMDDTHHMMSSmmm").
    QString path;
    QByteArray content; // WriteFile
    int mode = -1;      // WriteFile: permission bits such as 0600; -1 keeps the old file's (0644 if new)
    EnvAssignments assignments; // EditEnv
    bool secret = false;        // diffs show values masked (the .env); the content itself is never changed

    // RunCommand: the command. RunSql: the psql command line that reads SQL from standard input,
    // e.g. "docker exec -i supabase-db psql -U supabase_admin -d postgres -v ON_ERROR_STOP=1".
    QString command;
    QString undoCommand; // RunCommand
    QString sql;         // RunSql
    QString undoSql;     // RunSql
    // RunCommand: run `command` once more after every other step was rolled back, so that e.g.
    // `docker compose up -d` recreates the containers with the restored files.
    bool rerunAfterRollback = false;
    // RunCommand / RunSql: the command needs root (docker, crontab of root, ufw, systemd-run...). A
    // login user other than root runs it through `sudo -n`; without that the applier refuses to start.
    bool needsRoot = false;
    // RunSql: a query run through `command` just before the step, whose output holds the undo
    // (AlterSystemUndo::captureSql: each setting's previous ALTER SYSTEM value, or RESET). The applier
    // replaces `undoSql` with what it prints, so a rollback restores what was there, not the defaults.
    QString undoCaptureSql;
    // RunSql / RunCommand: after the step succeeded, ask PostgreSQL through this psql command which
    // settings wait for a restart (DatabaseRestart::pendingSql); ApplyReport::pendingRestart lists them.
    QString pendingRestartPsql;

    bool changesFile() const { return kind == Kind::WriteFile || kind == Kind::EditEnv; }
    // What the applier runs on the server for RunCommand / RunSql (SQL passed as a quoted here-doc,
    // because the SSH exec channel has no standard input of its own). Empty for file steps.
    // `asRoot`: through `sudo -n` (for a login user other than root).
    QString remoteCommand(bool asRoot = false) const;
    // The rollback command for RunCommand / RunSql; empty when the step has nothing to undo.
    QString remoteUndoCommand(bool asRoot = false) const;
    // `command <<'DELIM'` + `input` (a delimiter that is no line of it): psql reads the script on its
    // standard input, because the SQL goes in the same shell script as the command.
    static QString withHereDoc(const QString &command, const QString &input);
};

using ApplySteps = QList<ApplyStep>;

// Where a step stands. Pending -> Running -> Applied (or Failed); after a failure or a cancel the
// applied steps go -> RolledBack (or RollbackFailed); steps never started stay NotRun. A dry run
// ends each step in Previewed.
enum class ApplyStepStatus {
    Pending,
    Running,
    Applied,
    Previewed,
    Failed,
    RolledBack,
    RollbackFailed,
    NotRun
};

} // namespace supadesk
