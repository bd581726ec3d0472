// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/pitrrules.h"
#include "core/result.h"
#include "scratchcluster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace supadesk {

struct PitrRestoreRequest
{
    QString pitrDir;     // wal/ and base/STAMP/ (PitrLayout's host folder)
    QDateTime target;    // recovery_target_time
    QString scratchBase; // where the scratch cluster goes; empty: the temporary folder
    QString binDir;      // PostgreSQL's programs; empty: the newest installed
};

struct PitrRestoreResult
{
    BaseBackupInfo base;
    QDateTime target;
    RecoveryOutcome outcome;
    QStringList evidence;
    qint64 durationMs = 0;
    // The restored cluster, running on its private socket for inspection; removed with the result.
    std::unique_ptr<ScratchCluster> cluster;
    QString socketDir() const { return cluster ? cluster->socketDir() : QString(); }
};

// Restores a base backup into a scratch cluster and replays the archived WAL up to a target time
// (recovery_target_time, then promote). Never the live database: the cluster is a private temporary
// directory on a Unix socket, which the result owns. Errors: pitr.target (the target is before every base
// backup, or after the end of the archive), pitr.wal.missing (a segment the replay needs is not in the
// archive: it is named), pitr.restore (anything else), backup.disk, backup.cancelled.
class PitrRestore
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PitrRestore)

public:
    using Progress = std::function<void(const QString &step)>;
    static Result<PitrRestoreResult> run(const PitrRestoreRequest &request, const std::atomic_bool *cancel,
                                         const Progress &progress = {});
};

} // namespace supadesk
