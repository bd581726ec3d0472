// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredrill.h"

#include "core/backup/drillrules.h"
#include "db/drillinventory.h"
#include "db/pgconninfo.h"
#include "scratchcluster.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QStorageInfo>

#include <algorithm>

namespace supadesk {

namespace {

QString connectionName(const char *side)
{
    static QAtomicInt counter;
    return QStringLiteral("supadesk-drill-%1-%2").arg(QLatin1String(side)).arg(counter.fetchAndAddRelaxed(1));
}

Error cancelled()
{
    return Error{ErrorCode::BackupCancelled,
                 RestoreDrill::tr("The drill was cancelled; its scratch cluster was removed.")};
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// A QPSQL connection that is removed with this object (the connection must be closed first).
class Connection
{
public:
    explicit Connection(const char *side) : m_name(connectionName(side)) {}
    ~Connection()
    {
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

} // namespace

QString RestoreDrill::defaultBinDir()
{
    const QDir debian(QStringLiteral("/usr/lib/postgresql"));
    int best = 0;
    for (const QString &entry : debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int major = entry.toInt(&ok);
        if (ok && major > best && QFileInfo::exists(debian.filePath(entry + QStringLiteral("/bin/initdb"))))
            best = major;
    }
    if (best > 0)
        return debian.filePath(QString::number(best) + QStringLiteral("/bin"));
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_restore"));
    return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
}

int RestoreDrill::majorOf(const QString &binDir)
{
    // "pg_restore (PostgreSQL) 15.10 (Debian 15.10-0+deb12u1)"
    const ScratchCluster::Run r = ScratchCluster::run(QDir(binDir).filePath(QStringLiteral("pg_restore")),
                                                      {QStringLiteral("--version")}, nullptr, false, 30000);
    return r.exitCode == 0 ? DrillRules::majorOf(r.standardOutput.section(QLatin1Char(')'), 1)) : 0;
}

Result<DrillResult> RestoreDrill::run(const DrillRequest &request, const std::atomic_bool *cancel,
                                      const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    const auto say = [&](const QString &step) {
        if (progress)
            progress(step);
    };
    DrillResult result;
    result.stackId = request.stackId;
    result.dumpFile = request.dumpFile;
    result.globalsFile = request.globalsFile;
    result.startedAt = QDateTime::currentDateTimeUtc();

    const QFileInfo dump(request.dumpFile);
    if (!dump.isFile())
        return Error{ErrorCode::BackupMissing, tr("The dump %1 does not exist.").arg(request.dumpFile)};
    if (!request.globalsFile.isEmpty() && !QFileInfo(request.globalsFile).isFile())
        return Error{ErrorCode::BackupMissing,
                     tr("The globals file %1 does not exist.").arg(request.globalsFile)};
    const QString binDir = request.binDir.isEmpty() ? defaultBinDir() : request.binDir;
    const int restoreMajor = majorOf(binDir);
    if (restoreMajor == 0)
        return Error{ErrorCode::BackupDrill,
                     tr("No PostgreSQL programs (initdb, pg_ctl, pg_restore) were found in %1.").arg(binDir)};

    // 1. The archive's header: what made it, and whether this PostgreSQL can read it.
    say(tr("Reading the dump's table of contents"));
    const ScratchCluster::Run listing =
        ScratchCluster::run(QDir(binDir).filePath(QStringLiteral("pg_restore")),
                            {QStringLiteral("--list"), request.dumpFile}, cancel);
    if (listing.cancelled)
        return cancelled();
    if (listing.exitCode != 0) {
        const QString why = listing.standardError.trimmed();
        if (DrillRules::isUnsupportedArchive(why))
            return Error{ErrorCode::BackupNewer,
                         tr("PostgreSQL %1's pg_restore cannot read %2, which a newer pg_dump wrote: %3")
                             .arg(restoreMajor)
                             .arg(request.dumpFile, why)};
        result.restoreErrors = DrillRules::errorLines(why);
        if (result.restoreErrors.isEmpty())
            result.restoreErrors << why;
        result.evidence << tr("pg_restore cannot read the dump %1: %2")
                               .arg(request.dumpFile, result.restoreErrors.first());
        result.status = DrillResult::Status::Fail;
        result.durationMs = clock.elapsed();
        return result;
    }
    const Result<DumpToc> toc = DrillRules::parseToc(listing.standardOutput);
    if (!toc.ok())
        return toc.error();
    if (const auto newer = DrillRules::versionProblem(toc.value(), restoreMajor))
        return *newer;
    result.dumpCreatedAt = toc.value().createdAt;
    result.dumpedFrom = toc.value().dumpedFrom;

    // 2. Room for the restore.
    const QString base = request.scratchBase.isEmpty() ? QDir::tempPath() : request.scratchBase;
    if (!QFileInfo(base).isDir())
        return Error{ErrorCode::BackupMissing, tr("The scratch folder %1 does not exist.").arg(base)};
    const QStorageInfo storage(base);
    if (const auto disk = DrillRules::diskProblem(dump.size(), storage.bytesAvailable()))
        return Error{disk->id, disk->message + QLatin1Char(' ') + tr("(in %1)").arg(base)};

    // 3. The live side, read before the restore so that "changed since the dump" is as small as it gets.
    say(tr("Counting the live database's tables"));
    Connection liveName("live");
    QList<DrillSideTable> liveTables;
    {
        QSqlDatabase live = PgConnInfo::addConnection(
            request.live, liveName.name(),
            QStringLiteral("application_name=supadesk-drill;connect_timeout=15;"
                           "options='-c default_transaction_read_only=on -c statement_timeout=600000'"));
        if (!live.open())
            return Error{ErrorCode::BackupDrill, tr("The live database %1 could not be reached: %2")
                                                     .arg(request.live.redacted(), live.lastError().text())};
        const QDateTime since = result.dumpCreatedAt.isValid() ? result.dumpCreatedAt
                                                               : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        const Result<QList<DrillSideTable>> read = DrillInventory(live).tables(since, cancel);
        live.close();
        if (!read.ok())
            return read.error().id == ErrorCode::BackupCancelled ? cancelled() : read.error();
        liveTables = read.value();
    }
    if (isCancelled(cancel))
        return cancelled();

    // 4. The scratch cluster, removed by its destructor whatever happens below.
    say(tr("Creating the scratch cluster"));
    ScratchCluster scratch(binDir, base);
    if (const Status started = scratch.start(cancel); !started.ok())
        return started.error().id == ErrorCode::BackupCancelled ? cancelled() : started.error();
    result.evidence << tr("Scratch cluster: PostgreSQL %1 in %2.").arg(restoreMajor).arg(scratch.path());

    const QStringList connect{QStringLiteral("-h"), scratch.socketDir(), QStringLiteral("-U"),
                              QStringLiteral("postgres"), QStringLiteral("--no-password")};
    if (!request.globalsFile.isEmpty()) {
        say(tr("Restoring the roles and globals"));
        QFile globals(request.globalsFile);
        if (!globals.open(QIODevice::ReadOnly))
            return Error{ErrorCode::BackupMissing,
                         tr("The globals file %1 cannot be read.").arg(request.globalsFile)};
        result.roles = DrillRules::rolesOf(QString::fromUtf8(globals.readAll()));
        const ScratchCluster::Run psql = ScratchCluster::run(
            scratch.tool(QStringLiteral("psql")),
            connect + QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                                  QStringLiteral("postgres"), QStringLiteral("-f"), request.globalsFile},
            cancel);
        if (psql.cancelled)
            return cancelled();
        result.restoreErrors += DrillRules::errorLines(psql.standardError);
        if (psql.exitCode != 0 && result.restoreErrors.isEmpty())
            result.restoreErrors << psql.standardError.trimmed();
    }

    say(tr("Restoring the dump"));
    QStringList restoreArgs = connect + QStringList{QStringLiteral("-d"), QStringLiteral("postgres")};
    if (request.globalsFile.isEmpty())
        restoreArgs << QStringLiteral("--no-owner") << QStringLiteral("--no-privileges");
    restoreArgs << request.dumpFile;
    const ScratchCluster::Run restore =
        ScratchCluster::run(scratch.tool(QStringLiteral("pg_restore")), restoreArgs, cancel);
    if (restore.cancelled)
        return cancelled();
    QStringList restoreErrors = DrillRules::errorLines(restore.standardError);
    if (restore.exitCode != 0 && restoreErrors.isEmpty())
        restoreErrors << tr("pg_restore exited with status %1: %2")
                             .arg(restore.exitCode)
                             .arg(restore.standardError.trimmed());
    result.restoreErrors += restoreErrors;

    // 5. The restore's side.
    say(tr("Comparing the restore with the live database"));
    Connection scratchName("scratch");
    {
        PostgresDsn dsn;
        dsn.host = scratch.socketDir();
        dsn.port = 5432;
        dsn.user = QStringLiteral("postgres");
        dsn.database = QStringLiteral("postgres");
        QSqlDatabase db = PgConnInfo::addConnection(dsn, scratchName.name(),
                                                    QStringLiteral("application_name=supadesk-drill"));
        if (!db.open())
            return Error{ErrorCode::BackupDrill,
                         tr("The scratch cluster could not be reached: %1").arg(db.lastError().text())};
        const DrillInventory inventory(db);
        const Result<QList<DrillSideTable>> restored = inventory.tables({}, cancel);
        if (!restored.ok()) {
            db.close();
            return restored.error().id == ErrorCode::BackupCancelled ? cancelled() : restored.error();
        }
        result.tables = DrillRules::compareTables(liveTables, restored.value());
        if (!result.roles.isEmpty()) {
            const Result<QStringList> roles = inventory.roles();
            if (!roles.ok()) {
                db.close();
                return roles.error();
            }
            for (const QString &role : std::as_const(result.roles))
                if (!roles.value().contains(role))
                    result.missingRoles << role;
        }
        for (const QString &sql : request.queries) {
            if (isCancelled(cancel))
                break;
            say(tr("Running the query %1").arg(sql));
            result.queries << inventory.query(sql);
        }
        db.close();
    }
    if (isCancelled(cancel))
        return cancelled();

    say(tr("Removing the scratch cluster"));
    scratch.remove();
    DrillRules::judge(result);
    result.evidence << tr("The scratch cluster was removed.");
    result.durationMs = clock.elapsed();
    return result;
}

} // namespace supadesk
