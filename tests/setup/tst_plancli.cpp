// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli plan end to end, through the binary: the bundle for the production guide's reference host
// edited from Supabase's real env.example, from scratch, run again on its own output, and refused input.
#include "core/setup/envfile.h"
#include "core/setup/jwt.h"
#include "core/setup/secretaudit.h"
#include "core/setup/supabasesecrets.h"
#include "harness/clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestPlanCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    using Run = clirun::Result;

    Run cli(const QStringList &args) { return clirun::run(args, clirun::environment(m_dir.path())); }

    static QString read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    static QString example() { return QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"); }

    static QStringList reference()
    {
        return {"plan", "--ram",         "16GiB", "--cpus",     "4",  "--storage",
                "ssd",  "--connections", "200",   "--workload", "web"};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesTheBundleFromSupabasesEnvExample()
    {
        const QString out = m_dir.filePath(QStringLiteral("bundle"));
        const Run r = cli(reference() + QStringList{"--env-in", example(), "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("New secrets: POSTGRES_PASSWORD")));
        const QStringList expected{".env",
                                   "README.md",
                                   "backup.sh",
                                   "crontab.txt",
                                   "docker-compose.override.yml",
                                   "firewall.sh",
                                   "pgbouncer.ini",
                                   "postgresql.tuning.conf",
                                   "tuning.sql"};
        QStringList files = QDir(out).entryList(QDir::Files | QDir::Hidden);
        files.sort();
        QCOMPARE(files, expected);

        // .env: private, every line but the secrets and the pooler size as it was, and no finding left.
        const QFileInfo envInfo(out + QStringLiteral("/.env"));
        QCOMPARE(envInfo.permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // Scripts get the mode the Setup wizard's export gives them (0750): they read the secrets beside
        // them.
        const QFileInfo backupInfo(out + QStringLiteral("/backup.sh"));
        QCOMPARE(backupInfo.permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(backupInfo.permissions() & QFileDevice::ExeOwner);
        QVERIFY(backupInfo.permissions() & QFileDevice::ExeGroup);
        const QStringList before = read(example()).split(QLatin1Char('\n'));
        const QStringList after = read(envInfo.filePath()).split(QLatin1Char('\n'));
        QCOMPARE(after.size(), before.size());
        QStringList changed;
        for (int i = 0; i < before.size(); ++i)
            if (before.at(i) != after.at(i))
                changed.append(before.at(i).section(QLatin1Char('='), 0, 0));
        QStringList expectedChanges = SupabaseSecrets::secretKeys();
        expectedChanges.append(
            QStringLiteral("POOLER_MAX_CLIENT_CONN")); // 100 -> 800 for 80 pooled connections
        changed.sort();
        expectedChanges.sort();
        QCOMPARE(changed, expectedChanges);
        const EnvFile env = EnvFile::parse(read(envInfo.filePath()));
        QVERIFY(SecretAudit::audit(env.values(), QDateTime::currentDateTimeUtc()).isEmpty());
        const Result<Jwt> anon = Jwt::parse(env.value(QStringLiteral("ANON_KEY")));
        QVERIFY(anon.ok() && anon.value().verifyHs256(env.value(QStringLiteral("JWT_SECRET")).toUtf8()));
        QCOMPARE(env.value(QStringLiteral("POOLER_DEFAULT_POOL_SIZE")), QStringLiteral("20"));

        // The guide's values in both PostgreSQL forms.
        const QString sql = read(out + QStringLiteral("/tuning.sql"));
        for (const char *line :
             {"ALTER SYSTEM SET shared_buffers = '4GB';", "ALTER SYSTEM SET effective_cache_size = '12GB';",
              "ALTER SYSTEM SET maintenance_work_mem = '1GB';", "ALTER SYSTEM SET wal_buffers = '16MB';",
              "ALTER SYSTEM SET random_page_cost = '1.1';", "ALTER SYSTEM SET work_mem = '10MB';"})
            QVERIFY2(sql.contains(QLatin1String(line)), line);
        QVERIFY(read(out + QStringLiteral("/postgresql.tuning.conf"))
                    .contains(QLatin1String("\nmax_wal_size = '4GB'\n")));
        QVERIFY(read(out + QStringLiteral("/pgbouncer.ini"))
                    .contains(QLatin1String("\npool_mode = transaction\n")));
        QVERIFY(read(out + QStringLiteral("/docker-compose.override.yml"))
                    .contains(QLatin1String("127.0.0.1:${POSTGRES_PORT}:5432")));
        QVERIFY(read(out + QStringLiteral("/crontab.txt")).endsWith(QLatin1String("# supadesk-backup\n")));
        for (const char *script : {"/firewall.sh", "/backup.sh"}) {
            QVERIFY(QFileInfo(out + QLatin1String(script)).isExecutable());
            QCOMPARE(QProcess::execute(QStringLiteral("bash"),
                                       {QStringLiteral("-n"), out + QLatin1String(script)}),
                     0);
        }
        const QString readme = read(out + QStringLiteral("/README.md"));
        QVERIFY(readme.contains(QLatin1String("firewall.sh --confirm")));
        QVERIFY(readme.contains(QLatin1String("| `shared_buffers` | `4GB` | RAM / 4 | yes |")));
        QVERIFY(readme.contains(QLatin1String("JWT_SECRET")));

        // Run again on its own output: good secrets are kept, so a second run cannot break a running stack.
        const QString again = m_dir.filePath(QStringLiteral("again"));
        const Run second = cli(reference() + QStringList{"--env-in", envInfo.filePath(), "--out", again});
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY(!second.out.contains(QLatin1String("New secrets")));
        QCOMPARE(read(again + QStringLiteral("/.env")), read(envInfo.filePath()));

        // Unless every secret is to be rotated.
        const QString rotated = m_dir.filePath(QStringLiteral("rotated"));
        QCOMPARE(
            cli(reference() + QStringList{"--env-in", envInfo.filePath(), "--rotate-all", "--out", rotated})
                .code,
            0);
        const EnvFile rotatedEnv = EnvFile::parse(read(rotated + QStringLiteral("/.env")));
        for (const QString &key : SupabaseSecrets::secretKeys())
            QVERIFY2(rotatedEnv.value(key) != env.value(key), qPrintable(key));
    }

    void writesSecretsFromScratch()
    {
        const QString out = m_dir.filePath(QStringLiteral("scratch"));
        const Run r = cli({"plan", "--ram", "4GB", "--cpus", "2", "--storage", "hdd", "--connections", "100",
                           "--workload", "oltp", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const EnvFile env = EnvFile::parse(read(out + QStringLiteral("/.env")));
        for (const QString &key : SupabaseSecrets::secretKeys())
            QVERIFY2(!env.value(key).isEmpty(), qPrintable(key));
        QVERIFY(SecretAudit::audit(env.values(), QDateTime::currentDateTimeUtc()).isEmpty());
        QVERIFY(read(out + QStringLiteral("/tuning.sql"))
                    .contains(QLatin1String("ALTER SYSTEM SET random_page_cost = '4';")));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList host{"plan", "--cpus", "4", "--out", m_dir.filePath(QStringLiteral("bad"))};
        QTest::newRow("ram unreadable") << host + QStringList{"--ram", "lots"} << 2 << "is not a memory size";
        QTest::newRow("ram too small") << host + QStringList{"--ram", "512MiB"} << 1 << "between 1 GiB";
        QTest::newRow("storage") << host + QStringList{"--ram", "8GB", "--storage", "tape"} << 2
                                 << "ssd or hdd";
        QTest::newRow("workload") << host + QStringList{"--ram", "8GB", "--workload", "games"} << 2
                                  << "web, oltp";
        QTest::newRow("no out") << QStringList{"plan", "--ram", "8GB", "--cpus", "2"} << 2 << "--out";
        QTest::newRow("missing env") << host + QStringList{"--ram", "8GB", "--env-in", "/nonexistent/.env"}
                                     << 1 << "/nonexistent/.env";
    }

    void refusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad/.env"))));
    }

    void malformedEnvIsReportedAndNothingIsWritten()
    {
        QString text = read(example());
        text.replace(QLatin1String("SITE_URL=http://localhost:3000"),
                     QLatin1String("SITE_URL http://localhost:3000"));
        QFile broken(m_dir.filePath(QStringLiteral("broken.env")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(text.toUtf8());
        broken.close();
        const QString out = m_dir.filePath(QStringLiteral("broken-out"));
        const Run r = cli(reference() + QStringList{"--env-in", broken.fileName(), "--out", out});
        QCOMPARE(r.code, 1);
        const int line = text.left(text.indexOf(QLatin1String("SITE_URL http"))).count(QLatin1Char('\n')) + 1;
        QVERIFY2(r.err.contains(QStringLiteral("Line %1").arg(line)), qPrintable(r.err));
        QVERIFY(!QDir(out).exists());
    }

    // A password with a stray quote is a malformed line: the output names its key, never its value.
    void aMalformedSecretLineIsNotPrinted()
    {
        QFile broken(m_dir.filePath(QStringLiteral("broken-secret.env")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("SITE_URL=http://localhost:3000\nPOSTGRES_PASSWORD=\"pw-Planted-7f3e\n");
        broken.close();
        const Run r = cli(reference() + QStringList{"--env-in", broken.fileName(), "--out",
                                                    m_dir.filePath(QStringLiteral("broken-secret-out"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line 2 (POSTGRES_PASSWORD)")), qPrintable(r.err));
        QVERIFY2(!(r.out + r.err).contains(QStringLiteral("pw-Planted")), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"
