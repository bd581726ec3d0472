// SPDX-License-Identifier: GPL-3.0-or-later
// Point-in-time recovery end to end on a real PostgreSQL 15 cluster of the test's own: archiving turned
// on with the generated ALTER SYSTEM and a restart, the archive folder made by pitr-setup.sh, base backups
// taken by pitr-basebackup.sh (there is no Docker engine here: `docker exec` is a stand-in that runs the
// command on this host as the given user), rows at T1 and more at T2, and a restore to T1 into a scratch
// cluster holding exactly the T1 rows. A target before the base backup or past the archive is pitr.target,
// a segment taken out of the archive is named (pitr.wal.missing), old base backups and the WAL they
// needed are pruned, and an archive folder postgres cannot write turns pg_stat_archiver's verdict red.
#include "../setup/scratchpostgres.h"
#include "core/backup/pitrrules.h"
#include "services/backup/pitrarchive.h"
#include "services/backup/pitrrestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QtTest>

using namespace supadesk;

namespace {

const char kDockerStandIn[] = R"SH(#!/usr/bin/env bash
# docker exec [-i] [-u USER] [-e K=V | -e K]... CONTAINER COMMAND...: runs COMMAND on this host as USER.
[ "$1" = exec ] || exit 64
shift
vars=()
user=root
while [ $# -gt 0 ]; do
    case "$1" in
    -i) shift ;;
    -u) user=$2; shift 2 ;;
    -e)
        case $2 in
        *=*) vars+=("$2") ;;
        *) vars+=("$2=${!2-}") ;;
        esac
        shift 2
        ;;
    *) break ;;
    esac
done
echo "$1 $user" >>"$(dirname "$0")/containers"
shift
if [ "$user" = root ]; then
    exec env "${vars[@]}" "$@"
fi
exec runuser -u "$user" -- env "${vars[@]}" "$@"
)SH";

} // namespace

class TestPitr : public QObject
{
    Q_OBJECT

    ScratchPostgres m_pg;
    QTemporaryDir m_tools;
    PitrLayout m_layout;
    QDateTime m_t1;

    QString pitrDir() const { return m_pg.path() + QStringLiteral("/pitr"); }

    ScratchPostgres::Run script(const QString &name, const QString &text)
    {
        const QString path = m_tools.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text.toUtf8());
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_tools.filePath(QStringLiteral("bin")) + QLatin1Char(':') +
                                               QStringLiteral("/usr/lib/postgresql/15/bin:") +
                                               env.value(QStringLiteral("PATH")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), {path});
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString sql(const QString &statement)
    {
        const ScratchPostgres::Run r = m_pg.psql({statement});
        if (r.code != 0)
            qWarning("psql: %s", qPrintable(r.err));
        return r.out.trimmed();
    }

    // Switches to a new segment and waits until the archiver has taken the old one.
    bool switchAndArchive()
    {
        const QString segment = sql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        for (int i = 0; i < 300; ++i) {
            if (QFile::exists(m_layout.walDir() + QLatin1Char('/') + segment))
                return true;
            QThread::msleep(100);
        }
        qWarning("%s was not archived", qPrintable(segment));
        return false;
    }

    int restoredCount(const PitrRestoreResult &restored, const QString &query)
    {
        const ScratchPostgres::Run r = ScratchPostgres::run(
            ScratchPostgres::bin(QStringLiteral("psql")),
            {QStringLiteral("-h"), restored.socketDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("-XAt"), QStringLiteral("-c"), query, QStringLiteral("postgres")});
        if (r.code != 0)
            qWarning("psql on the restore: %s", qPrintable(r.err));
        return r.code == 0 ? r.out.trimmed().toInt() : -1;
    }

    static ScratchPostgres::Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUPADESK_CLI_PATH), args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList baseBackups() const
    {
        return QDir(m_layout.baseDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(ScratchPostgres::bin(QStringLiteral("pg_basebackup"))));
        QVERIFY(m_pg.isValid() && m_tools.isValid());
        QVERIFY2(m_pg.init(), qPrintable(m_pg.lastError()));
        QVERIFY(m_pg.start());
        QDir().mkpath(m_tools.filePath(QStringLiteral("bin")));
        QFile docker(m_tools.filePath(QStringLiteral("bin/docker")));
        QVERIFY(docker.open(QIODevice::WriteOnly));
        docker.write(kDockerStandIn);
        docker.close();
        docker.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile env(m_tools.filePath(QStringLiteral(".env")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("POSTGRES_PASSWORD=\"unused-with-trust\"\n");
        env.close();

        // The container and the host see the same folder here; the mount is docker-compose's business.
        m_layout.hostDir = pitrDir();
        m_layout.containerDir = pitrDir();
        m_layout.dbHost = m_pg.socketDir();
        m_layout.dbUser = QStringLiteral("postgres");
        m_layout.envFile = env.fileName();
        m_layout.logFile = m_tools.filePath(QStringLiteral("log/pitr.log"));
        m_layout.keepBaseBackups = 2;

        const ScratchPostgres::Run setup =
            script(QStringLiteral("pitr-setup.sh"), PitrRules::setupScript(m_layout).value());
        QVERIFY2(setup.code == 0, qPrintable(setup.out + setup.err));
        QVERIFY(QFileInfo(m_layout.walDir()).isDir());
        QCOMPARE(QFileInfo(m_layout.walDir()).owner(), QStringLiteral("postgres"));

        // Archiving before it is on: off.
        PostgresDsn dsn;
        dsn.host = m_pg.socketDir();
        dsn.user = QStringLiteral("postgres");
        dsn.database = QStringLiteral("postgres");
        const Result<PitrStatus> before =
            PitrArchive::status(dsn, pitrDir(), QDateTime::currentDateTimeUtc());
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message));
        QCOMPARE(before.value().state, PitrStatus::State::Off);

        // ALTER SYSTEM, then the restart archive_mode needs.
        // As the bundle's tuning.sql is applied: a file through psql (ALTER SYSTEM refuses a transaction).
        QFile archiveSql(m_pg.path() + QStringLiteral("/archive.sql"));
        QVERIFY(archiveSql.open(QIODevice::WriteOnly));
        archiveSql.write(PitrRules::archiveSql(m_layout).toUtf8());
        archiveSql.close();
        ScratchPostgres::handOver(archiveSql.fileName());
        const ScratchPostgres::Run altered = m_pg.psql({}, {QStringLiteral("-f"), archiveSql.fileName()});
        QVERIFY2(altered.code == 0, qPrintable(altered.err));
        QCOMPARE(sql(QStringLiteral("SELECT pending_restart FROM pg_settings WHERE name = 'archive_mode'")),
                 QStringLiteral("t"));
        QVERIFY(m_pg.stop());
        QVERIFY(m_pg.start());
        QCOMPARE(sql(QStringLiteral("SHOW archive_mode")), QStringLiteral("on"));
        QVERIFY(switchAndArchive());
    }

    void restoresExactlyTheRowsOfT1()
    {
        const ScratchPostgres::Run base =
            script(QStringLiteral("pitr-basebackup.sh"), PitrRules::baseBackupScript(m_layout).value());
        QVERIFY2(base.code == 0, qPrintable(base.out + base.err));
        QCOMPARE(baseBackups().size(), 1);
        QVERIFY(QFile::exists(m_layout.baseDir() + QLatin1Char('/') + baseBackups().first() +
                              QStringLiteral("/base.tar.gz")));

        sql(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, phase text)"));
        sql(QStringLiteral("INSERT INTO orders SELECT g, 't1' FROM generate_series(1, 3) g"));
        QThread::msleep(1100);
        m_t1 = QDateTime::currentDateTimeUtc();
        QThread::msleep(1100);
        sql(QStringLiteral("INSERT INTO orders SELECT g, 't2' FROM generate_series(4, 5) g"));
        QThread::msleep(1100);
        const QDateTime t2 = QDateTime::currentDateTimeUtc();
        QThread::msleep(1100);
        // Replay stops at the first commit after the target: something must come after it.
        sql(QStringLiteral("CREATE TABLE later (x int)"));
        QVERIFY(switchAndArchive());

        Result<PitrRestoreResult> restored = PitrRestore::run({pitrDir(), m_t1, {}, {}}, nullptr);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        QCOMPARE(restoredCount(restored.value(), QStringLiteral("SELECT count(*) FROM orders")), 3);
        QCOMPARE(
            restoredCount(restored.value(), QStringLiteral("SELECT count(*) FROM orders WHERE phase = 't1'")),
            3);
        QCOMPARE(restoredCount(restored.value(), QStringLiteral("SELECT pg_is_in_recovery()::int")), 0);
        QVERIFY(!restored.value().outcome.stoppedAt.isEmpty());
        // The live database was not touched.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("5"));
        const QString scratch = restored.value().socketDir();
        QVERIFY(QFileInfo::exists(scratch));
        {
            const PitrRestoreResult gone = std::move(restored).value();
        }
        QVERIFY(!QFileInfo::exists(scratch));

        const Result<PitrRestoreResult> atT2 = PitrRestore::run({pitrDir(), t2, {}, {}}, nullptr);
        QVERIFY2(atT2.ok(), qPrintable(atT2.ok() ? QString() : atT2.error().message));
        QCOMPARE(restoredCount(atT2.value(), QStringLiteral("SELECT count(*) FROM orders")), 5);
        QCOMPARE(restoredCount(atT2.value(),
                               QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'later'")),
                 0);
    }

    // The same through supadesk-cli: the local form with --dsn and --data-dir.
    void cliReportsAndRestores()
    {
        const QString dsn = QStringLiteral("postgresql://postgres@/postgres?host=") + m_pg.socketDir();
        const ScratchPostgres::Run status =
            cli({QStringLiteral("pitr"), QStringLiteral("status"), QStringLiteral("--dsn"), dsn,
                 QStringLiteral("--data-dir"), pitrDir(), QStringLiteral("--json")});
        QVERIFY2(status.code == 0, qPrintable(status.out + status.err));
        const QJsonObject state = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(state.value(QStringLiteral("baseBackups")).toArray().size(), 1);

        const ScratchPostgres::Run restored =
            cli({QStringLiteral("pitr"), QStringLiteral("restore"), QStringLiteral("--data-dir"), pitrDir(),
                 QStringLiteral("--target-time"), m_t1.toString(Qt::ISODateWithMs), QStringLiteral("--into"),
                 QStringLiteral("scratch"), QStringLiteral("--query"),
                 QStringLiteral("SELECT count(*), min(phase), max(phase) FROM orders"),
                 QStringLiteral("--json")});
        QVERIFY2(restored.code == 0, qPrintable(restored.out + restored.err));
        const QJsonObject result = QJsonDocument::fromJson(restored.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("queries"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("rows")),
                 QJsonValue(QJsonArray{QStringLiteral("3\tt1\tt1")}));

        const ScratchPostgres::Run live =
            cli({QStringLiteral("pitr"), QStringLiteral("restore"), QStringLiteral("--data-dir"), pitrDir(),
                 QStringLiteral("--target-time"), m_t1.toString(Qt::ISODateWithMs), QStringLiteral("--into"),
                 QStringLiteral("live")});
        QCOMPARE(live.code, 2);
        const ScratchPostgres::Run early =
            cli({QStringLiteral("pitr"), QStringLiteral("restore"), QStringLiteral("--data-dir"), pitrDir(),
                 QStringLiteral("--target-time"), QStringLiteral("2000-01-01T00:00:00Z"),
                 QStringLiteral("--into"), QStringLiteral("scratch"), QStringLiteral("--json")});
        QCOMPARE(early.code, 2);
        QCOMPARE(
            QJsonDocument::fromJson(early.out.toUtf8()).object().value(QStringLiteral("code")).toString(),
            QStringLiteral("pitr.target"));
    }

    void targetBeforeTheBaseBackupIsRefused()
    {
        const Result<PitrRestoreResult> early =
            PitrRestore::run({pitrDir(), QDateTime::currentDateTimeUtc().addDays(-1), {}, {}}, nullptr);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, QStringLiteral("pitr.target"));
        QVERIFY2(early.error().message.contains(QLatin1String("supadesk-")),
                 qPrintable(early.error().message));
    }

    void targetPastTheArchiveIsRefused()
    {
        const Result<PitrRestoreResult> future =
            PitrRestore::run({pitrDir(), QDateTime::currentDateTimeUtc().addSecs(3600), {}, {}}, nullptr);
        QVERIFY(!future.ok());
        QCOMPARE(future.error().code, QStringLiteral("pitr.target"));
    }

    void aMissingSegmentIsNamed()
    {
        const QString lost = sql(QStringLiteral("SELECT pg_walfile_name(pg_current_wal_lsn())"));
        sql(QStringLiteral("INSERT INTO orders VALUES (6, 't3')"));
        QVERIFY(switchAndArchive());
        sql(QStringLiteral("INSERT INTO orders VALUES (7, 't3')"));
        QThread::msleep(1100);
        const QDateTime t3 = QDateTime::currentDateTimeUtc();
        QThread::msleep(1100);
        sql(QStringLiteral("INSERT INTO orders VALUES (8, 't4')"));
        QVERIFY(switchAndArchive());
        const QString path = m_layout.walDir() + QLatin1Char('/') + lost;
        const QString aside = m_tools.filePath(lost);
        QVERIFY(QFile::rename(path, aside));
        const Result<PitrRestoreResult> restored = PitrRestore::run({pitrDir(), t3, {}, {}}, nullptr);
        QVERIFY(QFile::copy(aside, path));
        ScratchPostgres::handOver(path);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().code, QStringLiteral("pitr.wal.missing"));
        QVERIFY2(restored.error().message.contains(lost), qPrintable(restored.error().message));
    }

    void oldBaseBackupsAndTheirWalArePruned()
    {
        const QString firstWal =
            QDir(m_layout.walDir()).entryList({QStringLiteral("0*")}, QDir::Files, QDir::Name).first();
        for (int i = 0; i < 2; ++i) {
            QThread::msleep(1100); // one base backup per second: the folder is named by the second
            const ScratchPostgres::Run base =
                script(QStringLiteral("pitr-basebackup.sh"), PitrRules::baseBackupScript(m_layout).value());
            QVERIFY2(base.code == 0, qPrintable(base.out + base.err));
            QThread::msleep(500); // the history file reaches the archive just after pg_basebackup ends
        }
        QCOMPARE(baseBackups().size(), 2);
        const Result<PitrFolder> folder = PitrArchive::readFolder(pitrDir());
        QVERIFY(folder.ok());
        QCOMPARE(folder.value().baseBackups.size(), 2);
        QStringList segments;
        for (const QString &f : folder.value().walFiles)
            if (PitrRules::isSegment(f))
                segments << f;
        QVERIFY(!segments.contains(firstWal));
        QVERIFY2(
            segments.first() >= folder.value().baseBackups.first().startWal,
            qPrintable(segments.first() + QLatin1Char(' ') + folder.value().baseBackups.first().startWal));
        QFile log(m_layout.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QLatin1String("removed base backup")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("removed")) && text.contains(QLatin1String("WAL before")),
                 qPrintable(text));
    }

    // The batch `pitr status --stack` runs on a server, run here with the docker stand-in: it reads what
    // the local form reads.
    void theServerBatchReadsTheSame()
    {
        m_pg.psql({QStringLiteral("CREATE ROLE supabase_admin SUPERUSER LOGIN")});
        QFile batch(m_tools.filePath(QStringLiteral("status.sh")));
        QVERIFY(batch.open(QIODevice::WriteOnly));
        batch.write(PitrRules::statusCommand(m_layout).toUtf8());
        batch.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_tools.filePath(QStringLiteral("bin")) + QLatin1Char(':') +
                                               QStringLiteral("/usr/lib/postgresql/15/bin:") +
                                               env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("PGHOST"), m_pg.socketDir());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"), {batch.fileName()});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const PitrServerReading reading = PitrRules::parseStatus(out);
        QVERIFY2(reading.error.isEmpty(), qPrintable(reading.error));
        QCOMPARE(reading.archiver.archiveMode, QStringLiteral("on"));
        QCOMPARE(reading.archiver.archiveCommand, PitrRules::archiveCommand(m_layout.containerWalDir()));
        QVERIFY(reading.archiver.archivedCount > 0);
        QVERIFY(reading.archiver.lastArchivedTime.isValid());
        const PitrFolder folder = PitrArchive::readFolder(pitrDir()).value();
        QCOMPARE(reading.walFiles, folder.walFiles);
        QCOMPARE(reading.baseBackups.size(), folder.baseBackups.size());
        QCOMPARE(PitrRules::evaluate(reading.archiver, reading.walFiles, reading.baseBackups,
                                     QDateTime::currentDateTimeUtc())
                     .state,
                 PitrStatus::State::Ok);
    }

    void anUnwritableArchiveIsRed()
    {
        PostgresDsn dsn;
        dsn.host = m_pg.socketDir();
        dsn.user = QStringLiteral("postgres");
        dsn.database = QStringLiteral("postgres");
        const Result<PitrStatus> good = PitrArchive::status(dsn, pitrDir(), QDateTime::currentDateTimeUtc());
        QVERIFY(good.ok());
        QCOMPARE(good.value().state, PitrStatus::State::Ok);

        QVERIFY(QFile::setPermissions(m_layout.walDir(), QFileDevice::Permissions()));
        sql(QStringLiteral("INSERT INTO orders VALUES (9, 't5')")); // a switch needs something to switch from
        const QString segment = sql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        Result<PitrStatus> status = good;
        for (int i = 0; i < 100 && status.ok() && status.value().state != PitrStatus::State::Failing; ++i) {
            QThread::msleep(100);
            status = PitrArchive::status(dsn, pitrDir(), QDateTime::currentDateTimeUtc());
        }
        const ScratchPostgres::Run red =
            cli({QStringLiteral("pitr"), QStringLiteral("status"), QStringLiteral("--dsn"),
                 QStringLiteral("postgresql://postgres@/postgres?host=") + m_pg.socketDir(),
                 QStringLiteral("--data-dir"), pitrDir()});
        QFile::setPermissions(m_layout.walDir(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(status.ok());
        QCOMPARE(status.value().state, PitrStatus::State::Failing);
        QVERIFY2(status.value().summary.contains(segment), qPrintable(status.value().summary));
        QCOMPARE(PitrRules::toJson(status.value()).value(QStringLiteral("state")).toString(),
                 QStringLiteral("failing"));
        QCOMPARE(red.code, 1);
        QVERIFY2(red.out.contains(segment), qPrintable(red.out));
    }
};

QTEST_GUILESS_MAIN(TestPitr)
#include "tst_pitr.moc"
