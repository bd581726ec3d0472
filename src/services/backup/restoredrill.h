// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/drillresult.h"
#include "core/metrics/postgresdsn.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace supadesk {

struct DrillRequest
{
    QString dumpFile;    // custom-format pg_dump
    QString globalsFile; // pg_dumpall --globals-only; empty: none (restored without owners and privileges)
    PostgresDsn live;    // the database the dump was taken from; only read
    QStringList queries; // the user's own checks, run in the restore; each must return a row
    QString stackId;
    QString scratchBase; // where the scratch cluster's directory goes; empty: the system's temp folder
    QString binDir;      // PostgreSQL's programs; empty: defaultBinDir()
};

// A restore drill: proves that a dump restores, by restoring it into a scratch cluster (ScratchCluster,
// never the live database) and comparing the restore with the live database (DrillRules). Blocking: the
// CLI calls it directly, the desktop on a worker thread. The live database is read in this process
// (libpq through QPSQL, read-only transactions): no child process gets its password, in its arguments
// or its environment.
class RestoreDrill
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::RestoreDrill)

public:
    using Progress = std::function<void(const QString &step)>;

    // The drill's result, passed or failed; an Error when it could not get as far as a verdict:
    // backup.missing (no dump or globals file), backup.newer (a dump from a newer PostgreSQL),
    // backup.disk (not enough free space, and how much is needed), backup.cancelled, backup.drill (the
    // live database or the scratch cluster could not be reached). The scratch cluster is gone when it
    // returns, whatever happened.
    static Result<DrillResult> run(const DrillRequest &request, const std::atomic_bool *cancel = nullptr,
                                   const Progress &progress = {});

    // /usr/lib/postgresql/<major>/bin of the newest PostgreSQL installed (Debian's layout), else the
    // folder of the pg_restore on PATH.
    static QString defaultBinDir();
    // The major version of the PostgreSQL in `binDir` (its pg_restore --version); 0 when unknown.
    static int majorOf(const QString &binDir);
};

} // namespace supadesk
