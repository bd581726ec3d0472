// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applystep.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace supadesk {

// The ordered list of changes the Review & apply page shows and SetupApplier carries out. Pure
// data: it knows what each step will turn a remote file into (resultingContent) and how that reads
// as a diff (diff), but reads and writes nothing itself.
//
// The wizard builds one from its choices with the add*() functions; ApplyPlanBuilder builds one
// from a SetupBundle.
class ApplyPlan
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ApplyPlan)

public:
    // Backups of a file that holds secrets (the .env) kept next to it after a change: each one holds
    // secrets that were replaced, so older ones are removed.
    static constexpr int SecretBackupsKept = 5;

    // Replaces or creates a file; `mode` e.g. 0600, 0755, or -1 to keep the current one.
    ApplyStep &addFile(const QString &id, const QString &path, const QByteArray &content, int mode = -1,
                       const QString &description = QString());
    // Sets keys in a .env in place (comments, order and unknown keys stay); values shown masked.
    ApplyStep &addEnvEdit(const QString &id, const QString &path, const EnvAssignments &assignments,
                          const QString &description = QString());
    ApplyStep &addCommand(const QString &id, const QString &command, const QString &undoCommand = QString(),
                          const QString &description = QString());
    // `psqlCommand` reads the script on standard input; `sql` e.g. ALTER SYSTEM ...; SELECT pg_reload_conf();
    ApplyStep &addSql(const QString &id, const QString &psqlCommand, const QString &sql,
                      const QString &undoSql = QString(), const QString &description = QString());

    const ApplySteps &steps() const { return m_steps; }
    ApplySteps &steps() { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    int size() const { return int(m_steps.size()); }

    // What a file step leaves in the file, given what is there now (none: the file does not exist).
    // EditEnv fails ("apply.env.malformed") when the current .env has lines that cannot be edited
    // safely, and ("apply.env.missing") when there is no .env to edit.
    static Result<QByteArray> resultingContent(const ApplyStep &step,
                                               const std::optional<QByteArray> &current);
    // The unified diff a file step makes against `current`; for a `secret` step every value that
    // differs is shown as "••••" plus its length, never in clear. Empty when nothing changes.
    static Result<QString> diff(const ApplyStep &step, const std::optional<QByteArray> &current);
    // One translated line per step: "3. Run: docker compose up -d".
    QString describe() const;

private:
    ApplySteps m_steps;
};

} // namespace supadesk
