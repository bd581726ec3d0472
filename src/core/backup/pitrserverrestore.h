// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/pitrrules.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// Where a restore to a point in time works on a stack's server.
struct PitrServerPaths
{
    PitrLayout layout;                                // the PITR folder, the db container and service
    QString scratchBase = QStringLiteral("/var/tmp"); // the scratch instance goes to supadesk-pitr-STAMP here
    QString binDir;      // PostgreSQL's programs on the server; empty: the newest /usr/lib/postgresql/*/bin
    QString liveDataDir; // the db container's data volume; empty: volumes/db/data beside the stack's .env
    QString pathFirst;   // prepended to PATH on the server (a docker stand-in in tests)
    int verifySeconds = 120; // how long the restarted database has to answer

    QString composeDir() const;
    QString liveData() const;
};

// The moments a restore can reach: from the end of the oldest base backup kept to the newest archived WAL.
struct PitrWindow
{
    QDateTime earliest;
    QDateTime latest;
    bool isValid() const { return earliest.isValid() && latest.isValid() && earliest <= latest; }
};

// A restore's progress as its server script reports it ("@@step NAME").
enum class PitrStep { Disk, Unpack, Replay, Inspect, Stop, Swap, Start, Verify, Rollback };

// What a scratch instance holds after a restore to a point in time.
struct PitrScratchTable
{
    QString database;
    QString name; // schema.table
    qint64 rows = 0;
};

struct PitrScratchRestore
{
    QString scratchDir; // on the server, kept (stopped) until it replaces the live database or is discarded
    BaseBackupInfo base;
    QDateTime target;
    RecoveryOutcome outcome;
    QList<PitrScratchTable> tables;
    QDateTime lastReplayed; // the last transaction replayed (from the server log)
    QStringList evidence;
};

struct PitrReplaceResult
{
    QString asideDir; // the old live data directory, kept
    QStringList evidence;
};

// A restore to a point in time on a stack's server, in two steps. First a base backup is unpacked into a
// scratch instance (a private folder, a PostgreSQL on a Unix socket inside it, never the live database)
// and the archive replayed up to the target; its tables, row counts and last replayed transaction are
// reported, and the instance is stopped and kept. Only then, after the stack's name has been typed, the
// second step replaces the live database: the db service is stopped, the live data directory moved aside
// (kept, never deleted), the restored one moved in, the service started and checked; when it does not
// answer, the old directory is moved back and started again. Pure: scripts and their readers.
class PitrServerRestore
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PitrServerRestore)

public:
    static PitrWindow window(const PitrStatus &status);
    // The base backup to restore `target` from; pitr.target with the earliest and latest restorable
    // times when `target` is outside the window, pitr.restore when nothing can be restored.
    static Result<BaseBackupInfo> checkTarget(const PitrStatus &status, const QDateTime &target);

    // A fresh scratch folder name under paths.scratchBase.
    static QString scratchDirFor(const PitrServerPaths &paths, const QDateTime &now);
    static Result<QString> restoreScript(const PitrServerPaths &paths, const BaseBackupInfo &base,
                                         const QDateTime &target, const QString &scratchDir);
    // `base` and `target` as given to restoreScript (the reader names the missing segment from them).
    static Result<PitrScratchRestore> parseRestore(const QString &output, const BaseBackupInfo &base,
                                                   const QDateTime &target);
    // Stops and removes a kept scratch instance (only a supadesk-pitr-* folder under scratchBase).
    static Result<QString> discardScript(const PitrServerPaths &paths, const QString &scratchDir);

    // The typed confirmation: exactly the stack's name.
    static bool confirmed(const QString &stackName, const QString &typed);
    static Result<QString> replaceScript(const PitrServerPaths &paths, const QString &scratchDir);
    static Result<PitrReplaceResult> parseReplace(const QString &output);

    static std::optional<PitrStep> stepOf(const QString &line);
    static QString stepText(PitrStep step);
};

} // namespace supadesk
