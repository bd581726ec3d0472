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
#include "services/backup/backupkey.h"
#include "services/backup/serverscriptrun.h"
#include "services/stackconnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>

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
    BackupOptions m_options;
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

    Result<DrillResult> drill(const QString &dump = QString(), const QByteArray &key = {})
    {
        const Result<QString> out = ServerScriptRun::run(
            m_connection.get(),
            BackupServerScripts::asRoot(BackupServerScripts::drillScript(m_paths, dump), m_paths.pathFirst),
            {}, nullptr, key);
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

        // docker exec [-i] [-u USER] [-e K=V | -e K]... CONTAINER COMMAND...: runs COMMAND here, recording
        // its arguments. `docker info` answers as an engine only while the file "engine" exists; then
        // `docker run -d --name NAME -v DIR:DIR ...` records a running container (a file "running-NAME")
        // whose commands run here with PostgreSQL 15's programs first on PATH, and `docker rm -f NAME`
        // ends it (and the postgres started in DIR).
        QVERIFY(write(path(QStringLiteral("bin/docker")), QByteArrayLiteral(R"SH(#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
here=$(dirname "$0")
printf '%s\n' "$*" >>"$here/docker-args.log"
case "$1" in
info) [ -e "$here/engine" ]; exit ;;
run)
    name= mount=
    while [ $# -gt 0 ]; do
        case "$1" in
        --name) name=$2; shift 2 ;;
        -v) mount=${2%%:*}; shift 2 ;;
        *) shift ;;
        esac
    done
    [ -n "$name" ] || exit 125
    echo "$mount" >"$here/running-$name"
    echo "0123456789ab"
    exit 0
    ;;
rm)
    # Ends what ran "in" the container, as the engine would: the scratch instance's postgres.
    shift
    for name in "$@"; do
        [ "$name" != -f ] && [ -e "$here/running-$name" ] || continue
        mount=$(cat "$here/running-$name")
        if [ -n "$mount" ] && [ -f "$mount/data/postmaster.pid" ]; then
            as=()
            [ "$(id -u)" != 0 ] || as=(runuser -u postgres --)
            "${as[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$mount/data" -m immediate -w stop >/dev/null 2>&1
        fi
        rm -f "$here/running-$name"
    done
    exit 0
    ;;
exec) shift ;;
*) exit 64 ;;
esac
vars=()
user=
while [ $# -gt 0 ]; do
    case "$1" in
    -i) shift ;;
    -u) user=$2; shift 2 ;;
    -e) case $2 in *=*) vars+=("$2") ;; *) vars+=("$2=${!2-}") ;; esac; shift 2 ;;
    *) break ;;
    esac
done
if [ -e "$here/running-$1" ]; then
    vars+=("PATH=/usr/lib/postgresql/15/bin:$PATH")
elif [ -n "$user" ] || [ "$1" != supabase-db ]; then
    echo "Error: No such container: $1" >&2
    exit 1
fi
shift
if [ -n "$user" ] && [ "$(id -u)" = 0 ]; then
    exec runuser -u "$user" -- env "${vars[@]}" "$@"
fi
exec env "${vars[@]}" "$@"
)SH"),
                      true));
        QVERIFY(
            write(path(QStringLiteral("supabase/.env")),
                  "POSTGRES_PASSWORD=\"" + testenv::value("SUPADESK_TEST_PG_PASSWORD").toUtf8() + "\"\n"));
        // The Storage files volume beside the .env, as Supabase's compose mounts it.
        QVERIFY(write(path(QStringLiteral("supabase/volumes/storage/stub/stub/avatars/me.png")), "PNG"));
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
        m_options = o;
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
        // The dump, the globals and the Storage files, under one stamp; the log names the archive.
        QCOMPARE(c.value().files.size(), 3);
        QCOMPARE(c.value().runs.size(), 1);
        QCOMPARE(c.value().runs.first().outcome, BackupLogRun::Outcome::Ok);
        const QString dump = c.value().newestGoodDump() ? c.value().newestGoodDump()->name : QString();
        const QString stamp = dump.section(QLatin1Char('-'), -1).chopped(5);
        const QString storage = QStringLiteral("storage-") + stamp + QStringLiteral(".tar.gz");
        QVERIFY2(std::any_of(c.value().files.cbegin(), c.value().files.cend(),
                             [&](const BackupFile &f) { return f.name == storage; }),
                 qPrintable(storage));
        QVERIFY2(c.value().runs.first().notes.join('\n').contains(QLatin1String("storage ") +
                                                                  path(QStringLiteral("backups/")) + storage +
                                                                  QLatin1String(" written")),
                 qPrintable(c.value().runs.first().notes.join('\n')));
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
        QVERIFY2(d.error().id == ErrorCode::BackupDisk, qPrintable(d.error().message));
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

    void encryptedBackupDrillsWithTheKeyOnStdin()
    {
        // A key pair made here: the public half on the "server", the secret half only in memory.
        const Result<BackupKey> key = BackupKey::make(QStringLiteral("stack-1"));
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        BackupOptions o = m_options;
        o.encryptKeyFile = path(QStringLiteral("etc/backup-key.asc"));
        QVERIFY(write(o.encryptKeyFile, key.value().publicKey));
        QVERIFY(write(o.scriptPath, BackupScriptWriter::script(o).value().toUtf8(), true));
        const Result<QString> out = runLong(BackupServerScripts::backupNowScript(m_paths));
        QVERIFY(write(o.scriptPath, BackupScriptWriter::script(m_options).value().toUtf8(), true));
        QVERIFY(out.ok());
        QVERIFY2(BackupServerScripts::sections(out.value()).value(QStringLiteral("exit")).trimmed() ==
                     QLatin1String("0"),
                 qPrintable(out.value()));

        const Result<BackupCatalogue> c = catalogue();
        QVERIFY(c.ok());
        QCOMPARE(c.value().runs.first().outcome, BackupLogRun::Outcome::Ok);
        QVERIFY(c.value().newestGoodDump());
        const QString sealed = c.value().newestGoodDump()->name;
        QVERIFY2(sealed.endsWith(QLatin1String(".dump.gpg")), qPrintable(sealed));
        QVERIFY(QFile::exists(path(QStringLiteral("backups/")) +
                              sealed.chopped(9).replace(QRegularExpression(QStringLiteral("^.*-")),
                                                        QStringLiteral("storage-")) +
                              QStringLiteral(".tar.gz.gpg")));

        // Without the key the drill says where the key is; with it on stdin the drill passes.
        const Result<DrillResult> keyless = drill();
        QVERIFY(!keyless.ok());
        QVERIFY2(keyless.error().message.contains(QLatin1String("keychain")),
                 qPrintable(keyless.error().message));
        const Result<DrillResult> d = drill(QString(), key.value().secretKey);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QVERIFY2(d.value().passed(), qPrintable(d.value().evidence.join('\n')));
        QVERIFY(d.value().dumpFile.endsWith(QLatin1String(".dump.gpg")));
        QVERIFY(!d.value().roles.isEmpty());
        QVERIFY(leftovers(m_paths.scratchBase).isEmpty());
        // The secret key's gpg home in memory is gone too.
        QVERIFY2(QDir(QStringLiteral("/dev/shm"))
                     .entryList({QStringLiteral("supadesk-gpg-*")}, QDir::Dirs)
                     .isEmpty(),
                 "a gpg home was left in /dev/shm");
    }

    // Where Docker runs, the drill restores into a throwaway container from the image the compose file
    // gives the db service, with no network and no password in its arguments, and removes it.
    void drillRunsInAThrowawayContainer()
    {
        QVERIFY(runLong(BackupServerScripts::backupNowScript(m_paths)).ok());
        QVERIFY(QFile::copy(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/docker-compose.excerpt.yml"),
                            path(QStringLiteral("supabase/docker-compose.yml"))));
        QVERIFY(write(path(QStringLiteral("bin/engine")), ""));
        const qint64 before = QFileInfo(path(QStringLiteral("bin/docker-args.log"))).size();

        const Result<DrillResult> d = drill();
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        QVERIFY2(d.value().passed(), qPrintable(d.value().evidence.join('\n')));
        QCOMPARE(d.value().tables.size(), 2);
        const QString evidence = d.value().evidence.join('\n');
        QVERIFY2(evidence.contains(QLatin1String("supabase/postgres:15.8.1.085")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QLatin1String("container supadesk-drill-")), qPrintable(evidence));

        QFile log(path(QStringLiteral("bin/docker-args.log")));
        QVERIFY(log.open(QIODevice::ReadOnly) && log.seek(before));
        const QStringList lines =
            QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList runs = lines.filter(QRegularExpression(QStringLiteral("^run ")));
        QCOMPARE(runs.size(), 1);
        static const QRegularExpression run(QStringLiteral(
            "^run -d --rm --name (supadesk-drill-\\S+) --network none -v (\\S+):(\\S+) --entrypoint sleep "
            "supabase/postgres:15\\.8\\.1\\.085 infinity$"));
        const QRegularExpressionMatch m = run.match(runs.first());
        QVERIFY2(m.hasMatch(), qPrintable(runs.first()));
        QCOMPARE(m.captured(2), m.captured(3));
        QVERIFY(m.captured(2).startsWith(m_paths.scratchBase));
        // The restore's programs ran in that container, as its postgres user.
        QVERIFY(!lines
                     .filter(QStringLiteral("exec -i -u postgres ") + m.captured(1) +
                             QStringLiteral(" pg_restore"))
                     .isEmpty());
        QVERIFY(lines.contains(QStringLiteral("rm -f ") + m.captured(1)));
        QVERIFY(!lines.join('\n').contains(testenv::value("SUPADESK_TEST_PG_PASSWORD")));
        QVERIFY(QDir(path(QStringLiteral("bin"))).entryList({QStringLiteral("running-*")}).isEmpty());
        QVERIFY(leftovers(m_paths.scratchBase).isEmpty());

        // "cluster" keeps to the server's own programs even where Docker runs.
        m_paths.drillIn = QStringLiteral("cluster");
        const Result<DrillResult> cluster = drill();
        m_paths.drillIn.clear();
        QVERIFY(cluster.ok() && cluster.value().passed());
        QVERIFY(cluster.value().evidence.join('\n').contains(QLatin1String("Scratch cluster")));
    }

    void cancelRemovesTheContainer()
    {
        QVERIFY(QFile::exists(path(QStringLiteral("bin/engine"))));
        const qint64 before = QFileInfo(path(QStringLiteral("bin/docker-args.log"))).size();
        std::atomic_bool cancel = false;
        QTimer poll;
        const QDir bin(path(QStringLiteral("bin")));
        connect(&poll, &QTimer::timeout, this, [&] {
            if (!bin.entryList({QStringLiteral("running-*")}).isEmpty())
                cancel = true;
        });
        poll.start(20);
        const Result<QString> out = runLong(BackupServerScripts::drillScript(m_paths, QString()), &cancel);
        poll.stop();
        QVERIFY(cancel);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().id, ErrorCode::BackupCancelled);
        QVERIFY(
            testenv::waitFor([&] { return bin.entryList({QStringLiteral("running-*")}).isEmpty(); }, 10000));
        QVERIFY(testenv::waitFor([&] { return leftovers(m_paths.scratchBase).isEmpty(); }, 10000));
        QFile log(path(QStringLiteral("bin/docker-args.log")));
        QVERIFY(log.open(QIODevice::ReadOnly) && log.seek(before));
        const QByteArray args = log.readAll();
        QVERIFY2(args.contains("\nrm -f supadesk-drill-"), args.constData());
        QFile::remove(path(QStringLiteral("bin/engine")));
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
        QVERIFY(kinds.value(BackupFile::Kind::Storage) >= 1); // this one and the nightly runs before it
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
        // This archive, or a newer one from the nightly runs before it.
        QVERIFY(cover.storage.toSecsSinceEpoch() >= now.addSecs(-60).toSecsSinceEpoch());
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
