// SPDX-License-Identifier: GPL-3.0-or-later
// `supadesk-cli backup` as cron or a person runs it: a drill of a fresh dump of a harness database passes
// (0) and one whose table was dropped after the dump fails (1) naming it; usage errors are 2. `backup
// list` reads a backup folder and the nightly script's log, and fails (1) when the newest run failed.
#include "core/errorcode.h"
#include "core/setup/backupscriptwriter.h"
#include "harness/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace supadesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run program(const QString &path, const QStringList &args)
{
    QProcess p;
    p.start(path, args);
    Run r;
    if (!p.waitForFinished(180000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run cli(const QStringList &args)
{
    return program(QStringLiteral(SUPADESK_CLI_PATH), args);
}

Run pg(const QString &tool, const QStringList &args)
{
    return program(QStringLiteral("/usr/lib/postgresql/15/bin/") + tool,
                   QStringList{QStringLiteral("-h"), testenv::value("SUPADESK_TEST_PG_HOST"),
                               QStringLiteral("-p"), testenv::value("SUPADESK_TEST_PG_PORT"),
                               QStringLiteral("-U"), QStringLiteral("postgres")} +
                       args);
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QJsonObject parsed(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;

    QString dsn() const
    {
        return QStringLiteral("postgresql://postgres@%1:%2/%3")
            .arg(testenv::value("SUPADESK_TEST_PG_HOST"), testenv::value("SUPADESK_TEST_PG_PORT"),
                 m_database);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the harness's PostgreSQL");
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        m_database = QStringLiteral("backupcli_%1").arg(::getpid());
        Run r = pg(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-c"),
                    QStringLiteral("CREATE DATABASE %1").arg(m_database), QStringLiteral("postgres")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pg(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                QStringLiteral(
                    "CREATE TABLE orders (id int); INSERT INTO orders SELECT generate_series(1, 40);"
                    "CREATE TABLE customers (id int); INSERT INTO customers VALUES (1), (2); ANALYZE;"),
                m_database});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pg(QStringLiteral("pg_dump"), {QStringLiteral("-Fc"), QStringLiteral("-f"),
                                           m_dir.filePath(QStringLiteral("db.dump")), m_database});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = pg(QStringLiteral("pg_dumpall"), {QStringLiteral("--globals-only"), QStringLiteral("-f"),
                                              m_dir.filePath(QStringLiteral("globals.sql"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            pg(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-c"),
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                QStringLiteral("postgres")});
    }

    void usageIsTwo()
    {
        QCOMPARE(cli({QStringLiteral("backup")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("restore")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("backup"), QStringLiteral("drill"), QStringLiteral("--dsn"), dsn()}).exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("list")}).exitCode, 2);
        // A password in the connection string would be in this command line for every user to see.
        const Run withPassword =
            cli({QStringLiteral("backup"), QStringLiteral("drill"), QStringLiteral("--dsn"),
                 QStringLiteral("postgresql://postgres:hunter2@127.0.0.1/postgres"), QStringLiteral("--dump"),
                 m_dir.filePath(QStringLiteral("db.dump"))});
        QCOMPARE(withPassword.exitCode, 2);
        QVERIFY(withPassword.err.contains(QStringLiteral("PGPASSWORD")));
        const Run help = cli({QStringLiteral("backup"), QStringLiteral("drill"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--globals")));
    }

    void drillPasses()
    {
        const Run r = cli({QStringLiteral("backup"), QStringLiteral("drill"), QStringLiteral("--dsn"), dsn(),
                           QStringLiteral("--dump"), m_dir.filePath(QStringLiteral("db.dump")),
                           QStringLiteral("--globals"), m_dir.filePath(QStringLiteral("globals.sql")),
                           QStringLiteral("--query"), QStringLiteral("SELECT * FROM orders WHERE id = 40"),
                           QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject json = parsed(r);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QCOMPARE(json.value(QStringLiteral("tables")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("queries"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("rows"))
                     .toInt(),
                 1);
        // The text form names the tables and the verdict.
        const Run text = cli({QStringLiteral("backup"), QStringLiteral("drill"), QStringLiteral("--dsn"),
                              dsn(), QStringLiteral("--dump"), m_dir.filePath(QStringLiteral("db.dump"))});
        QVERIFY2(text.exitCode == 0, qPrintable(text.out + text.err));
        QVERIFY(text.out.contains(QStringLiteral("Restore drill passed")));
        QVERIFY(text.out.contains(QStringLiteral("public.orders")));
    }

    void missingDumpIsAFailure()
    {
        const Run r = cli({QStringLiteral("backup"), QStringLiteral("drill"), QStringLiteral("--dsn"), dsn(),
                           QStringLiteral("--dump"), m_dir.filePath(QStringLiteral("none.dump")),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(parsed(r).value(QStringLiteral("code")).toString(), QStringLiteral("backup.missing"));
        QVERIFY(r.err.contains(QStringLiteral("none.dump")));
    }

    void droppedTableFailsTheDrill()
    {
        Run r = pg(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-c"),
                                            QStringLiteral("DROP TABLE customers"), m_database});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("backup"), QStringLiteral("drill"), QStringLiteral("--dsn"), dsn(),
                 QStringLiteral("--dump"), m_dir.filePath(QStringLiteral("db.dump")),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = parsed(r);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(r.out.contains(QStringLiteral("public.customers")), qPrintable(r.out));
    }

    void listsAFolderWithItsRuns()
    {
        QTemporaryDir backups;
        for (const char *name : {"postgres-20261205T031700Z.dump", "postgres-20261206T031700Z.dump",
                                 "postgres-20261207T031700Z.dump.partial"})
            QVERIFY(write(backups.filePath(QString::fromLatin1(name)), QByteArray(1000, 'x')));
        const QString dir = backups.path();
        const QByteArray okLog =
            QStringLiteral("2026-12-05T03:17:00Z backup of postgres started\n"
                           "2026-12-05T03:17:04Z backup %1/postgres-20261205T031700Z.dump written: 1000 "
                           "bytes, 9 entries\n"
                           "2026-12-06T03:17:00Z backup of postgres started\n"
                           "2026-12-06T03:17:03Z backup %1/postgres-20261206T031700Z.dump written: 1000 "
                           "bytes, 9 entries\n"
                           "2026-12-06T03:17:03Z copied to b2:bucket/supabase\n")
                .arg(dir)
                .toUtf8();
        const QString log = m_dir.filePath(QStringLiteral("backup.log"));
        QVERIFY(write(log, okLog));
        Run r = cli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--dir"), dir,
                     QStringLiteral("--log"), log, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QJsonObject json = parsed(r);
        QCOMPARE(json.value(QStringLiteral("newestGoodDump")).toString(),
                 QStringLiteral("postgres-20261206T031700Z.dump"));
        QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("files"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("partial"));
        QCOMPARE(json.value(QStringLiteral("runs")).toArray().size(), 2);

        // The night's run failed: the catalogue says so and the command fails.
        QVERIFY(write(log, okLog + "2026-12-07T03:17:00Z backup of postgres started\n"
                                   "2026-12-07T03:17:02Z FAILED: pg_dump exited with an error\n"));
        r = cli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--dir"), dir,
                 QStringLiteral("--log"), log, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        json = parsed(r);
        const QJsonObject newest = json.value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(newest.value(QStringLiteral("message")).toString(),
                 QStringLiteral("pg_dump exited with an error"));
        r = cli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--dir"), dir,
                 QStringLiteral("--log"), log});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("pg_dump exited with an error")));
        QVERIFY(r.out.contains(QStringLiteral("postgres-20261206T031700Z.dump")));

        r = cli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--dir"),
                 dir + QStringLiteral("/nowhere")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("nowhere")));
    }

    // The SSH forms: the nightly script (BackupScriptWriter's) on the harness's sshd, `docker exec` a
    // stand-in that runs the command here. Before a run the folder is missing (backup.missing); `run`
    // writes a dump (0), `list` shows it healthy (0), `drill` restores it on the server and passes (0).
    void runbookAsMarkdownAndPdf()
    {
        // A stack in a profile of a configuration folder of its own, then its runbook; the PDF needs
        // fonts, and the command finds them without a display.
        QTemporaryDir config;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SUPADESK_CLI_PATH),
                    QStringList{QStringLiteral("--profile"), QStringLiteral("runbook")} + args);
            p.waitForFinished(60000);
            return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                       QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        Run r = run({QStringLiteral("stacks"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("prod"), QStringLiteral("--host"), QStringLiteral("db.example"),
                     QStringLiteral("--user"), QStringLiteral("ops")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList runbook{QStringLiteral("backup"), QStringLiteral("runbook"),
                                  QStringLiteral("--stack"), QStringLiteral("prod")};
        r = run(runbook);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("prod")));
        // A PDF goes to a file, never to the terminal.
        QCOMPARE(run(runbook + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode, 2);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ka")}) {
            const QString pdf = m_dir.filePath(QStringLiteral("runbook-%1.pdf").arg(language));
            r = run(runbook + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                          QStringLiteral("--lang"), language, QStringLiteral("--output"),
                                          pdf});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(5).startsWith("%PDF"));
            QVERIFY(file.size() > 2000);
        }
        r = run(runbook + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                      QStringLiteral("--output"),
                                      QStringLiteral("/nonexistent/dir/runbook.pdf")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("/nonexistent/dir")), qPrintable(r.err));
    }

    void serverFormsOverSsh()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        const QString server = m_dir.filePath(QStringLiteral("server"));
        QVERIFY(QDir().mkpath(server + QStringLiteral("/bin")));
        QVERIFY(QDir().mkpath(server + QStringLiteral("/scratch")));
        ::chmod(QFile::encodeName(server).constData(), 0755);
        ::chmod(QFile::encodeName(server + QStringLiteral("/scratch")).constData(), 0755);
        QVERIFY(write(server + QStringLiteral("/bin/docker"),
                      "#!/usr/bin/env bash\n# SPDX-License-Identifier: GPL-3.0-or-later\n"
                      "[ \"$1\" = exec ] || exit 64\nshift\nvars=()\nwhile [ $# -gt 0 ]; do case \"$1\" in\n"
                      "-i) shift ;;\n-e) case $2 in *=*) vars+=(\"$2\") ;; *) vars+=(\"$2=${!2-}\") ;; esac; "
                      "shift 2 ;;\n"
                      "*) break ;;\nesac; done\nshift\nexec env \"${vars[@]}\" \"$@\"\n"));
        ::chmod(QFile::encodeName(server + QStringLiteral("/bin/docker")).constData(), 0755);
        QVERIFY(write(server + QStringLiteral("/.env"), "POSTGRES_PASSWORD=unused-with-trust\n"));
        BackupOptions o;
        o.backupDir = server + QStringLiteral("/backups");
        o.logFile = server + QStringLiteral("/backup.log");
        o.envFile = server + QStringLiteral("/.env");
        o.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        o.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        o.dbName = m_database;
        o.scriptPath = server + QStringLiteral("/backup.sh");
        QVERIFY(write(o.scriptPath, BackupScriptWriter::script(o).value().toUtf8()));
        const QStringList ssh{
            QStringLiteral("--host"),          testenv::value("SUPADESK_TEST_SSH_HOST"),
            QStringLiteral("--port"),          testenv::value("SUPADESK_TEST_SSH_PORT"),
            QStringLiteral("--user"),          testenv::value("SUPADESK_TEST_SSH_USER"),
            QStringLiteral("--identity"),      testenv::value("SUPADESK_TEST_SSH_KEY"),
            QStringLiteral("--known-hosts"),   testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS"),
            QStringLiteral("--backup-script"), o.scriptPath,
            QStringLiteral("--path-first"),    server + QStringLiteral("/bin"),
            QStringLiteral("--scratch-dir"),   server + QStringLiteral("/scratch"),
            QStringLiteral("--json")};
        const Run missing = cli(QStringList{QStringLiteral("backup"), QStringLiteral("list")} + ssh);
        QCOMPARE(missing.exitCode, ErrorCatalogue::exitStatus(ErrorCode::BackupMissing));
        QCOMPARE(parsed(missing).value(QStringLiteral("code")).toString(), QStringLiteral("backup.missing"));

        const Run run = cli(QStringList{QStringLiteral("backup"), QStringLiteral("run")} + ssh);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(parsed(run).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        const Run list = cli(QStringList{QStringLiteral("backup"), QStringLiteral("list")} + ssh);
        QVERIFY2(list.exitCode == 0, qPrintable(list.out + list.err));
        QCOMPARE(parsed(list).value(QStringLiteral("files")).toArray().size(), 2);
        QVERIFY(parsed(list).value(QStringLiteral("healthy")).toBool());

        const Run drill = cli(QStringList{QStringLiteral("backup"), QStringLiteral("drill")} + ssh);
        QVERIFY2(drill.exitCode == 0, qPrintable(drill.out + drill.err));
        QCOMPARE(parsed(drill).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY(
            QDir(server + QStringLiteral("/scratch")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
