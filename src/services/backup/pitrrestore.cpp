// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitrrestore.h"

#include "core/backup/drillrules.h"
#include "pitrarchive.h"
#include "restoredrill.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>

#include <unistd.h>

namespace supadesk {

namespace {

constexpr int kReplaySeconds = 3600;

Error cancelled()
{
    return Error{ErrorCode::BackupCancelled,
                 PitrRestore::tr("The restore was cancelled; its scratch cluster was removed.")};
}

qint64 folderSize(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

} // namespace

Result<PitrRestoreResult> PitrRestore::run(const PitrRestoreRequest &request, const std::atomic_bool *cancel,
                                           const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    const auto say = [&](const QString &step) {
        if (progress)
            progress(step);
    };
    if (!request.target.isValid())
        return Error{ErrorCode::PitrTarget, tr("No target time was given.")};

    // 1. Which base backup, and is the WAL after it complete?
    say(tr("Reading the archive"));
    const Result<PitrFolder> folder = PitrArchive::readFolder(request.pitrDir);
    if (!folder.ok())
        return folder.error();
    const Result<BaseBackupInfo> chosen =
        PitrRules::chooseBaseBackup(folder.value().baseBackups, request.target);
    if (!chosen.ok())
        return chosen.error();
    PitrRestoreResult result;
    result.base = chosen.value();
    result.target = request.target.toUTC();
    const QString walDir = request.pitrDir + QStringLiteral("/wal");
    const QString baseDir = request.pitrDir + QStringLiteral("/base/") + result.base.folder();
    const QString baseTar = baseDir + QStringLiteral("/base.tar.gz");
    if (!QFileInfo(baseTar).isFile())
        return Error{ErrorCode::BackupMissing, tr("The base backup %1 has no base.tar.gz.").arg(baseDir)};
    const std::optional<QString> gap =
        PitrRules::firstMissingSegment(folder.value().walFiles, result.base.startWal);
    result.evidence << tr("Base backup %1, ended at %2.")
                           .arg(result.base.label, result.base.stopTime.toString(Qt::ISODate));

    const QString binDir = request.binDir.isEmpty() ? RestoreDrill::defaultBinDir() : request.binDir;
    if (!QFileInfo::exists(QDir(binDir).filePath(QStringLiteral("pg_ctl"))))
        return Error{ErrorCode::PitrRestore,
                     tr("No PostgreSQL programs (pg_ctl) were found in %1.").arg(binDir)};

    // 2. Room for the restore.
    const QString scratchBase = request.scratchBase.isEmpty() ? QDir::tempPath() : request.scratchBase;
    if (!QFileInfo(scratchBase).isDir())
        return Error{ErrorCode::BackupMissing, tr("The scratch folder %1 does not exist.").arg(scratchBase)};
    if (const auto disk =
            DrillRules::diskProblem(folderSize(baseDir), QStorageInfo(scratchBase).bytesAvailable()))
        return Error{disk->id, disk->message + QLatin1Char(' ') + tr("(in %1)").arg(scratchBase)};

    // 3. The base backup, unpacked into a private scratch directory.
    say(tr("Unpacking the base backup"));
    auto scratch = std::make_unique<ScratchCluster>(binDir, scratchBase);
    if (const Status made = scratch->create(); !made.ok())
        return Error{ErrorCode::PitrRestore, made.error().message};
    const QString data = scratch->dataDir();
    if (!QDir().mkpath(data + QStringLiteral("/pg_wal")))
        return Error{ErrorCode::PitrRestore, tr("%1 could not be created.").arg(data)};
    for (const QString &tar : {QStringLiteral("base.tar.gz"), QStringLiteral("pg_wal.tar.gz")}) {
        const QString file = baseDir + QLatin1Char('/') + tar;
        if (!QFileInfo(file).isFile())
            continue;
        const QString into =
            tar.startsWith(QLatin1String("pg_wal")) ? data + QStringLiteral("/pg_wal") : data;
        const ScratchCluster::Run unpacked = ScratchCluster::run(
            QStringLiteral("tar"), {QStringLiteral("-xzf"), file, QStringLiteral("-C"), into}, cancel);
        if (unpacked.cancelled)
            return cancelled();
        if (unpacked.exitCode != 0)
            return Error{ErrorCode::PitrRestore,
                         tr("%1 could not be unpacked: %2").arg(file, unpacked.standardError.trimmed())};
    }
    // The source's own settings stay aside: its libraries, ports and archive_command are not the scratch
    // cluster's business (ALTER SYSTEM's file would override the recovery settings).
    QFile::remove(data + QStringLiteral("/postgresql.auto.conf.from-backup"));
    QFile::rename(data + QStringLiteral("/postgresql.auto.conf"),
                  data + QStringLiteral("/postgresql.auto.conf.from-backup"));
    for (const char *stale : {"postmaster.pid", "postmaster.opts", "standby.signal"})
        QFile::remove(data + QLatin1Char('/') + QLatin1String(stale));
    const bool written =
        writeFile(data + QStringLiteral("/postgresql.conf"),
                  PitrRules::recoveryConf(walDir, result.target, scratch->socketDir()).toUtf8()) &&
        writeFile(data + QStringLiteral("/postgresql.auto.conf"), QByteArray()) &&
        writeFile(data + QStringLiteral("/pg_hba.conf"),
                  QByteArrayLiteral("# Point-in-time restore (Supadesk): the private socket only.\n"
                                    "local all all trust\n")) &&
        (QFileInfo::exists(data + QStringLiteral("/pg_ident.conf")) ||
         writeFile(data + QStringLiteral("/pg_ident.conf"), QByteArray())) &&
        writeFile(data + QStringLiteral("/recovery.signal"), QByteArray());
    if (!written)
        return Error{ErrorCode::PitrRestore, tr("The scratch cluster's settings could not be written.")};
    QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (::geteuid() == 0) {
        const ScratchCluster::Run owned =
            ScratchCluster::run(QStringLiteral("chown"),
                                {QStringLiteral("-R"), QStringLiteral("postgres:"), scratch->path()}, cancel);
        if (owned.exitCode != 0)
            return Error{ErrorCode::PitrRestore, tr("The scratch cluster could not be handed to postgres: %1")
                                                     .arg(owned.standardError.trimmed())};
    }
    if (cancel && cancel->load())
        return cancelled();

    // 4. Replay up to the target, then promote.
    say(tr("Replaying WAL up to %1").arg(result.target.toString(Qt::ISODateWithMs)));
    Status started = scratch->launch(cancel, kReplaySeconds);
    // pg_ctl -w returns once the replay is consistent; the end of recovery (promotion, or a FATAL when the
    // target cannot be reached) comes later and is read from the server log.
    QDeadlineTimer replay(kReplaySeconds * 1000LL);
    for (result.outcome = PitrRules::readRecoveryLog(scratch->serverLog());
         started.ok() && result.outcome.kind == RecoveryOutcome::Kind::Failed &&
         result.outcome.fatal.isEmpty();
         result.outcome = PitrRules::readRecoveryLog(scratch->serverLog())) {
        if (cancel && cancel->load())
            return cancelled();
        if (replay.hasExpired() || !QFileInfo::exists(data + QStringLiteral("/postmaster.pid"))) {
            started = Error{ErrorCode::PitrRestore, tr("The server stopped before the replay ended.")};
            result.outcome = PitrRules::readRecoveryLog(scratch->serverLog());
            break;
        }
        QThread::msleep(200);
    }
    if (started.ok() && result.outcome.kind != RecoveryOutcome::Kind::Reached)
        started = Error{ErrorCode::PitrRestore, result.outcome.fatal};
    if (!started.ok()) {
        if (started.error().id == ErrorCode::BackupCancelled)
            return cancelled();
        const QString newest = [&] {
            QString last;
            for (const QString &f : folder.value().walFiles)
                if (PitrRules::isSegment(f) && f > last)
                    last = f;
            return last;
        }();
        switch (result.outcome.kind) {
        case RecoveryOutcome::Kind::TargetNotReached:
            if (gap)
                return Error{
                    ErrorCode::PitrWalMissing,
                    tr("The WAL segment %1 is missing from the archive %2: the replay stopped there, "
                       "before %3. Restore to an earlier time, or find the segment.")
                        .arg(*gap, walDir, result.target.toString(Qt::ISODate))};
            return Error{
                ErrorCode::PitrTarget,
                tr("The archive ends before %1 (its newest WAL segment is %2): pick an earlier time, "
                   "or wait until the WAL of that time is archived.")
                    .arg(result.target.toString(Qt::ISODate), newest)};
        case RecoveryOutcome::Kind::BeforeConsistent:
            return Error{ErrorCode::PitrTarget,
                         tr("%1 is before the base backup %2 was complete: pick a later time.")
                             .arg(result.target.toString(Qt::ISODate), result.base.label)};
        case RecoveryOutcome::Kind::Reached:
        case RecoveryOutcome::Kind::Failed:
            break;
        }
        return Error{ErrorCode::PitrRestore, tr("The replay failed: %1")
                                                 .arg(result.outcome.fatal.isEmpty() ? started.error().message
                                                                                     : result.outcome.fatal)};
    }
    if (!result.outcome.stoppedAt.isEmpty())
        result.evidence << result.outcome.stoppedAt;
    if (!result.outcome.lastTransaction.isEmpty())
        result.evidence << result.outcome.lastTransaction;
    if (gap)
        result.evidence
            << tr("The archive lacks %1, after the target: later times cannot be restored.").arg(*gap);
    result.evidence << tr("Restored into a scratch cluster on the socket %1.").arg(scratch->socketDir());
    result.cluster = std::move(scratch);
    result.durationMs = clock.elapsed();
    return result;
}

} // namespace supadesk
