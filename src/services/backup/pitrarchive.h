// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/pitrrules.h"
#include "core/result.h"
#include "db/pgconninfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace supadesk {

// What a PITR folder (PitrLayout: wal/ and base/STAMP/) holds on this machine.
struct PitrFolder
{
    QString dir;
    QStringList walFiles;              // the archive's file names
    QList<BaseBackupInfo> baseBackups; // those whose folder is still there, oldest first
};

// Reads point-in-time recovery's state: the archiver statistics of a server (over libpq, read-only) and
// a PITR folder's archive and base backups. A base backup counts only while its folder exists (the base
// backup script removes old ones; their history files stay in the archive).
class PitrArchive
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PitrArchive)

public:
    static Result<PitrFolder> readFolder(const QString &dir);
    // archive_mode, archive_command and pg_stat_archiver; sql.connection when the server cannot be reached.
    static Result<ArchiverStats> readArchiver(const PostgresDsn &dsn);
    static Result<PitrStatus> status(const PostgresDsn &dsn, const QString &dir, const QDateTime &now);
};

} // namespace supadesk
