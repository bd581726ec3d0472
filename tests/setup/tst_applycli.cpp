// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli apply, run as a user runs it: a bundle from `supadesk-cli plan` applied to a stack
// through the harness's sshd, into a temporary install directory holding Supabase's .env.example;
// --dry-run changes nothing, a failing step exits non-zero with every file as it was.
#include "core/setup/envfile.h"
#include "harness/clirun.h"
#include "harness/testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestApplyCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_install;

    using Run = clirun::Result;

    Run cli(const QStringList &args) { return clirun::run(args, clirun::environment(m_dir.path())); }

    static QByteArray read(const QString &path) { return clirun::readFile(path); }

    QString bundle() const { return m_dir.filePath(QStringLiteral("bundle")); }
    QString envPath() const { return m_install->filePath(QStringLiteral(".env")); }

    // Backups (root's crontab) and tuning (a db container) are left out unless `skips` says otherwise.
    QStringList apply(const QStringList &extra,
                      const QStringList &skips = {QStringLiteral("backup"), QStringLiteral("tuning")}) const
    {
        QStringList args{QStringLiteral("apply"),
                         QStringLiteral("--stack"),
                         QStringLiteral("scratch"),
                         QStringLiteral("--known-hosts"),
                         testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS"),
                         QStringLiteral("--bundle"),
                         bundle()};
        for (const QString &skip : skips)
            args << QStringLiteral("--skip") << skip;
        return args + extra;
    }

    // File name -> bytes, Supadesk's backups left out (they are listed in `backups`).
    QMap<QString, QByteArray> files(QStringList *backups = nullptr) const
    {
        QMap<QString, QByteArray> all;
        QDirIterator it(m_install->path(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String(".supadesk-backup-"))) {
                if (backups)
                    backups->append(path);
                continue;
            }
            all.insert(QFileInfo(path).fileName(), read(path));
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        QVERIFY(m_dir.isValid());
        const Run plan = cli({QStringLiteral("plan"), QStringLiteral("--ram"), QStringLiteral("16GiB"),
                              QStringLiteral("--cpus"), QStringLiteral("4"), QStringLiteral("--storage"),
                              QStringLiteral("ssd"), QStringLiteral("--connections"), QStringLiteral("200"),
                              QStringLiteral("--workload"), QStringLiteral("web"), QStringLiteral("--env-in"),
                              QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"),
                              QStringLiteral("--out"), bundle()});
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
    }

    void init()
    {
        m_install = std::make_unique<QTemporaryDir>();
        QFile env(envPath());
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write(read(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example")));
        env.close();
        cli({QStringLiteral("stacks"), QStringLiteral("remove"), QStringLiteral("scratch")});
        const Run added = cli(
            {QStringLiteral("stacks"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("scratch"), QStringLiteral("--host"), testenv::value("SUPADESK_TEST_SSH_HOST"),
             QStringLiteral("--port"), testenv::value("SUPADESK_TEST_SSH_PORT"), QStringLiteral("--user"),
             testenv::value("SUPADESK_TEST_SSH_USER"), QStringLiteral("--auth"), QStringLiteral("key"),
             QStringLiteral("--identity"), testenv::value("SUPADESK_TEST_SSH_KEY"),
             QStringLiteral("--install-dir"), m_install->path()});
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }

    void dryRunPrintsDiffsAndChangesNothing()
    {
        const QMap<QString, QByteArray> before = files();
        const Run run = cli(apply({QStringLiteral("--dry-run")}));
        QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains(QStringLiteral("-JWT_SECRET=••••••••")));
        QVERIFY(
            run.out.contains(QStringLiteral("+++ b%1/docker-compose.override.yml").arg(m_install->path())));
        QVERIFY(run.out.contains(QStringLiteral("Would run: cd ")));
        QVERIFY(run.out.contains(QStringLiteral("[3/3] previewed")));
        QVERIFY(
            run.out.contains(QStringLiteral("Dry run: 3 steps checked, nothing was changed on the server.")));
        const QString secret = EnvFile::parse(QString::fromUtf8(read(bundle() + QStringLiteral("/.env"))))
                                   .value(QStringLiteral("JWT_SECRET"));
        QVERIFY(!run.out.contains(secret));
        QStringList backups;
        QCOMPARE(files(&backups), before);
        QVERIFY(backups.isEmpty());
    }

    // The steps the options add show up in a dry run: pgbouncer.ini as a new file, PgBouncer's
    // restart, and the database restart after the tuning.
    void dryRunShowsPgBouncerAndRestartSteps()
    {
        const QString ini = m_install->filePath(QStringLiteral("pgbouncer.ini"));
        const Run run = cli(
            apply({QStringLiteral("--dry-run"), QStringLiteral("--restart-db-if-needed"),
                   QStringLiteral("--restart-wait"), QStringLiteral("45"), QStringLiteral("--pgbouncer-ini"),
                   ini, QStringLiteral("--pgbouncer-service"), QStringLiteral("pgbouncer")},
                  {QStringLiteral("backup")}));
        QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains(QStringLiteral("[7/7] previewed")));
        QVERIFY(run.out.contains(QStringLiteral("--- /dev/null\n+++ b%1").arg(ini)));
        QVERIFY(run.out.contains(QStringLiteral("+pool_mode = transaction")));
        QVERIFY(run.out.contains(QStringLiteral("Would run: cd '%1' && docker compose restart 'pgbouncer'")
                                     .arg(m_install->path())));
        QVERIFY(run.out.contains(QStringLiteral("docker compose restart db || exit 1")));
        QVERIFY(
            run.out.contains(QStringLiteral("wait up to 45 seconds until PostgreSQL accepts connections")));
        QVERIFY(!QFile::exists(ini));

        const Run lonely = cli(apply({QStringLiteral("--dry-run"), QStringLiteral("--pgbouncer-service"),
                                      QStringLiteral("pgbouncer")}));
        QCOMPARE(lonely.code, 2);
        QCOMPARE(cli(apply({QStringLiteral("--restart-wait"), QStringLiteral("soon")})).code, 2);
    }

    void applyEditsTheEnvInPlaceAndKeepsABackup()
    {
        const QByteArray original = read(envPath());
        const Run run = cli(apply({QStringLiteral("--skip"), QStringLiteral("recreate")}));
        QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains(QStringLiteral("[1/2] applied")));
        QVERIFY(run.out.contains(QStringLiteral("All 2 steps were applied.")));
        const EnvFile applied = EnvFile::parse(QString::fromUtf8(read(envPath())));
        const EnvFile planned = EnvFile::parse(QString::fromUtf8(read(bundle() + QStringLiteral("/.env"))));
        QCOMPARE(applied.value(QStringLiteral("JWT_SECRET")), planned.value(QStringLiteral("JWT_SECRET")));
        QCOMPARE(applied.value(QStringLiteral("ANON_KEY")), planned.value(QStringLiteral("ANON_KEY")));
        QVERIFY(QFile::exists(m_install->filePath(QStringLiteral("docker-compose.override.yml"))));
        QStringList backups;
        files(&backups);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(read(backups.first()), original);
    }

    void aFailingStepExitsNonZeroWithEveryFileAsBefore()
    {
        const QMap<QString, QByteArray> before = files();
        // `false` in place of psql: the SQL step fails after the .env and the override were written.
        const Run run = cli(apply({QStringLiteral("--psql"), QStringLiteral("false")},
                                  {QStringLiteral("backup"), QStringLiteral("recreate")}));
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QStringLiteral("[3/3] failed")));
        QVERIFY(run.err.contains(QStringLiteral("Step 3 failed")));
        QVERIFY(run.err.contains(QStringLiteral("Rolled back: steps 1, 2.")));
        QVERIFY(run.err.contains(QStringLiteral("The server is as it was before.")));
        QCOMPARE(files(), before);
    }

    // A failed `docker compose up -d` may have recreated some containers: it runs again after the
    // files are restored, and when that fails too the exit status says the server is not as before.
    void aFailedRecreateIsRunAgainAndReportedWhenThatFails()
    {
        const QMap<QString, QByteArray> before = files();
        const Run run = cli(apply({QStringLiteral("--compose"), QStringLiteral("false")}));
        QCOMPARE(run.code, 3);
        QVERIFY(run.out.contains(QStringLiteral("[3/3] failed")));
        QVERIFY(run.out.contains(QStringLiteral("Running step 3 again with the restored files")));
        QVERIFY(run.err.contains(QStringLiteral("Rolled back: steps 1, 2.")));
        QVERIFY(run.err.contains(
            QStringLiteral("Step 3 could not be rolled back: The command ended with exit status 1")));
        QVERIFY(run.err.contains(QStringLiteral("failed too")));
        QVERIFY(run.err.contains(QStringLiteral("NOT as it was before")));
        QCOMPARE(files(), before);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("apply"), QStringLiteral("--stack"), QStringLiteral("scratch")}).code,
                 2);
        const Run unknown = cli({QStringLiteral("apply"), QStringLiteral("--stack"), QStringLiteral("nope"),
                                 QStringLiteral("--bundle"), bundle()});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("nope")));
        const Run skip = cli(apply({QStringLiteral("--skip"), QStringLiteral("everything")}));
        QCOMPARE(skip.code, 2);
        const Run empty = cli({QStringLiteral("apply"), QStringLiteral("--stack"), QStringLiteral("scratch"),
                               QStringLiteral("--bundle"), m_dir.filePath(QStringLiteral("no-bundle"))});
        QCOMPARE(empty.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestApplyCli)
#include "tst_applycli.moc"
