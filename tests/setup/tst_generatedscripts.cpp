// SPDX-License-Identifier: GPL-3.0-or-later
// Generated scripts as the server runs them: bash accepts them, shellcheck finds nothing, the compose
// override merged with Supabase's compose file publishes the pooler on 127.0.0.1 only, and backup.sh
// really dumps the harness's PostgreSQL, verifies the dump, logs its size and applies the retention.
#include "core/setup/backupscriptwriter.h"
#include "core/setup/composeoverridewriter.h"
#include "core/setup/firewallplanner.h"
#include "harness/testenv.h"
#include "services/backup/backupkey.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <utime.h>

using namespace supadesk;

class TestGeneratedScripts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &args, const QString &workDir = {},
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString write(const QString &name, const QString &text, bool executable = false)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        file.close();
        if (executable)
            file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
        return path;
    }

    static QString dataFile(const char *name)
    {
        return QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/") + QLatin1String(name);
    }

    QString scriptText(const QString &which)
    {
        if (which == QLatin1String("firewall"))
            return FirewallPlanner::script(FirewallOptions{}).value();
        FirewallOptions custom;
        if (which == QLatin1String("firewall-custom")) {
            custom.sshPort = 2222;
            custom.publicPorts = {8000, 8443};
            custom.revertAfterSeconds = 120;
            return FirewallPlanner::script(custom).value();
        }
        BackupOptions backup;
        if (which == QLatin1String("backup-rclone"))
            backup.rcloneRemote = QStringLiteral("b2:bucket/supabase");
        if (which == QLatin1String("backup-encrypted"))
            backup.encryptKeyFile = BackupScriptWriter::defaultKeyFile();
        return BackupScriptWriter::script(backup).value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void scriptsAreCleanForBashAndShellcheck_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("firewall.sh") << "firewall";
        QTest::newRow("firewall.sh, custom ports") << "firewall-custom";
        QTest::newRow("backup.sh") << "backup";
        QTest::newRow("backup.sh with rclone") << "backup-rclone";
        QTest::newRow("backup.sh encrypted") << "backup-encrypted";
    }

    void scriptsAreCleanForBashAndShellcheck()
    {
        QFETCH(QString, which);
        const QString path = write(which + QStringLiteral(".sh"), scriptText(which), true);
        const Run syntax = run(QStringLiteral("bash"), {QStringLiteral("-n"), path});
        QVERIFY2(syntax.code == 0, qPrintable(syntax.err));
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/shellcheck")),
                 "shellcheck is missing: apt-get install shellcheck");
        const Run lint = run(QStringLiteral("shellcheck"), {QStringLiteral("--severity=style"), path});
        QVERIFY2(lint.code == 0, qPrintable(lint.out + lint.err));
    }

    void overrideMergedWithSupabaseComposePublishesPoolerOnLoopbackOnly()
    {
        // Debian's docker-compose (v1) merges `ports` by adding entries and does not know the `!override`
        // tag that Compose v2 uses to replace them. The tag's meaning is applied here, with PyYAML, to
        // Supabase's compose file; then docker-compose validates and resolves the merged file.
        const QString project = m_dir.filePath(QStringLiteral("compose"));
        QDir().mkpath(project);
        QVERIFY(QFile::copy(dataFile("docker-compose.excerpt.yml"),
                            project + QStringLiteral("/docker-compose.yml")));
        QVERIFY(QFile::copy(dataFile("env.example"), project + QStringLiteral("/.env")));
        write(QStringLiteral("compose/override.yml"), ComposeOverrideWriter::loopbackPooler());
        const QString merge = QStringLiteral(R"PY(
import sys, yaml
class Override(list):
    pass
def construct_override(loader, node):
    return Override(loader.construct_sequence(node))
yaml.SafeLoader.add_constructor('!override', construct_override)
base = yaml.safe_load(open('docker-compose.yml'))
override = yaml.safe_load(open('override.yml'))
for name, service in override['services'].items():
    if name not in base['services']:
        sys.exit('override names a service the compose file lacks: ' + name)
    for key, value in service.items():
        if not isinstance(value, Override):
            sys.exit('override changes ' + key + ' without !override: Compose would add to the list')
        base['services'][name][key] = list(value)
yaml.safe_dump(base, open('merged.yml', 'w'), sort_keys=False)
)PY");
        const Run merged = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), merge}, project);
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/docker-compose")),
                 "docker-compose is missing: apt-get install docker-compose");
        const Run configYaml =
            run(QStringLiteral("docker-compose"),
                {QStringLiteral("-f"), QStringLiteral("merged.yml"), QStringLiteral("config")}, project);
        QVERIFY2(configYaml.code == 0, qPrintable(configYaml.err));
        // Every published port of the pooler is bound to 127.0.0.1, and nothing else publishes 5432/6543.
        const QString check = QStringLiteral(R"PY(
import sys, yaml
config = yaml.safe_load(sys.stdin)
pooler = config['services']['supavisor']['ports']
assert len(pooler) == 3, pooler
published_ports = set()
for port in pooler:
    text = port if isinstance(port, str) else None
    ip = port.get('host_ip') if isinstance(port, dict) else text.split(':')[0]
    assert ip == '127.0.0.1', port
    published = str(port.get('published')) if isinstance(port, dict) else text.split(':')[1]
    published_ports.add(published)
# The database, the transaction pooler and Supavisor's metrics (for the dashboard through the tunnel).
assert published_ports == {'5432', '6543', '4000'}, pooler
for name, service in config['services'].items():
    for port in service.get('ports', []):
        if name != 'supavisor':
            published = str(port.get('published')) if isinstance(port, dict) else str(port).split(':')[-2]
            assert published not in ('5432', '6543'), (name, port)
print('ok')
)PY");
        QProcess p;
        p.setWorkingDirectory(project);
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), check});
        p.write(configYaml.out.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    }

    // backup.sh against the harness's PostgreSQL. There is no Docker daemon here, so `docker exec` is a
    // small stand-in that runs the command on this host with the given environment; pg_dump and
    // pg_restore are the real ones.
    void backupDumpsVerifiesLogsAndPrunes()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        write(QStringLiteral("bin/docker"), QStringLiteral(R"SH(#!/usr/bin/env bash
# docker exec [-i] [-e K=V | -e K]... CONTAINER COMMAND...: runs COMMAND here (-e K passes K's value
# from docker's own environment, as docker does).
[ "$1" = exec ] || exit 64
shift
vars=()
while [ $# -gt 0 ]; do
    case "$1" in
    -i) shift ;;
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
echo "$1" >>"$(dirname "$0")/containers"
shift
exec env "${vars[@]}" "$@"
)SH"),
              true);
        const QString backupDir = m_dir.filePath(QStringLiteral("backups"));
        QDir().mkpath(backupDir);
        // An old dump past retention and a recent one: only the old one goes.
        const QString old =
            write(QStringLiteral("backups/postgres-20200101T000000Z.dump"), QStringLiteral("old"));
        const QString recent =
            write(QStringLiteral("backups/postgres-recent.dump"), QStringLiteral("recent"));
        const qint64 twentyDaysAgo = QDateTime::currentSecsSinceEpoch() - 20 * 86400;
        struct utimbuf times
        {
            twentyDaysAgo, twentyDaysAgo
        };
        QCOMPARE(::utime(old.toLocal8Bit().constData(), &times), 0);
        const QString env = write(QStringLiteral("supabase/.env"),
                                  QStringLiteral("# secrets\nPOSTGRES_PASSWORD=\"unused-with-trust\"\n"));
        // The Storage files volume beside the .env, as Supabase's compose mounts it.
        write(QStringLiteral("supabase/volumes/storage/stub/stub/avatars/me.png/v1"), QStringLiteral("PNG"));

        BackupOptions o;
        o.backupDir = backupDir;
        o.logFile = m_dir.filePath(QStringLiteral("log/backup.log"));
        o.envFile = env;
        o.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        o.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        o.retentionDays = 14;
        const QString script =
            write(QStringLiteral("backup.sh"), BackupScriptWriter::script(o).value(), true);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           bin + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        const Run r = run(QStringLiteral("bash"), {script}, {}, environment);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(recent));
        const QStringList dumps =
            QDir(backupDir).entryList({QStringLiteral("postgres-2*.dump")}, QDir::Files);
        QCOMPARE(dumps.size(), 1);
        const QString dump = backupDir + QLatin1Char('/') + dumps.first();
        QVERIFY(QDir(backupDir).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
        // Custom format, readable by pg_restore, and only the owner may read it.
        QFile dumpFile(dump);
        QVERIFY(dumpFile.open(QIODevice::ReadOnly));
        QCOMPARE(dumpFile.read(5), QByteArray("PGDMP"));
        QCOMPARE(dumpFile.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const Run list =
            run(QStringLiteral("/usr/lib/postgresql/15/bin/pg_restore"), {QStringLiteral("--list"), dump});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY(list.out.contains(QLatin1String("EXTENSION - pg_stat_statements")));

        QFile log(o.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QStringLiteral("written: %1 bytes").arg(QFileInfo(dump).size())),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("removed ") + old));
        QFile containers(bin + QStringLiteral("/containers"));
        QVERIFY(containers.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(containers.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList({QStringLiteral("supabase-db"), QStringLiteral("supabase-db"),
                              QStringLiteral("supabase-db")}));
        // The roles beside the dump, under the same stamp, and a line for them in the log.
        const QString globals = dump.chopped(5) + QStringLiteral(".globals.sql");
        QFile globalsFile(globals);
        QVERIFY2(globalsFile.open(QIODevice::ReadOnly), qPrintable(globals));
        QVERIFY(globalsFile.readAll().contains("CREATE ROLE postgres;"));
        QCOMPARE(globalsFile.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY2(text.contains(QLatin1String("globals ") + globals + QLatin1String(" written")),
                 qPrintable(text));
        // The Storage files under the same stamp, with the object inside.
        const QString storage = backupDir + QStringLiteral("/storage-") +
                                dumps.first().section(QLatin1Char('-'), 1).chopped(5) +
                                QStringLiteral(".tar.gz");
        QVERIFY2(QFile::exists(storage), qPrintable(QDir(backupDir).entryList().join(' ')));
        const Run tar = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), storage});
        QVERIFY2(tar.out.contains(QLatin1String("./stub/stub/avatars/me.png/v1")), qPrintable(tar.out));
        QVERIFY2(text.contains(QLatin1String("storage ") + storage + QLatin1String(" written")),
                 qPrintable(text));
    }

    void backupEncryptsToThePublicKey()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        const Result<BackupKey> key = BackupKey::make(QStringLiteral("test"));
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        QVERIFY(key.value().publicKey.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
        QVERIFY(key.value().secretKey.startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----"));
        BackupOptions o;
        o.backupDir = m_dir.filePath(QStringLiteral("sealed"));
        o.logFile = m_dir.filePath(QStringLiteral("log/sealed.log"));
        o.envFile = write(QStringLiteral("sealedstack/.env"), QStringLiteral("POSTGRES_PASSWORD=x\n"));
        write(QStringLiteral("sealedstack/volumes/storage/stub/file"), QStringLiteral("object"));
        o.encryptKeyFile =
            write(QStringLiteral("backup-key.asc"), QString::fromLatin1(key.value().publicKey));
        o.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        o.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        const QString script =
            write(QStringLiteral("backup-sealed.sh"), BackupScriptWriter::script(o).value(), true);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) + QLatin1Char(':') +
                                                       environment.value(QStringLiteral("PATH")));
        const Run r = run(QStringLiteral("bash"), {script}, {}, environment);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // Only encrypted files are kept: the dump, the globals and the Storage archive.
        const QStringList files = QDir(o.backupDir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        for (const QString &f : files)
            QVERIFY2(f.endsWith(QLatin1String(".gpg")), qPrintable(f));
        QVERIFY(files.filter(QStringLiteral(".dump.gpg")).size() == 1);
        QVERIFY(files.filter(QRegularExpression(QStringLiteral("^storage-\\d{8}T\\d{6}Z\\.tar\\.gz\\.gpg$")))
                    .size() == 1);
        QFile sealed(o.backupDir + QLatin1Char('/') + files.filter(QStringLiteral(".dump.gpg")).first());
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        QVERIFY(!sealed.read(5).startsWith("PGDMP"));
        // The secret key opens it: a custom-format dump inside.
        QTemporaryDir home;
        QProcess gpg;
        gpg.start(QStringLiteral("gpg"), {QStringLiteral("--homedir"), home.path(), QStringLiteral("--batch"),
                                          QStringLiteral("--import")});
        gpg.write(key.value().secretKey);
        gpg.closeWriteChannel();
        QVERIFY(gpg.waitForFinished(60000));
        QCOMPARE(gpg.exitCode(), 0);
        const Run opened =
            run(QStringLiteral("gpg"), {QStringLiteral("--homedir"), home.path(), QStringLiteral("--batch"),
                                        QStringLiteral("--decrypt"), sealed.fileName()});
        QVERIFY2(opened.out.startsWith(QLatin1String("PGDMP")), qPrintable(opened.err));
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--homedir"), home.path(),
                                                      QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
        QFile log(o.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("encrypted with gpg"), text.constData());
        QVERIFY2(text.contains(".dump.gpg written"), text.constData());
    }

    void backupFailsLoudlyWhenTheDatabaseIsUnreachable()
    {
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        BackupOptions o;
        o.backupDir = m_dir.filePath(QStringLiteral("backups-fail"));
        o.logFile = m_dir.filePath(QStringLiteral("log/fail.log"));
        o.envFile = write(QStringLiteral("fail/.env"), QStringLiteral("POSTGRES_PASSWORD=x\n"));
        o.dbHost = QStringLiteral("127.0.0.1");
        o.dbPort = 1; // nothing listens there
        const QString script =
            write(QStringLiteral("backup-fail.sh"), BackupScriptWriter::script(o).value(), true);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           bin + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        const Run r = run(QStringLiteral("bash"), {script}, {}, environment);
        QVERIFY(r.code != 0);
        QVERIFY(QDir(o.backupDir).entryList(QDir::Files).isEmpty()); // no partial dump left behind
        QFile log(o.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("FAILED: pg_dump"));
    }
};

QTEST_GUILESS_MAIN(TestGeneratedScripts)
#include "tst_generatedscripts.moc"
