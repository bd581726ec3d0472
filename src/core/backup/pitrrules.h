// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/setup/pgsetting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// Where point-in-time recovery keeps its files on a stack's server: one folder on the host, mounted into
// the db container (the compose override says so), holding the WAL archive (`wal/`) and the base
// backups (`base/STAMP/`, pg_basebackup's tar format). The archive_command writes into the container's
// side of the mount, so the archive survives the container and is where the host's scripts find it.
struct PitrLayout
{
    QString hostDir = QStringLiteral("/var/backups/supabase/pitr");
    QString containerDir = QStringLiteral("/var/lib/postgresql/pitr");
    QString container = QStringLiteral("supabase-db");
    QString service = QStringLiteral("db"); // the compose service of the database
    QString envFile = QStringLiteral("/opt/supabase/supabase/docker/.env");
    QString dbHost = QStringLiteral("localhost"); // as seen inside the container
    int dbPort = 5432;
    // pg_basebackup needs a role with REPLICATION; Supabase's superuser has it and POSTGRES_PASSWORD.
    QString dbUser = QStringLiteral("supabase_admin");
    QString scriptPath = QStringLiteral("/usr/local/sbin/supabase-pitr-basebackup.sh");
    QString logFile = QStringLiteral("/var/log/supabase-pitr.log");
    int keepBaseBackups = 2; // WAL older than the oldest kept base backup is pruned
    int hour = 1;            // the daily base backup (before the nightly dump at 03:17)
    int minute = 47;

    QString walDir() const { return hostDir + QStringLiteral("/wal"); }
    QString baseDir() const { return hostDir + QStringLiteral("/base"); }
    QString containerWalDir() const { return containerDir + QStringLiteral("/wal"); }
    QString containerBaseDir() const { return containerDir + QStringLiteral("/base"); }
    Status validate() const;
};

// What pg_stat_archiver and the archive settings say.
struct ArchiverStats
{
    QString archiveMode; // on, off, always
    QString archiveCommand;
    qint64 archivedCount = 0;
    QString lastArchivedWal;
    QDateTime lastArchivedTime;
    qint64 failedCount = 0;
    QString lastFailedWal;
    QDateTime lastFailedTime;
};

// One base backup, from the backup history file (`SEGMENT.OFFSET.backup`) that PostgreSQL archives
// when pg_basebackup ends.
struct BaseBackupInfo
{
    QString label;       // supadesk-20261207T204501Z
    QString historyFile; // 000000010000000000000003.00000028.backup
    QString startWal;    // the segment the backup starts in
    QString stopWal;
    QDateTime startTime;
    QDateTime stopTime;     // the earliest moment a restore from it can reach
    QString folder() const; // its folder under base/ (the label's stamp)
};

struct PitrStatus
{
    enum class State {
        Ok,      // archiving works, a base backup exists
        Warn,    // nothing archived yet, no base backup, or the newest one is old
        Failing, // the last archive attempt failed (red)
        Off      // archive_mode is off: no PITR
    };
    State state = State::Off;
    QString summary;
    QStringList evidence;
    ArchiverStats archiver;
    QList<BaseBackupInfo> baseBackups; // oldest first
    int walSegments = 0;
    QString oldestWal;
    QString newestWal;
    QDateTime restorableFrom; // the end of the oldest base backup
};

// What one status batch on a stack's server said (PitrRules::statusCommand).
struct PitrServerReading
{
    ArchiverStats archiver;
    QStringList walFiles;
    QList<BaseBackupInfo> baseBackups; // those whose folder is still there
    QString error;                     // psql's complaint when the archiver could not be read
};

// How a recovery into a scratch cluster ended, read from its server log.
struct RecoveryOutcome
{
    enum class Kind { Reached, TargetNotReached, BeforeConsistent, Failed };
    Kind kind = Kind::Failed;
    QString stoppedAt;       // "recovery stopping before commit of transaction 745, time ..."
    QString lastTransaction; // "last completed transaction was at log time ..."
    QString fatal;           // the FATAL line, when it failed
};

// The rules of point-in-time recovery: the archive settings, the scripts that set it up and take base
// backups (pruning the WAL the oldest kept one no longer needs), the verdict on pg_stat_archiver, and what
// a restore to a time needs (which base backup, which WAL, what went wrong). Pure: no files, no processes.
class PitrRules
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PitrRules)

public:
    // A base backup older than this is a warning: a restore would replay a week of WAL or more.
    static constexpr int kBaseBackupWarnDays = 8;

    // archive_mode, archive_command (copy into `walDir`, never overwrite) and archive_timeout.
    static PgSettings archiveSettings(const QString &walDir);
    static QString archiveCommand(const QString &walDir);
    // ALTER SYSTEM for archiveSettings() and a reload; archive_mode waits for the restart.
    static QString archiveSql(const PitrLayout &layout);
    // A docker-compose.override.yml fragment (under `services:`) that mounts the host folder into the db
    // container. Compose adds volumes of an override to the service's own, by mount point.
    static QString composeVolume(const PitrLayout &layout);
    // Creates the host folders (0700) and hands them to the container's postgres user, then checks
    // that postgres can write there. Run as root on the server after the container has the mount.
    static Result<QString> setupScript(const PitrLayout &layout);
    // The daily base backup: pg_basebackup inside the container into base/STAMP (tar, gzip, with its
    // WAL), older base backups beyond keepBaseBackups removed, then pg_archivecleanup removes the WAL
    // the oldest one kept no longer needs. The password is handed to docker by name.
    static Result<QString> baseBackupScript(const PitrLayout &layout);
    static QString crontabLine(const PitrLayout &layout);
    static QString crontabMarker() { return QStringLiteral("# supadesk-pitr"); }

    // One shell batch for a stack's server (through sudo -n when the login is not root): the archiver
    // through psql in the db container, the archive's and base/'s listings, every backup history file.
    static QString statusCommand(const PitrLayout &layout);
    static PitrServerReading parseStatus(const QString &output);

    // The verdict on the archive: `walFiles` are the archive folder's file names.
    static PitrStatus evaluate(const ArchiverStats &archiver, const QStringList &walFiles,
                               const QList<BaseBackupInfo> &baseBackups, const QDateTime &now);
    static QString stateText(PitrStatus::State state);
    static QJsonObject toJson(const PitrStatus &status);

    // A backup history file's content; nullopt when it is none.
    static std::optional<BaseBackupInfo> parseBackupHistory(const QString &fileName, const QString &text);
    // The newest base backup that ended at or before `target`; pitr.target when the target is before
    // every one of them, pitr.restore when there is none.
    static Result<BaseBackupInfo> chooseBaseBackup(const QList<BaseBackupInfo> &backups,
                                                   const QDateTime &target);

    static bool isSegment(const QString &name);
    // The segment after `segment` (16 MiB segments: 256 per log file).
    static QString nextSegment(const QString &segment);
    // The first segment missing between `from` and the newest segment of its timeline in `files`.
    static std::optional<QString> firstMissingSegment(const QStringList &files, const QString &from);
    // postgresql.conf for a scratch cluster that replays the archive up to `target` and then promotes.
    static QString recoveryConf(const QString &walDir, const QDateTime &target, const QString &socketDir);
    static RecoveryOutcome readRecoveryLog(const QString &serverLog);
    // "2026-12-07 20:45:01 UTC" as the history file and the server log write it (UTC or an offset).
    static QDateTime parseServerTime(const QString &text);
};

} // namespace supadesk
