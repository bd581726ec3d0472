// SPDX-License-Identifier: GPL-3.0-or-later
// A stack's backups on its server, over a real SSH session (the harness's sshd) against the harness's real
// PostgreSQL 15: the nightly script (BackupScriptWriter's) runs as "Back up now" and its output streams; the
// catalogue lists its dump and globals with the log's result; the restore drill runs on the server into a
// scratch cluster and passes, fails naming a table dropped since the dump, says how much disk it needs, is
// refused for a missing folder, and a cancel removes its scratch cluster. `docker exec` is a stand-in that
// runs the command on this host and records its arguments: no password appears in any of them.
#include "core/backup/backupserverscripts.h"
#include "core/backup/pitrrules.h"
#include "core/setup/backupscriptwriter.h"
#include "harness/harnessstack.h"
#include "harness/testenv.h"
#include "services/backup/serverscriptrun.h"
#include "services/stackconnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace supadesk;

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

int psql(const QString &sql, const QString &database, QString *error = nullptr)
{
    QProcess p;
    p.start(kBin + QStringLiteral("psql"),
            {QStringLiteral("-h"), testenv::value("SUPADESK_TEST_PG_HOST"), QStringLiteral("-p"),
             testenv::value("SUPADESK_TEST_PG_PORT"), QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql, database});
    p.waitForFinished(60000);
    if (error)
        *error = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool write(const QString &path, const QByteArray &data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), executable ? 0755 : 0644) == 0;
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("supadesk-drill-*")}, QDir::Dirs | QDir::Hidden);
}

} // namespace

class TestServerBackups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    BackupServerPaths m_paths;
    std::unique_ptr<StackConnection> m_connection;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Result<QString> runLong(const QString &script, const std::atomic_bool *cancel = nullptr,
                            QStringList *steps = nullptr)
    {
        return ServerScriptRun::run(
            m_connection.get(), BackupServerScripts::asRoot(script, m_paths.pathFirst),
            [&](const QString &chunk) {
                if (steps)
                    for (const QString &line : chunk.split(QLatin1Char('\n')))
                        if (BackupServerScripts::stepOf(line))
                            *steps << line;
            },
            cancel);
    }

    Result<DrillResult> drill(const QString &dump = QString())
    {
        const Result<QString> out = runLong(BackupServerScripts::drillScript(m_paths, dump));
        if (!out.ok())
            return out.error();
        return BackupServerScripts::parseDrill(out.value(), QStringLiteral("stack-1"));
    }

    Result<BackupCatalogue> catalogue()
    {
        const Result<QString> out = ServerScriptRun::runShort(
            m_connection.get(),
            BackupServerScripts::asRoot(BackupServerScripts::catalogueScript(m_paths), m_paths.pathFirst));
        if (!out.ok())
            return out.error();
        return BackupServerScripts::parseCatalogue(out.value());
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the harness's PostgreSQL");
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        QVERIFY(m_dir.isValid());
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        m_database = QStringLiteral("srvdrill_%1").arg(::getpid());
        psql(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database), QStringLiteral("postgres"));
        QString error;
        QVERIFY2(psql(QStringLiteral("CREATE DATABASE %1").arg(m_database), QStringLiteral("postgres"),
                      &error) == 0,
                 qPrintable(error));
        QVERIFY2(psql(QStringLiteral(
                          "CREATE SCHEMA shop;"
                          "CREATE TABLE shop.items (id int PRIMARY KEY, label text);"
                          "INSERT INTO shop.items SELECT g, md5(g::text) FROM generate_series(1, 2500) g;"
                          "CREATE TABLE shop.orders (id int PRIMARY KEY, item int);"
                          "INSERT INTO shop.orders SELECT g, g % 100 + 1 FROM generate_series(1, 700) g;"
                          "ANALYZE;"),
                      m_database, &error) == 0,
                 qPrintable(error));

        // docker exec [-i] [-e K=V | -e K]... CONTAINER COMMAND...: runs COMMAND here, recording its
        // arguments.
        QVERIFY(write(path(QStringLiteral("bin/docker")), QByteArrayLiteral(R"SH(#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
printf '%s\n' "$*" >>"$(dirname "$0")/docker-args.log"
[ "$1" = exec ] || exit 64
shift
vars=()
while [ $# -gt 0 ]; do
    case "$1" in
    -i) shift ;;
    -e) case $2 in *=*) vars+=("$2") ;; *) vars+=("$2=${!2-}") ;; esac; shift 2 ;;
    *) break ;;
    esac
done
shift
exec env "${vars[@]}" "$@"
)SH"),
                      true));
        QVERIFY(
            write(path(QStringLiteral("supabase/.env")),
                  "POSTGRES_PASSWORD=\"" + testenv::value("SUPADESK_TEST_PG_PASSWORD").toUtf8() + "\"\n"));
        BackupOptions o;
        o.backupDir = path(QStringLiteral("backups"));
        o.logFile = path(QStringLiteral("log/backup.log"));
        o.envFile = path(QStringLiteral("supabase/.env"));
        o.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        o.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        o.dbName = m_database;
        o.dbUser = testenv::value("SUPADESK_TEST_PG_PASSWORD_USER");
        o.scriptPath = path(QStringLiteral("backup.sh"));
        QVERIFY(write(o.scriptPath, BackupScriptWriter::script(o).value().toUtf8(), true));
        // The password role reads every table of the test database and dumps it.
        QVERIFY2(
            psql(QStringLiteral(
                     "GRANT USAGE ON SCHEMA shop TO %1; GRANT SELECT ON ALL TABLES IN SCHEMA shop TO %1;")
                     .arg(o.dbUser),
                 m_database, &error) == 0,
            qPrintable(error));

        m_paths.backupScript = o.scriptPath;
        m_paths.scratchBase = path(QStringLiteral("scratch"));
        m_paths.resultDir = path(QStringLiteral("drills"));
        m_paths.drillScript = path(QStringLiteral("sbin/drill.sh"));
        m_paths.pathFirst = path(QStringLiteral("bin"));
        m_paths.cronFile = path(QStringLiteral("cron.d/supadesk-restore-drill"));
        m_paths.unitDir = path(QStringLiteral("systemd"));
        QVERIFY(QDir().mkpath(m_paths.scratchBase));
        ::chmod(QFile::encodeName(m_paths.scratchBase).constData(), 0755);

        m_connection = std::make_unique<StackConnection>(testenv::harnessSsh());
        QVERIFY(m_connection->connectToStack().ok());
        QVERIFY(testenv::waitFor([&] { return m_connection->state() == StackConnection::State::Connected; }));
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            psql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                 QStringLiteral("postgres"));
    }

    void missingFolderIsSaid()
    {
        // Before the first backup the folder does not exist: the catalogue and the drill say so.
        const Result<BackupCatalogue> c = catalogue();
        QVERIFY(!c.ok());
        QCOMPARE(c.error().id, ErrorCode::BackupMissing);
        QVERIFY2(c.error().message.contains(path(QStringLiteral("backups"))), qPrintable(c.error().message));
        const Result<DrillResult> d = drill();
        QVERIFY(!d.ok());
        QCOMPARE(d.error().id, ErrorCode::BackupMissing);
    }

    void backUpNowStreamsAndCatalogues()
    {
        QString streamed;
        const Result<QString> out = ServerScriptRun::run(
            m_connection.get(),
            BackupServerScripts::asRoot(BackupServerScripts::backupNowScript(m_paths), m_paths.pathFirst),
            [&](const QString &chunk) { streamed += chunk; });
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
        QVERIFY2(BackupServerScripts::sections(out.value()).value(QStringLiteral("exit")).trimmed() ==
                     QLatin1String("0"),
                 qPrintable(out.value()));
        QVERIFY(streamed.contains(QLatin1String(" written: ")));

        const Result<BackupCatalogue> c = catalogue();
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c.value().files.size(), 2);
        QCOMPARE(c.value().runs.size(), 1);
        QCOMPARE(c.value().runs.first().outcome, BackupLogRun::Outcome::Ok);
        QVERIFY(c.value().newestGoodDump());
        QCOMPARE(BackupHealth::of(c.value(), QDateTime::currentDateTimeUtc()).state, BackupHealth::State::Ok);
    }

    void drillOnTheServerPasses()
    {
        QStringList steps;
        const Result<QString> out =
            runLong(BackupServerScripts::drillScript(m_paths, QString()), nullptr, &steps);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
        const Result<DrillResult> d = BackupServerScripts::parseDrill(out.value(), QStringLiteral("stack-1"));
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message + out.value()));
        QVERIFY2(d.value().passed(), qPrintable(d.value().evidence.join('\n') + out.value()));
        QCOMPARE(d.value().tables.size(), 2);
        QCOMPARE(d.value().tables.first().restoredRows, 2500);
        QVERIFY(!d.value().roles.isEmpty());
        QVERIFY(d.value().missingRoles.isEmpty());
        QVERIFY(steps.size() >= 7);
        QVERIFY2(leftovers(m_paths.scratchBase).isEmpty(),
                 qPrintable(leftovers(m_paths.scratchBase).join(' ')));
    }

    void droppedTableFailsByName()
    {
        QString error;
        QVERIFY2(psql(QStringLiteral("CREATE TABLE shop.gone AS SELECT 1 AS x"), m_database, &error) == 0,
                 qPrintable(error));
        QVERIFY2(psql(QStringLiteral("GRANT SELECT ON shop.gone TO %1")
                          .arg(testenv::value("SUPADESK_TEST_PG_PASSWORD_USER")),
                      m_database, &error) == 0,
                 qPrintable(error));
        QVERIFY(runLong(BackupServerScripts::backupNowScript(m_paths)).ok());
        QVERIFY2(psql(QStringLiteral("DROP TABLE shop.gone"), m_database, &error) == 0, qPrintable(error));
        const Result<DrillResult> d = drill();
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QVERIFY(!d.value().passed());
        QVERIFY2(d.value().evidence.join('\n').contains(QLatin1String("shop.gone")),
                 qPrintable(d.value().evidence.join('\n')));
    }

    void notEnoughDiskSaysHowMuch()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        const QString small = path(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(small));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                    QStringLiteral("size=8m"), QStringLiteral("tmpfs"), small}),
                 0);
        const QString before = m_paths.scratchBase;
        m_paths.scratchBase = small;
        const Result<DrillResult> d = drill();
        m_paths.scratchBase = before;
        QProcess::execute(QStringLiteral("umount"), {small});
        QVERIFY(!d.ok());
        QCOMPARE(d.error().id, ErrorCode::BackupDisk);
        QVERIFY2(d.error().message.contains(QStringLiteral("MiB")), qPrintable(d.error().message));
    }

    void cancelRemovesTheScratchCluster()
    {
        std::atomic_bool cancel = false;
        QStringList steps;
        // Cancel once the scratch cluster exists.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (!leftovers(m_paths.scratchBase).isEmpty())
                cancel = true;
        });
        poll.start(20);
        const Result<QString> out =
            runLong(BackupServerScripts::drillScript(m_paths, QString()), &cancel, &steps);
        poll.stop();
        QVERIFY(cancel);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().id, ErrorCode::BackupCancelled);
        QVERIFY(testenv::waitFor([&] { return leftovers(m_paths.scratchBase).isEmpty(); }, 10000));
    }

    void failedNightlyRunIsRed()
    {
        // A .env the script cannot read: the run fails, the log says so, the catalogue turns red.
        const QString env = path(QStringLiteral("supabase/.env"));
        QVERIFY(QFile::rename(env, env + QStringLiteral(".away")));
        const Result<QString> out = runLong(BackupServerScripts::backupNowScript(m_paths));
        QVERIFY(QFile::rename(env + QStringLiteral(".away"), env));
        QVERIFY(out.ok());
        QVERIFY(BackupServerScripts::sections(out.value()).value(QStringLiteral("exit")).trimmed() !=
                QLatin1String("0"));
        const Result<BackupCatalogue> c = catalogue();
        QVERIFY(c.ok());
        QCOMPARE(c.value().runs.first().outcome, BackupLogRun::Outcome::Failed);
        QCOMPARE(BackupHealth::of(c.value(), QDateTime::currentDateTimeUtc()).state,
                 BackupHealth::State::Failed);
    }

    void scheduledDrillLeavesItsResult()
    {
        QVERIFY(runLong(BackupServerScripts::backupNowScript(m_paths)).ok());
        const Result<QString> out = ServerScriptRun::runShort(
            m_connection.get(),
            BackupServerScripts::asRoot(BackupServerScripts::scheduleScript(m_paths), m_paths.pathFirst));
        QVERIFY(out.ok());
        QVERIFY2(out.value().contains(QLatin1String("@@scheduled")), qPrintable(out.value()));
        // What the timer runs, run now (the unit files are left to systemd or cron).
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   m_paths.pathFirst + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), {m_paths.drillScript});
        QVERIFY(p.waitForFinished(180000));
        const Result<QString> pulled = ServerScriptRun::runShort(
            m_connection.get(), BackupServerScripts::asRoot(BackupServerScripts::pullScript(m_paths)));
        QVERIFY(pulled.ok());
        const QHash<QString, QString> files = BackupServerScripts::pulledFiles(pulled.value());
        QCOMPARE(files.size(), 1);
        const Result<DrillResult> d =
            BackupServerScripts::parseDrill(files.cbegin().value(), QStringLiteral("s"));
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message + files.cbegin().value()));
        QVERIFY2(d.value().passed(), qPrintable(d.value().evidence.join('\n')));
        // Pulled once: the next pull finds nothing new.
        QVERIFY(
            BackupServerScripts::pulledFiles(
                ServerScriptRun::runShort(
                    m_connection.get(), BackupServerScripts::asRoot(BackupServerScripts::pullScript(m_paths)))
                    .value())
                .isEmpty());
        QVERIFY(ServerScriptRun::runShort(
                    m_connection.get(),
                    BackupServerScripts::asRoot(BackupServerScripts::unscheduleScript(m_paths)))
                    .ok());
    }

    void catalogueListsEveryKind()
    {
        // The PITR folder as the installed base backup script (which names it) leaves it: two base
        // backups, one cut short, and the WAL archive with its backup history file.
        PitrLayout layout;
        layout.hostDir = path(QStringLiteral("pitr"));
        m_paths.pitrScript = path(QStringLiteral("sbin/pitr-basebackup.sh"));
        QVERIFY(write(m_paths.pitrScript, PitrRules::baseBackupScript(layout).value().toUtf8(), true));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto stamp = [](const QDateTime &at) {
            return at.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        };
        const auto touch = [](const QString &file, const QDateTime &at) {
            return QProcess::execute(QStringLiteral("touch"),
                                     {QStringLiteral("-d"), at.toString(Qt::ISODate), file}) == 0;
        };
        const QDateTime older = now.addDays(-2);
        const QDateTime newer = now.addSecs(-3 * 3600);
        QVERIFY(write(layout.baseDir() + QLatin1Char('/') + stamp(older) + QStringLiteral("/base.tar.gz"),
                      QByteArray(4096, 'b')));
        QVERIFY(write(layout.baseDir() + QLatin1Char('/') + stamp(newer) + QStringLiteral("/base.tar.gz"),
                      QByteArray(8192, 'b')));
        QVERIFY(write(layout.baseDir() + QLatin1Char('/') + stamp(now) + QStringLiteral(".partial/base.tar"),
                      "x"));
        const QStringList segments{QStringLiteral("000000010000000000000003"),
                                   QStringLiteral("000000010000000000000004"),
                                   QStringLiteral("000000010000000000000005")};
        for (int i = 0; i < segments.size(); ++i) {
            const QString file = layout.walDir() + QLatin1Char('/') + segments.at(i);
            QVERIFY(write(file, QByteArray(1024, 'w')));
            QVERIFY(touch(file, older.addSecs(60 + i * 3600)));
        }
        QVERIFY(
            write(layout.walDir() + QStringLiteral("/000000010000000000000003.00000028.backup"), "LABEL"));
        // The nightly job's archive of the Storage volume, made by tar as the job makes it.
        const QString storageName = QStringLiteral("storage-%1.tar.gz").arg(stamp(now.addSecs(-60)));
        QVERIFY(write(path(QStringLiteral("storage/stub/object")), "file"));
        QCOMPARE(
            QProcess::execute(QStringLiteral("tar"),
                              {QStringLiteral("-czf"), path(QStringLiteral("backups/")) + storageName,
                               QStringLiteral("-C"), path(QStringLiteral("storage")), QStringLiteral(".")}),
            0);

        // An off-site copy configured in the nightly script.
        BackupOptions o;
        o.backupDir = path(QStringLiteral("backups"));
        o.logFile = path(QStringLiteral("log/backup.log"));
        o.rcloneRemote = QStringLiteral(":local:") + path(QStringLiteral("remote"));
        const QString plainScript = m_paths.backupScript;
        m_paths.backupScript = path(QStringLiteral("sbin/backup-offsite.sh"));
        QVERIFY(write(m_paths.backupScript, BackupScriptWriter::script(o).value().toUtf8(), true));

        Result<BackupCatalogue> c = catalogue();
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c.value().pitrDir, layout.hostDir);
        QHash<BackupFile::Kind, int> kinds;
        for (const BackupFile &f : c.value().files)
            ++kinds[f.kind];
        QVERIFY(kinds.value(BackupFile::Kind::Dump) >= 1);
        QVERIFY(kinds.value(BackupFile::Kind::Globals) >= 1);
        QCOMPARE(kinds.value(BackupFile::Kind::Storage), 1);
        QCOMPARE(kinds.value(BackupFile::Kind::BaseBackup), 2);
        QCOMPARE(kinds.value(BackupFile::Kind::WalRange), 1);
        QCOMPARE(kinds.value(BackupFile::Kind::Partial), 1);
        for (const BackupFile &f : c.value().files)
            if (f.kind == BackupFile::Kind::WalRange) {
                QCOMPARE(f.name, QStringLiteral("wal/%1 … %2").arg(segments.first(), segments.last()));
                QCOMPARE(f.size, 3 * 1024);
                QCOMPARE(f.segments, 3);
                QCOMPARE(f.taken.toSecsSinceEpoch(), older.addSecs(60).toSecsSinceEpoch());
                QCOMPARE(f.until.toSecsSinceEpoch(), older.addSecs(60 + 2 * 3600).toSecsSinceEpoch());
            }
        BackupCoverage cover = c.value().coverage();
        QVERIFY(cover.database.isValid());
        QVERIFY(cover.roles.isValid());
        QCOMPARE(cover.storage.toSecsSinceEpoch(), now.addSecs(-60).toSecsSinceEpoch());
        QVERIFY(cover.pointInTime());
        QCOMPARE(cover.pitrFrom.toSecsSinceEpoch(), older.toSecsSinceEpoch());

        // The remote is configured, rclone is not on the server: said, and the rest still listed.
        QVERIFY(c.value().remote.startsWith(QLatin1String(":local:")));
        const bool realRclone = !QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty();
        if (!realRclone) {
            QVERIFY2(c.value().remoteError.contains(QLatin1String("rclone is not installed on the server")),
                     qPrintable(c.value().remoteError));
            // A stand-in that answers `rclone lsjson` for a :local: remote as rclone does.
            QVERIFY(write(path(QStringLiteral("rclonebin/rclone")), QByteArrayLiteral(R"SH(#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
[ "$1" = lsjson ] || exit 64
dir=${*: -1}
dir=${dir#:local:}
[ -d "$dir" ] || { echo "ERROR : error listing: directory not found" >&2; exit 3; }
sep=
printf '['
for f in "$dir"/*; do
    [ -f "$f" ] || continue
    printf '%s{"Path":"%s","Name":"%s","Size":%s,"MimeType":"application/octet-stream","ModTime":"%s","IsDir":false}'         "$sep" "$(basename "$f")" "$(basename "$f")" "$(stat -c %s "$f")" "$(date -u -r "$f" +%Y-%m-%dT%H:%M:%S.000000000Z)"
    sep=,
done
printf ']
'
)SH"),
                          true));
            m_paths.pathFirst =
                path(QStringLiteral("rclonebin")) + QLatin1Char(':') + path(QStringLiteral("bin"));
        }
        // The remote folder does not exist yet: rclone's complaint.
        c = catalogue();
        QVERIFY(c.ok());
        QVERIFY2(c.value().remoteError.contains(QLatin1String("could not list")),
                 qPrintable(c.value().remoteError));
        // rclone copy put the newest good dump there.
        const QString good = c.value().newestGoodDump()->name;
        QVERIFY(QDir().mkpath(path(QStringLiteral("remote"))));
        QVERIFY(QFile::copy(path(QStringLiteral("backups/")) + good, path(QStringLiteral("remote/")) + good));
        c = catalogue();
        m_paths.backupScript = plainScript;
        m_paths.pathFirst = path(QStringLiteral("bin"));
        QVERIFY(c.ok());
        QVERIFY2(c.value().remoteError.isEmpty(), qPrintable(c.value().remoteError));
        int remote = 0;
        for (const BackupFile &f : c.value().files)
            if (f.remote) {
                ++remote;
                QCOMPARE(f.name, good);
                QCOMPARE(f.kind, BackupFile::Kind::Dump);
            }
        QCOMPARE(remote, 1);
        QVERIFY(c.value().coverage().offsite);
        QVERIFY(!c.value().newestGoodDump()->remote);
    }

    void noPasswordInAnyCommandLine()
    {
        QFile log(path(QStringLiteral("bin/docker-args.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray args = log.readAll();
        QVERIFY(args.contains("psql"));
        QVERIFY(args.contains("pg_dump"));
        QVERIFY(!args.contains(testenv::value("SUPADESK_TEST_PG_PASSWORD").toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestServerBackups)
#include "tst_serverbackups.moc"
