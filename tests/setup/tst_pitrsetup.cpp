// SPDX-License-Identifier: GPL-3.0-or-later
// Point-in-time recovery's setup as `supadesk-cli plan --wal-archive` writes it: the compose override
// mounts the server's PITR folder into the db container (docker-compose resolves it with Supabase's
// compose file, keeping the data volume), the archive_command writes into that mount, and the two scripts
// that create the folder and take base backups pass bash -n and shellcheck.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestPitrSetup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    Run run(const QString &program, const QStringList &args, const QString &dir = QString(),
            const QByteArray &input = QByteArray())
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The test's own profile: a stack added here goes nowhere else.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString bundle() const { return m_dir.filePath(QStringLiteral("bundle")); }

private slots:
    void initTestCase()
    {
        const Run plan =
            run(QStringLiteral(SUPADESK_CLI_PATH),
                {QStringLiteral("plan"), QStringLiteral("--ram"), QStringLiteral("16GiB"),
                 QStringLiteral("--cpus"), QStringLiteral("4"), QStringLiteral("--wal-archive"),
                 QStringLiteral("/var/lib/postgresql/pitr"), QStringLiteral("--wal-archive-host"),
                 QStringLiteral("/srv/pitr"), QStringLiteral("--out"), bundle()});
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
    }

    void archiveCommandWritesIntoTheMount()
    {
        const QString tuning = read(bundle() + QStringLiteral("/tuning.sql"));
        QVERIFY2(tuning.contains(QLatin1String(
                     "test ! -f /var/lib/postgresql/pitr/wal/%f && cp %p /var/lib/postgresql/pitr/wal/%f")),
                 qPrintable(tuning));
        QVERIFY(tuning.contains(QLatin1String("ALTER SYSTEM SET archive_mode = 'on'")));
        const QString readme = read(bundle() + QStringLiteral("/README.md"));
        QVERIFY(readme.contains(QLatin1String("pitr-setup.sh")));
        QVERIFY(
            read(bundle() + QStringLiteral("/pitr-crontab.txt")).contains(QLatin1String("# supadesk-pitr")));
    }

    void composeMountsTheFolderIntoTheDbContainer()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/docker-compose")),
                 "docker-compose is missing: apt-get install docker-compose");
        const QString project = m_dir.filePath(QStringLiteral("compose"));
        QDir().mkpath(project);
        QVERIFY(QFile::copy(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/docker-compose.excerpt.yml"),
                            project + QStringLiteral("/docker-compose.yml")));
        QVERIFY(QFile::copy(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"),
                            project + QStringLiteral("/.env")));
        // Debian's docker-compose (v1) does not know Compose v2's `!override` tag of the pooler's ports:
        // that part is applied with PyYAML first (as tst_generatedscripts does); the volumes go to
        // docker-compose as an override file of their own, merged by docker-compose itself.
        const QString split = QStringLiteral(R"PY(
import yaml
class Override(list):
    pass
yaml.SafeLoader.add_constructor('!override', lambda l, n: Override(l.construct_sequence(n)))
base = yaml.safe_load(open('docker-compose.yml'))
override = yaml.safe_load(open('%1/docker-compose.override.yml'))
rest = {'services': {}}
for name, service in override['services'].items():
    for key, value in service.items():
        if isinstance(value, Override):
            base['services'][name][key] = list(value)
        else:
            rest['services'].setdefault(name, {})[key] = value
yaml.safe_dump(base, open('merged.yml', 'w'), sort_keys=False)
yaml.safe_dump(rest, open('volumes.yml', 'w'), sort_keys=False)
)PY")
                                  .arg(bundle());
        const Run merged = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), split}, project);
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        const Run config = run(QStringLiteral("docker-compose"),
                               {QStringLiteral("-f"), QStringLiteral("merged.yml"), QStringLiteral("-f"),
                                QStringLiteral("volumes.yml"), QStringLiteral("config")},
                               project);
        QVERIFY2(config.code == 0, qPrintable(config.err));
        const QString check = QStringLiteral(R"PY(
import sys, yaml
db = yaml.safe_load(sys.stdin)['services']['db']
mounts = {}
for v in db['volumes']:
    if isinstance(v, dict):
        mounts[v['target']] = v.get('source')
    else:
        parts = v.split(':')
        mounts[parts[1]] = parts[0]
assert mounts.get('/var/lib/postgresql/pitr') == '/srv/pitr', mounts
assert '/var/lib/postgresql/data' in mounts, mounts
print('ok')
)PY");
        const Run checked = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), check}, project,
                                config.out.toUtf8());
        QVERIFY2(checked.code == 0, qPrintable(checked.err + config.out));
    }

    // The runbook through the CLI, for a stack of the profile, in Georgian.
    void runbookForAStack()
    {
        const QString cli = QStringLiteral(SUPADESK_CLI_PATH);
        const Run added =
            run(cli, {QStringLiteral("stacks"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("prod"), QStringLiteral("--host"), QStringLiteral("db.example.com"),
                      QStringLiteral("--user"), QStringLiteral("ops")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString out = m_dir.filePath(QStringLiteral("runbook.md"));
        const Run written =
            run(cli, {QStringLiteral("backup"), QStringLiteral("runbook"), QStringLiteral("--stack"),
                      QStringLiteral("prod"), QStringLiteral("--lang"), QStringLiteral("ka"),
                      QStringLiteral("--contact"), QStringLiteral("Nino, DBA"), QStringLiteral("--pitr-dir"),
                      QStringLiteral("/srv/pitr"), QStringLiteral("--out"), out});
        QVERIFY2(written.code == 0, qPrintable(written.err));
        const QString md = read(out);
        QVERIFY2(md.startsWith(QStringLiteral("# ავარიული")), qPrintable(md.left(80)));
        QVERIFY(md.contains(QLatin1String("Nino, DBA")));
        QVERIFY(md.contains(QLatin1String("supadesk-cli pitr restore --data-dir /srv/pitr")));
        QVERIFY(md.contains(QLatin1String("`ops@db.example.com`")));
        QCOMPARE(run(cli, {QStringLiteral("backup"), QStringLiteral("runbook"), QStringLiteral("--stack"),
                           QStringLiteral("prod"), QStringLiteral("--format"), QStringLiteral("pdf")})
                     .code,
                 2);
        QCOMPARE(run(cli, {QStringLiteral("backup"), QStringLiteral("runbook"), QStringLiteral("--stack"),
                           QStringLiteral("nope")})
                     .code,
                 2);
    }

    void scriptsAreCleanForBashAndShellcheck_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("pitr-setup.sh") << QStringLiteral("pitr-setup.sh");
        QTest::newRow("pitr-basebackup.sh") << QStringLiteral("pitr-basebackup.sh");
    }

    void scriptsAreCleanForBashAndShellcheck()
    {
        QFETCH(QString, name);
        const QString path = bundle() + QLatin1Char('/') + name;
        QVERIFY(QFileInfo(path).isExecutable());
        const Run syntax = run(QStringLiteral("bash"), {QStringLiteral("-n"), path});
        QVERIFY2(syntax.code == 0, qPrintable(syntax.err));
        const Run lint = run(QStringLiteral("shellcheck"), {QStringLiteral("--severity=style"), path});
        QVERIFY2(lint.code == 0, qPrintable(lint.out + lint.err));
    }
};

QTEST_GUILESS_MAIN(TestPitrSetup)
#include "tst_pitrsetup.moc"
