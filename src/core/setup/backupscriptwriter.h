// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

struct BackupOptions
{
    QString scriptPath = QStringLiteral("/usr/local/sbin/supabase-backup.sh");
    QString backupDir = QStringLiteral("/var/backups/supabase");
    QString logFile = QStringLiteral("/var/log/supabase-backup.log");
    QString envFile = QStringLiteral("/opt/supabase/supabase/docker/.env");
    QString container = QStringLiteral("supabase-db");
    QString dbHost = QStringLiteral("localhost"); // as seen inside the container
    int dbPort = 5432;
    QString dbName = QStringLiteral("postgres");
    QString dbUser = QStringLiteral("postgres");
    int retentionDays = 14;
    QString rcloneRemote; // e.g. "b2:my-bucket/supabase"; empty: no off-site copy
    int hour = 3;
    int minute = 17;
};

// backup.sh and its crontab line: a custom-format pg_dump taken inside the db container, checked with
// pg_restore --list before it counts, the roles beside it (pg_dumpall --globals-only, as
// DB-STAMP.globals.sql), its size logged, old dumps removed after the retention period, optionally
// copied off-site with rclone.
class BackupScriptWriter
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::BackupScriptWriter)

public:
    // Paths may contain any character (they are quoted); names are plain words. The database
    // password is read from ENV_FILE at run time and never appears in a command line.
    static Result<QString> script(const BackupOptions &options);
    // One line for root's crontab, marked so that installing it again replaces it. For options that
    // script() accepts.
    static QString crontabLine(const BackupOptions &options);
    static QString crontabMarker() { return QStringLiteral("# supadesk-backup"); }
};

} // namespace supadesk
