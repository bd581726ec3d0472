// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
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
    // The Storage files volume (Supabase's compose mounts ./volumes/storage beside the .env); empty: that
    // folder beside envFile. Archived as storage-STAMP.tar.gz unless backupStorage is false.
    bool backupStorage = true;
    QString storageDir;
    // A gpg public key on the server; non-empty: every file is encrypted to it (gpg --recipient-file)
    // before it is kept or copied, and ends in .gpg. The secret key never reaches the server's disk.
    QString encryptKeyFile;
    QByteArray encryptPublicKey; // its ASCII-armoured text, installed there by the Setup wizard
    int hour = 3;
    int minute = 17;
};

// backup.sh and its crontab line: a custom-format pg_dump taken inside the db container, checked with
// pg_restore --list before it counts, the roles beside it (pg_dumpall --globals-only, as
// DB-STAMP.globals.sql), the Storage files volume (storage-STAMP.tar.gz), their sizes logged, optionally
// encrypted with gpg to a public key, old files removed after the retention period, optionally copied
// off-site with rclone.
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
    // The Storage folder the script archives for these options (empty: none).
    static QString storageDirOf(const BackupOptions &options);
    // Where the Setup wizard puts the backup key's public half on the server (/etc: it exists already).
    static QString defaultKeyFile() { return QStringLiteral("/etc/supabase-backup-key.asc"); }
};

} // namespace supadesk
