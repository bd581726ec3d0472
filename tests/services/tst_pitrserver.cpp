// SPDX-License-Identifier: GPL-3.0-or-later
// A restore to a point in time on a stack's server, over the harness's real sshd, on a real PostgreSQL 15
// cluster of the test's own that plays the live database (archiving on, a base backup, rows at T1 and
// more at T2). There is no Docker engine here: `docker exec` is a stand-in that runs the command on this
// host, and `docker compose stop|start db` stops and starts the test's cluster with pg_ctl. A target
// outside the restorable window is pitr.target with the earliest time; a restore to T1 into a scratch
// instance reports exactly the T1 rows and the last replayed transaction and leaves the live database
// alone; replacing the live database needs the typed name; a restored instance that does not start is
// rolled back (the live data directory back in place, the failed one kept); and with the name typed the
// live database is replaced by the T1 restore, its old data directory kept aside.
#include "core/backup/backupserverscripts.h"
#include "core/backup/pitrrules.h"
#include "core/backup/pitrserverrestore.h"
#include "core/errorcode.h"
#include "harness/pitrserverrig.h"
#include "harness/testenv.h"
#include "services/backup/serverscriptrun.h"
#include "services/stackconnection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace supadesk;

class TestPitrServer : public QObject, public PitrServerRig
{
    Q_OBJECT

    QStringList ssh() const
    {
        return {QStringLiteral("--host"),
                testenv::value("SUPADESK_TEST_SSH_HOST"),
                QStringLiteral("--port"),
                testenv::value("SUPADESK_TEST_SSH_PORT"),
                QStringLiteral("--user"),
                testenv::value("SUPADESK_TEST_SSH_USER"),
                QStringLiteral("--identity"),
                testenv::value("SUPADESK_TEST_SSH_KEY"),
                QStringLiteral("--known-hosts"),
                testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS"),
                QStringLiteral("--pitr-dir"),
                m_paths.layout.hostDir,
                QStringLiteral("--env-file"),
                m_paths.layout.envFile,
                QStringLiteral("--live-data-dir"),
                m_paths.liveDataDir,
                QStringLiteral("--scratch-dir"),
                m_paths.scratchBase,
                QStringLiteral("--path-first"),
                m_paths.pathFirst,
                QStringLiteral("--bin-dir"),
                m_paths.binDir,
                QStringLiteral("--verify-seconds"),
                QStringLiteral("15"),
                QStringLiteral("--json")};
    }

    static ScratchPostgres::Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUPADESK_CLI_PATH), args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    ScratchPostgres::Run restore(const QDateTime &target, const QStringList &more)
    {
        return cli(QStringList{QStringLiteral("pitr"), QStringLiteral("restore"),
                               QStringLiteral("--target-time"), target.toString(Qt::ISODateWithMs)} +
                   more + ssh());
    }

    Result<QString> onServer(const QString &script)
    {
        return ServerScriptRun::run(m_connection.get(),
                                    BackupServerScripts::asRoot(script, m_paths.pathFirst));
    }

    QStringList leftovers() const
    {
        return QDir(m_paths.scratchBase).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    QStringList beside(const QString &pattern) const
    {
        return QDir(m_pg.path()).entryList({pattern}, QDir::Dirs);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        setUpServer();
    }

    void outsideTheWindowIsRefused()
    {
        const ScratchPostgres::Run early =
            restore(QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()),
                    {QStringLiteral("--into"), QStringLiteral("scratch")});
        QCOMPARE(early.code, ErrorCatalogue::exitStatus(ErrorCode::PitrTarget));
        const QJsonObject e = QJsonDocument::fromJson(early.out.toUtf8()).object();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("pitr.target"));
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QLatin1String("earliest")),
                 qPrintable(early.out));
        const ScratchPostgres::Run late = restore(QDateTime::currentDateTimeUtc().addSecs(3600),
                                                  {QStringLiteral("--into"), QStringLiteral("scratch")});
        QCOMPARE(QJsonDocument::fromJson(late.out.toUtf8()).object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("pitr.target"));
        QVERIFY(leftovers().isEmpty());
    }

    void restoresIntoAScratchInstance()
    {
        const ScratchPostgres::Run r = restore(m_t1, {QStringLiteral("--into"), QStringLiteral("scratch")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        bool found = false;
        for (const QJsonValue &t : o.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject table = t.toObject();
            QVERIFY(table.value(QStringLiteral("table")).toString() != QLatin1String("public.later"));
            if (table.value(QStringLiteral("table")).toString() == QLatin1String("public.orders")) {
                QCOMPARE(table.value(QStringLiteral("rows")).toInteger(), 3);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(r.out));
        const QDateTime last =
            QDateTime::fromString(o.value(QStringLiteral("lastTransaction")).toString(), Qt::ISODateWithMs);
        QVERIFY2(last.isValid() && last <= m_t1 && last > m_t1.addSecs(-5), qPrintable(r.out));
        // Removed after the report, and the live database was not touched.
        QVERIFY(leftovers().isEmpty());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("5"));
    }

    void replacingNeedsTheTypedName()
    {
        const ScratchPostgres::Run wrong =
            restore(m_t1, {QStringLiteral("--into"), QStringLiteral("live"), QStringLiteral("--confirm"),
                           QStringLiteral("not-the-name")});
        QCOMPARE(wrong.code, 2);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("5"));
        QVERIFY(beside(QStringLiteral("data.before-pitr-*")).isEmpty());
    }

    void notEnoughDiskSaysHowMuch()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        const QString small = tool(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(small));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                    QStringLiteral("size=8m"), QStringLiteral("tmpfs"), small}),
                 0);
        QStringList args = ssh();
        args[args.indexOf(QStringLiteral("--scratch-dir")) + 1] = small;
        const ScratchPostgres::Run r =
            cli(QStringList{QStringLiteral("pitr"), QStringLiteral("restore"),
                            QStringLiteral("--target-time"), m_t1.toString(Qt::ISODateWithMs),
                            QStringLiteral("--into"), QStringLiteral("scratch")} +
                args);
        const QStringList left = QDir(small).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QProcess::execute(QStringLiteral("umount"), {small});
        const QJsonObject e = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("backup.disk"));
        QCOMPARE(r.code, ErrorCatalogue::exitStatus(ErrorCode::BackupDisk));
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QLatin1String("MiB")) &&
                     e.value(QStringLiteral("message")).toString().contains(small),
                 qPrintable(r.out));
        QVERIFY(left.isEmpty());
    }

    // The two steps as the Backups tab runs them, over the stack connection: the scratch restore, then a
    // replacement whose restored instance the server refuses to start.
    void aRestoreThatDoesNotStartIsRolledBack()
    {
        const Result<QString> read = ServerScriptRun::runShort(
            m_connection.get(), QStringLiteral("PATH=%1:$PATH; export PATH\n").arg(m_paths.pathFirst) +
                                    PitrRules::statusCommand(m_paths.layout));
        QVERIFY(read.ok());
        const PitrServerReading reading = PitrRules::parseStatus(read.value());
        const PitrStatus status = PitrRules::evaluate(reading.archiver, reading.walFiles, reading.baseBackups,
                                                      QDateTime::currentDateTimeUtc());
        QCOMPARE(status.state, PitrStatus::State::Ok);
        const Result<BaseBackupInfo> base = PitrServerRestore::checkTarget(status, m_t1);
        QVERIFY2(base.ok(), qPrintable(base.ok() ? QString() : base.error().message));
        const QString scratch = PitrServerRestore::scratchDirFor(m_paths, QDateTime::currentDateTimeUtc());
        const Result<QString> out =
            onServer(PitrServerRestore::restoreScript(m_paths, base.value(), m_t1, scratch).value());
        QVERIFY(out.ok());
        const Result<PitrScratchRestore> restored =
            PitrServerRestore::parseRestore(out.value(), base.value(), m_t1);
        QVERIFY2(restored.ok(),
                 qPrintable(restored.ok() ? QString() : restored.error().message + out.value()));
        QCOMPARE(restored.value().scratchDir, scratch);
        QVERIFY(QFile::exists(scratch + QStringLiteral("/data/PG_VERSION")));

        // A setting this PostgreSQL does not know: the restored instance does not start.
        QFile conf(scratch + QStringLiteral("/data/postgresql.conf.supadesk-source"));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write("no_such_setting = 1\n");
        conf.close();
        const Result<QString> swapped = onServer(PitrServerRestore::replaceScript(m_paths, scratch).value());
        QVERIFY(swapped.ok());
        const Result<PitrReplaceResult> replaced = PitrServerRestore::parseReplace(swapped.value());
        QVERIFY(!replaced.ok());
        QCOMPARE(replaced.error().code, QStringLiteral("pitr.restore"));
        QVERIFY2(replaced.error().message.contains(QLatin1String("moved back")),
                 qPrintable(replaced.error().message + swapped.value()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("5"));
        QCOMPARE(beside(QStringLiteral("data.failed-pitr-*")).size(), 1);
        QVERIFY(beside(QStringLiteral("data.before-pitr-*")).isEmpty());

        const Result<QString> discarded = ServerScriptRun::runShort(
            m_connection.get(),
            BackupServerScripts::asRoot(PitrServerRestore::discardScript(m_paths, scratch).value(),
                                        m_paths.pathFirst));
        QVERIFY(discarded.ok());
        QVERIFY(leftovers().isEmpty());
        // Only a scratch instance of a restore can be discarded.
        QVERIFY(!PitrServerRestore::discardScript(m_paths, m_pg.dataDir()).ok());
    }

    void replacesTheLiveDatabaseWithTheTypedName()
    {
        const ScratchPostgres::Run r =
            restore(m_t1, {QStringLiteral("--into"), QStringLiteral("live"), QStringLiteral("--confirm"),
                           testenv::value("SUPADESK_TEST_SSH_HOST")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("replaced")).toBool());
        const QString aside = o.value(QStringLiteral("aside")).toString();
        QVERIFY2(aside.startsWith(m_pg.dataDir() + QStringLiteral(".before-pitr-")), qPrintable(r.out));
        QVERIFY(QFile::exists(aside + QStringLiteral("/PG_VERSION")));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("3"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'later'")),
                 QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SHOW archive_mode")), QStringLiteral("on"));
        QVERIFY(leftovers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPitrServer)
#include "tst_pitrserver.moc"
