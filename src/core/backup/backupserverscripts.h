// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupcatalogue.h"
#include "core/backup/drillresult.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// Where a stack's backups live on its server and where the drill works; the nightly script's own
// settings (BACKUP_DIR, LOG_FILE, ENV_FILE, CONTAINER, DB_*) are read from the installed script at run time.
struct BackupServerPaths
{
    QString backupScript = QStringLiteral("/usr/local/sbin/supabase-backup.sh");
    QString drillScript = QStringLiteral("/usr/local/sbin/supadesk-restore-drill.sh");
    // The installed base backup script names the PITR folder (HOST_DIR) the catalogue lists.
    QString pitrScript = QStringLiteral("/usr/local/sbin/supabase-pitr-basebackup.sh");
    QString resultDir =
        QStringLiteral("/var/lib/supadesk/drills");          // where a scheduled drill leaves its output
    QString scratchBase = QStringLiteral("/var/tmp");        // where the scratch cluster goes
    QString unitDir = QStringLiteral("/etc/systemd/system"); // the monthly drill's timer and service
    QString cronFile = QStringLiteral("/etc/cron.d/supadesk-restore-drill"); // without systemd
    QString binDir;    // PostgreSQL's programs on the server; empty: the newest /usr/lib/postgresql/*/bin
    QString pathFirst; // prepended to PATH on the server (a docker stand-in in tests); empty: none
    // "cluster": always a scratch cluster from binDir; empty: a throwaway container from the image of the
    // db service in the compose file beside the stack's .env wherever Docker runs, else a scratch cluster.
    QString drillIn;
};

// A drill's progress as the server script reports it ("@@step NAME").
enum class DrillStep { Toc, Decrypt, Disk, Live, Scratch, Globals, Restore, Compare, Remove };

// The shell scripts Supadesk runs on a stack's server for its backups, and the readers of their output.
// Every script prints "@@name" section lines that the readers split; none holds a password (the drill
// reads the database password from the stack's .env on the server, as the nightly script does, and
// hands it to docker in the environment).
//
// The restore drill runs entirely on the server: the live database's tables through the db container,
// the dump restored into a scratch cluster (initdb on a private Unix socket under scratchBase, never
// the live database), the restore's tables, then the scratch cluster removed on success, failure and
// cancel (a trap). Only the comparison happens here (DrillRules), so a drill run by the desktop and
// one run by the server's timer are judged alike.
class BackupServerScripts
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::BackupServerScripts)

public:
    // Runs `script` with bash as root (directly, or through `sudo -n`); without passwordless sudo it
    // prints "@@nosudo" and exits kNoSudo. The script travels base64-encoded in the command line: it
    // holds no secret.
    static constexpr int kNoSudo = 125;
    static QString asRoot(const QString &script, const QString &pathFirst = QString());

    // Lists the backup folder and the log the installed nightly script names, the PITR folder's base
    // backups and WAL range (the installed base backup script names it; else BACKUP_DIR/pitr), and the
    // rclone remote's copies (`rclone lsjson`) when the nightly script has one.
    static QString catalogueScript(const BackupServerPaths &paths);
    // The catalogue; backup.missing when the nightly script or its folder does not exist.
    static Result<BackupCatalogue> parseCatalogue(const QString &output);

    // Runs the installed nightly script now (its output is the live output); "@@pid PID PGID" first.
    static QString backupNowScript(const BackupServerPaths &paths);
    // Ends a running script's process group (cancel).
    static QString killScript(qint64 processGroup);
    // "@@pid PID PGID" in a script's output: the process group to end on a cancel; 0 when absent.
    static qint64 processGroupOf(const QString &output);

    // The restore drill of `dumpFile` (empty: the newest dump of the folder). An encrypted dump (.gpg) is
    // decrypted with the secret key the run writes to the script's stdin (ServerScriptRun's standardInput).
    // `resultDir` non-empty: the output goes to a file there instead (the scheduled drill).
    static QString drillScript(const BackupServerPaths &paths, const QString &dumpFile,
                               const QString &resultDir = QString());
    // The step a "@@step" line names, for progress.
    static std::optional<DrillStep> stepOf(const QString &line);
    static QString stepText(DrillStep step);
    // A drill's output judged: its result, or an Error when it did not get as far as a verdict
    // (backup.missing, backup.newer, backup.disk, backup.cancelled, backup.drill).
    static Result<DrillResult> parseDrill(const QString &output, const QString &stackId);

    // Installs the drill script on the server with a monthly schedule (a systemd timer where systemd
    // runs, else a cron file); its results go to resultDir.
    static QString scheduleScript(const BackupServerPaths &paths, int dayOfMonth = 1, int hour = 4,
                                  int minute = 41);
    static QString unscheduleScript(const BackupServerPaths &paths);
    // Prints every result file a scheduled drill left ("@@file PATH" then its text) and marks it pulled.
    static QString pullScript(const BackupServerPaths &paths);
    static QHash<QString, QString> pulledFiles(const QString &output);

    // "@@name" lines split the output into sections (the text after the name on the same line starts it).
    static QHash<QString, QString> sections(const QString &output);
};

} // namespace supadesk
