// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitrarchive.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace supadesk {

Result<PitrFolder> PitrArchive::readFolder(const QString &dir)
{
    PitrFolder folder;
    folder.dir = dir;
    const QDir wal(dir + QStringLiteral("/wal"));
    if (!wal.exists())
        return Error{ErrorCode::BackupMissing,
                     tr("%1 holds no WAL archive (wal/): is point-in-time recovery set up?").arg(dir)};
    folder.walFiles = wal.entryList(QDir::Files, QDir::Name);
    const QDir base(dir + QStringLiteral("/base"));
    for (const QString &name : std::as_const(folder.walFiles)) {
        if (!name.endsWith(QLatin1String(".backup")))
            continue;
        QFile file(wal.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto info = PitrRules::parseBackupHistory(name, QString::fromUtf8(file.readAll()));
        if (info && !info->label.isEmpty() && base.exists(info->folder()))
            folder.baseBackups << *info;
    }
    std::sort(folder.baseBackups.begin(), folder.baseBackups.end(),
              [](const BaseBackupInfo &a, const BaseBackupInfo &b) { return a.stopTime < b.stopTime; });
    return folder;
}

Result<ArchiverStats> PitrArchive::readArchiver(const PostgresDsn &dsn)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("supadesk-pitr-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<ArchiverStats> result = Error{ErrorCode::SqlConnection, QString()};
    {
        QSqlDatabase db =
            PgConnInfo::addConnection(dsn, name,
                                      QStringLiteral("application_name=supadesk-pitr;connect_timeout=15;"
                                                     "options='-c default_transaction_read_only=on'"));
        if (!db.open()) {
            result = Error{
                ErrorCode::SqlConnection,
                tr("The database %1 could not be reached: %2").arg(dsn.redacted(), db.lastError().text())};
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral(
                    "SELECT current_setting('archive_mode'), current_setting('archive_command'), "
                    "archived_count, coalesce(last_archived_wal, ''), last_archived_time, failed_count, "
                    "coalesce(last_failed_wal, ''), last_failed_time FROM pg_stat_archiver")) ||
                !q.next()) {
                result = Error{ErrorCode::SqlFailed,
                               tr("pg_stat_archiver could not be read: %1").arg(q.lastError().text())};
            } else {
                ArchiverStats a;
                a.archiveMode = q.value(0).toString();
                a.archiveCommand = q.value(1).toString();
                a.archivedCount = q.value(2).toLongLong();
                a.lastArchivedWal = q.value(3).toString();
                a.lastArchivedTime = q.value(4).toDateTime().toUTC();
                a.failedCount = q.value(5).toLongLong();
                a.lastFailedWal = q.value(6).toString();
                a.lastFailedTime = q.value(7).toDateTime().toUTC();
                result = a;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<PitrStatus> PitrArchive::status(const PostgresDsn &dsn, const QString &dir, const QDateTime &now)
{
    const Result<ArchiverStats> archiver = readArchiver(dsn);
    if (!archiver.ok())
        return archiver.error();
    PitrFolder folder;
    const Result<PitrFolder> read = readFolder(dir);
    if (read.ok())
        folder = read.value();
    PitrStatus status = PitrRules::evaluate(archiver.value(), folder.walFiles, folder.baseBackups, now);
    if (!read.ok())
        status.evidence << read.error().message;
    return status;
}

} // namespace supadesk
