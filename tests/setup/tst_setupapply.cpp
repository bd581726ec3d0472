// SPDX-License-Identifier: GPL-3.0-or-later
// Preflight and apply through the harness's real sshd, into a temporary install directory that holds
// Supabase's real .env.example and compose file: secrets replaced, comments kept, backups next to
// each file; a step that fails mid-way (a command `false`, a path that cannot be written, a cancel)
// leaves every file byte for byte as it was, and the report says which steps were rolled back.
#include "core/setup/applyplanbuilder.h"
#include "core/setup/envfile.h"
#include "core/setup/preflightevaluator.h"
#include "core/setup/setupbundle.h"
#include "harness/harnessstack.h"
#include "scratchpostgres.h"
#include "services/setup/preflightrunner.h"
#include "services/setup/setupapplier.h"
#include "services/stackconnection.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    f.setPermissions(permissions);
}

QString local(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString modeOf(const QString &path)
{
    return local(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%a"), path});
}

QByteArray example()
{
    return readAll(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
}

// Every file under a folder with its bytes and permissions, except Supadesk's backups.
struct FileState
{
    QByteArray bytes;
    QFileDevice::Permissions permissions;
    bool operator==(const FileState &) const = default;
};
using Snapshot = QMap<QString, FileState>;

Snapshot snapshot(const QString &dir, QStringList *backups = nullptr)
{
    Snapshot files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(dir).relativeFilePath(path);
        if (name.contains(QLatin1String(".supadesk-backup-"))) {
            if (backups)
                backups->append(name);
            continue;
        }
        files.insert(name, {readAll(path), QFile(path).permissions()});
    }
    return files;
}

QStringList commentLines(const QByteArray &text)
{
    QStringList comments;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (line.trimmed().startsWith(QLatin1Char('#')))
            comments.append(line);
    return comments;
}

Bundle bundleFor(const QByteArray &env)
{
    BundleInput in;
    in.host.ramMb = 16 * 1024;
    in.host.cpus = 4;
    in.host.connections = 200;
    in.envIn = QString::fromUtf8(env);
    in.now = QDateTime::currentDateTimeUtc();
    const Result<Bundle> bundle = SetupBundle::build(in);
    if (!bundle.ok())
        qFatal("bundle: %s", qPrintable(bundle.error().message));
    return bundle.value();
}

} // namespace

class TestSetupApply : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<StackConnection> m_connection;
    ScratchPostgres m_pg;
    std::unique_ptr<QTemporaryDir> m_install;

    QString installDir() const { return m_install->path(); }
    QString envPath() const { return m_install->filePath(QStringLiteral(".env")); }

    QString psqlCommand() const
    {
        return QStringLiteral("%1 -h %2 -U postgres -d postgres -v ON_ERROR_STOP=1 -X -q")
            .arg(ScratchPostgres::bin(QStringLiteral("psql")), m_pg.socketDir());
    }
    QString show(const QString &setting) const
    {
        return m_pg.psql({QStringLiteral("SHOW %1").arg(setting)}).out.trimmed();
    }

    StackConnection::Settings settings() const
    {
        StackConnection::Settings s = testenv::harnessSsh();
        return s;
    }

    ApplyReport apply(const ApplyPlan &plan, SetupApplier::Mode mode = SetupApplier::Mode::Apply)
    {
        SetupApplier applier(m_connection.get());
        return applier.runAndWait(plan, mode);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        QVERIFY(m_home.isValid());
        m_connection = std::make_unique<StackConnection>(settings());
        QVERIFY(m_connection->connectToStack().ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() == StackConnection::State::Connected ||
                                     m_connection->state() == StackConnection::State::Failed,
                                 20000);
        QVERIFY2(m_connection->state() == StackConnection::State::Connected,
                 qPrintable(m_connection->reason()));
        QVERIFY2(m_pg.init(), qPrintable(m_pg.lastError()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError()));
    }

    // A fresh install directory for each test: Supabase's .env.example as .env (0600) and its compose file.
    void init()
    {
        m_install = std::make_unique<QTemporaryDir>();
        QVERIFY(m_install->isValid());
        writeAll(envPath(), example(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        writeAll(m_install->filePath(QStringLiteral("docker-compose.yml")),
                 readAll(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/docker-compose.excerpt.yml")),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                     QFileDevice::ReadOther);
    }

    void preflightReadsThisHost()
    {
        PreflightRunner runner(m_connection.get());
        QSignalSpy finished(&runner, &PreflightRunner::finished);
        QSignalSpy failed(&runner, &PreflightRunner::failed);
        runner.run(installDir());
        QVERIFY(runner.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        const HostFacts &f = runner.facts();

        // The sshd runs on this machine, so the facts must be what this machine says of itself.
        QCOMPARE(f.cpus, local(QStringLiteral("nproc"), {}).toInt());
        const QString meminfo = QString::fromUtf8(readAll(QStringLiteral("/proc/meminfo")));
        QCOMPARE(f.memTotalKb, meminfo.section(QLatin1Char('\n'), 0, 0)
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                   .at(1)
                                   .toLongLong());
        QCOMPARE(f.kernel, local(QStringLiteral("uname"), {QStringLiteral("-r")}));
        QCOMPARE(f.osId, local(QStringLiteral("sh"),
                               {QStringLiteral("-c"), QStringLiteral(". /etc/os-release; echo $ID")}));
        QVERIFY(f.diskTotalBytes > 0);
        QVERIFY(f.diskFreeBytes > 0 && f.diskFreeBytes <= f.diskTotalBytes);
        QCOMPARE(f.diskPath, installDir());
        QCOMPARE(f.installDir, installDir());
        QVERIFY(f.installDirExists && f.envExists && f.composeExists);
        QCOMPARE(f.pooler, PoolerKind::Supavisor);
        QVERIFY(f.composeHasDb);
        QCOMPARE(f.uid, local(QStringLiteral("id"), {QStringLiteral("-u")}).toInt());
        QVERIFY(f.listeningKnown);
        bool sshdSeen = false;
        for (const ListeningSocket &s : f.listening)
            sshdSeen |= s.port == testenv::value("SUPADESK_TEST_SSH_PORT").toInt();
        QVERIFY(sshdSeen);
        const QString docker =
            local(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("docker version --format '{{.Client.Version}}' 2>/dev/null")});
        QCOMPARE(f.dockerClientVersion, docker);

        // Whatever this host lacks is a finding with a fix, never an error.
        const PreflightFindings &findings = runner.findings();
        QVERIFY(findings.size() >= 15);
        for (const PreflightFinding &finding : findings)
            if (finding.level != PreflightFinding::Level::Green)
                QVERIFY2(!finding.fix.isEmpty(), qPrintable(finding.code));

        // A missing install directory: df falls back to the nearest existing parent.
        const Result<HostFacts> missing =
            PreflightRunner::readHost(m_connection.get(), installDir() + QStringLiteral("/not/there"));
        QVERIFY(missing.ok());
        QVERIFY(!missing.value().installDirExists);
        QCOMPARE(missing.value().diskPath, installDir());
        bool flagged = false;
        for (const PreflightFinding &finding : PreflightEvaluator::evaluate(missing.value()))
            flagged |= finding.code == QLatin1String("preflight.installdir.missing");
        QVERIFY(flagged);
    }

    void applyReplacesSecretsKeepsCommentsAndBacksUp()
    {
        const Bundle bundle = bundleFor(example());
        ApplyTarget target;
        target.installDir = installDir();
        target.installBackups = false;
        target.recreateContainers = false;
        target.psqlCommand = psqlCommand();
        const Result<ApplyPlan> plan = ApplyPlanBuilder::fromBundle(bundle, target);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().size(), 3);

        SetupApplier applier(m_connection.get());
        QSignalSpy started(&applier, &SetupApplier::stepStarted);
        QSignalSpy finished(&applier, &SetupApplier::stepFinished);
        QSignalSpy log(&applier, &SetupApplier::logLine);
        const ApplyReport report = applier.runAndWait(plan.value());
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(started.size(), 3);
        QCOMPARE(finished.size(), 3);
        for (const QList<QVariant> &args : finished)
            QCOMPARE(args.at(1).value<ApplyStepStatus>(), ApplyStepStatus::Applied);
        QVERIFY(log.size() >= 4);

        // .env: the example secrets are gone, comments and the key order are as they were.
        const QByteArray now = readAll(envPath());
        const EnvFile before = EnvFile::parse(QString::fromUtf8(example()));
        const EnvFile after = EnvFile::parse(QString::fromUtf8(now));
        for (const char *key :
             {"POSTGRES_PASSWORD", "JWT_SECRET", "ANON_KEY", "SERVICE_ROLE_KEY", "DASHBOARD_PASSWORD"})
            QVERIFY2(after.value(QLatin1String(key)) != before.value(QLatin1String(key)), key);
        QCOMPARE(after.value(QStringLiteral("JWT_SECRET")),
                 EnvFile::parse(QString::fromUtf8(bundle.files.at(2).content))
                     .value(QStringLiteral("JWT_SECRET")));
        QCOMPARE(commentLines(now), commentLines(example()));
        QCOMPARE(after.keys().mid(0, before.keys().size()), before.keys());
        QCOMPARE(modeOf(envPath()), QStringLiteral("600"));

        // The backup is the old file, byte for byte, next to it.
        const QString backup = report.outcomes.at(0).backupPath;
        QVERIFY(backup.startsWith(envPath() + QStringLiteral(".supadesk-backup-")));
        QCOMPARE(readAll(backup), example());
        QVERIFY(report.outcomes.at(0).diff.contains(QStringLiteral("+JWT_SECRET=••••••••")));

        // The override is new, with the mode asked for.
        const QString override = m_install->filePath(QStringLiteral("docker-compose.override.yml"));
        QVERIFY(report.outcomes.at(1).createdFile);
        QCOMPARE(readAll(override), bundle.files.at(4).content);
        QCOMPARE(modeOf(override), QStringLiteral("644"));

        // ALTER SYSTEM reached the real PostgreSQL and was reloaded (the postmaster rereads its
        // configuration asynchronously, so new sessions see it a moment later).
        QTRY_COMPARE(show(QStringLiteral("effective_cache_size")), QStringLiteral("12GB"));
        QTRY_COMPARE(show(QStringLiteral("random_page_cost")), QStringLiteral("1.1"));

        // Applying the same plan again changes no file and keeps no new backup.
        QStringList backups;
        snapshot(installDir(), &backups);
        const Snapshot applied = snapshot(installDir());
        QVERIFY(apply(plan.value()).succeeded());
        QStringList backupsAgain;
        QCOMPARE(snapshot(installDir(), &backupsAgain), applied);
        QCOMPARE(backupsAgain, backups);
        QVERIFY(
            m_pg.psql({QStringLiteral("ALTER SYSTEM RESET ALL"), QStringLiteral("SELECT pg_reload_conf()")})
                .code == 0);
        QTRY_VERIFY(show(QStringLiteral("effective_cache_size")) != QStringLiteral("12GB"));
    }

    // Every backup of the .env holds the secrets it replaced: after a change only the newest five stay,
    // the one this run made among them.
    void onlyTheNewestBackupsOfTheEnvAreKept()
    {
        for (int i = 0; i < 7; ++i)
            writeAll(envPath() + QStringLiteral(".supadesk-backup-2020010%1T000000000").arg(i + 1),
                     "POSTGRES_PASSWORD=old-secret\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ApplyPlan plan;
        plan.addEnvEdit(
            QStringLiteral("env"), envPath(),
            {{QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("a-new-password-of-some-length")}});
        const ApplyReport report = apply(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        const QStringList backups = QDir(installDir())
                                        .entryList({QStringLiteral(".env.supadesk-backup-*")},
                                                   QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(backups.size(), ApplyPlan::SecretBackupsKept);
        QCOMPARE(backups.last(), QFileInfo(report.outcomes.at(0).backupPath).fileName());
        QCOMPARE(backups.first(), QStringLiteral(".env.supadesk-backup-20200104T000000000"));
    }

    // A stack that runs PgBouncer gets the bundle's pgbouncer.ini, the old one kept as a backup first;
    // a later failure puts the old one back.
    void pgbouncerIniIsInstalledWithABackupFirst()
    {
        const Bundle bundle = bundleFor(example());
        QByteArray generated;
        for (const BundleFile &f : bundle.files)
            if (f.name == QLatin1String("pgbouncer.ini"))
                generated = f.content;
        QVERIFY(!generated.isEmpty());
        QVERIFY(QDir(installDir()).mkpath(QStringLiteral("volumes/pgbouncer")));
        const QString ini = m_install->filePath(QStringLiteral("volumes/pgbouncer/pgbouncer.ini"));
        const QByteArray old = "[databases]\n* = host=db port=5432\n[pgbouncer]\npool_mode = session\n";
        writeAll(ini, old, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);

        ApplyTarget target;
        target.installDir = installDir();
        target.editEnv = false;
        target.writeComposeOverride = false;
        target.installBackups = false;
        target.recreateContainers = false;
        target.applyTuning = false;
        target.pooler = PoolerKind::PgBouncer;
        ApplyPlan plan = ApplyPlanBuilder::fromBundle(bundle, target).value();
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan.steps().first().id, QStringLiteral("pgbouncer-ini"));

        // A failure after it: the old file is back, byte for byte and mode for mode.
        ApplyPlan failing = plan;
        failing.addCommand(QStringLiteral("fails"), QStringLiteral("false"));
        const Snapshot before = snapshot(installDir());
        const ApplyReport failed = apply(failing);
        QVERIFY2(failed.restored(), qPrintable(failed.summary()));
        QCOMPARE(snapshot(installDir()), before);

        const ApplyReport report = apply(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(readAll(ini), generated);
        QVERIFY(report.outcomes.at(0).diff.contains(QStringLiteral("-pool_mode = session")));
        QVERIFY(report.outcomes.at(0).diff.contains(QStringLiteral("+pool_mode = transaction")));
        QCOMPARE(modeOf(ini), QStringLiteral("644"));
        const QString backup = report.outcomes.at(0).backupPath;
        QVERIFY(backup.startsWith(ini + QStringLiteral(".supadesk-backup-")));
        QCOMPARE(readAll(backup), old);
        QCOMPARE(modeOf(backup), QStringLiteral("640"));
    }

    void aFailedStepRollsEverythingBack()
    {
        const Bundle bundle = bundleFor(example());
        ApplyTarget target;
        target.installDir = installDir();
        target.installBackups = false;
        target.recreateContainers = false;
        target.applyTuning = false;
        ApplyPlan plan = ApplyPlanBuilder::fromBundle(bundle, target).value();
        const QString marker = m_install->filePath(QStringLiteral("marker"));
        plan.addFile(QStringLiteral("script"), m_install->filePath(QStringLiteral("backup.sh")),
                     "#!/bin/sh\n", 0700);
        plan.addSql(QStringLiteral("sql"), psqlCommand(),
                    QStringLiteral("ALTER SYSTEM SET work_mem = '77MB';\nSELECT pg_reload_conf();\n"),
                    QStringLiteral("ALTER SYSTEM RESET work_mem;\nSELECT pg_reload_conf();\n"));
        plan.addCommand(QStringLiteral("touch"), QStringLiteral("touch '%1'").arg(marker),
                        QStringLiteral("rm -f '%1'").arg(marker));
        plan.addCommand(QStringLiteral("fails"), QStringLiteral("echo about to fail >&2; false"));
        plan.addFile(QStringLiteral("never"), m_install->filePath(QStringLiteral("never")), "x");
        const QString workMem = show(QStringLiteral("work_mem"));
        const Snapshot before = snapshot(installDir());

        SetupApplier applier(m_connection.get());
        QSignalSpy rollback(&applier, &SetupApplier::rollbackStarted);
        const ApplyReport report = applier.runAndWait(plan);
        QCOMPARE(rollback.size(), 1);
        QVERIFY(!report.succeeded());
        QVERIFY2(report.restored(), qPrintable(report.summary()));
        QCOMPARE(report.indexesWith(ApplyStepStatus::RolledBack), QList<int>({0, 1, 2, 3, 4}));
        QCOMPARE(report.indexesWith(ApplyStepStatus::Failed), QList<int>({5}));
        QCOMPARE(report.indexesWith(ApplyStepStatus::NotRun), QList<int>({6}));
        QVERIFY(report.outcomes.at(5).message.contains(QStringLiteral("about to fail")));
        QVERIFY(report.summary().contains(QStringLiteral("Step 6 failed")));
        QVERIFY(report.summary().endsWith(QStringLiteral("The server is as it was before.")));

        // Byte for byte and mode for mode; the backups are all that is left of the attempt.
        QStringList backups;
        QCOMPARE(snapshot(installDir(), &backups), before);
        QCOMPARE(backups.size(), 1);
        QVERIFY(!QFile::exists(marker));
        QTRY_COMPARE(show(QStringLiteral("work_mem")), workMem);
    }

    void anUnwritablePathFailsAndRestoresTheEnv()
    {
        ApplyPlan plan;
        plan.addEnvEdit(QStringLiteral("env"), envPath(),
                        {{QStringLiteral("JWT_SECRET"), QStringLiteral("x").repeated(40)}});
        plan.addFile(QStringLiteral("nowhere"),
                     m_install->filePath(QStringLiteral("no/such/folder/file.conf")), "x\n");
        const Snapshot before = snapshot(installDir());
        const ApplyReport report = apply(plan);
        QCOMPARE(report.outcomes.at(0).status, ApplyStepStatus::RolledBack);
        QCOMPARE(report.outcomes.at(1).status, ApplyStepStatus::Failed);
        QVERIFY(report.outcomes.at(1).message.contains(QStringLiteral("no/such/folder")));
        QVERIFY(report.restored());
        QCOMPARE(snapshot(installDir()), before);
    }

    void aMalformedEnvIsNeverTouched()
    {
        QByteArray broken = example();
        broken.insert(broken.indexOf("JWT_SECRET"), "this line is not an assignment\n");
        writeAll(envPath(), broken, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ApplyPlan plan;
        plan.addEnvEdit(QStringLiteral("env"), envPath(),
                        {{QStringLiteral("JWT_SECRET"), QStringLiteral("y").repeated(40)}});
        const ApplyReport report = apply(plan);
        QCOMPARE(report.outcomes.at(0).status, ApplyStepStatus::Failed);
        QVERIFY(report.outcomes.at(0).message.contains(QStringLiteral("cannot be edited safely")));
        QCOMPARE(readAll(envPath()), broken);
        QStringList backups;
        snapshot(installDir(), &backups);
        QVERIFY(backups.isEmpty());
    }

    void cancelBetweenStepsRollsBack()
    {
        ApplyPlan plan;
        plan.addEnvEdit(QStringLiteral("env"), envPath(),
                        {{QStringLiteral("JWT_SECRET"), QStringLiteral("z").repeated(40)}});
        plan.addCommand(QStringLiteral("a"), QStringLiteral("true"));
        plan.addCommand(QStringLiteral("b"), QStringLiteral("true"));
        const Snapshot before = snapshot(installDir());
        SetupApplier applier(m_connection.get());
        connect(&applier, &SetupApplier::stepFinished, &applier, [&](int index, ApplyStepStatus status) {
            if (index == 0 && status == ApplyStepStatus::Applied)
                applier.cancel();
        });
        const ApplyReport report = applier.runAndWait(plan);
        QVERIFY(report.cancelled);
        QCOMPARE(report.outcomes.at(0).status, ApplyStepStatus::RolledBack);
        QCOMPARE(report.indexesWith(ApplyStepStatus::NotRun), QList<int>({1, 2}));
        QVERIFY(report.restored());
        QVERIFY(report.summary().contains(QStringLiteral("cancelled")));
        QCOMPARE(snapshot(installDir()), before);
    }

    void aStepWithoutUndoIsReportedAsNotRolledBack()
    {
        ApplyPlan plan;
        const QString left = m_install->filePath(QStringLiteral("left-behind"));
        plan.addCommand(QStringLiteral("touch"), QStringLiteral("touch '%1'").arg(left));
        plan.addCommand(QStringLiteral("fails"), QStringLiteral("exit 4"));
        const ApplyReport report = apply(plan);
        QCOMPARE(report.outcomes.at(0).status, ApplyStepStatus::RollbackFailed);
        QCOMPARE(report.outcomes.at(1).exitStatus, 4);
        QVERIFY(!report.restored());
        QVERIFY(report.summary().contains(QStringLiteral("Step 1 could not be rolled back")));
        QVERIFY(report.summary().contains(QStringLiteral("NOT as it was before")));
        QVERIFY(QFile::exists(left));
    }

    void dryRunChangesNothingAndShowsEveryDiff()
    {
        const Bundle bundle = bundleFor(example());
        ApplyTarget target;
        target.installDir = installDir();
        target.backup.scriptPath = m_install->filePath(QStringLiteral("backup.sh"));
        const ApplyPlan plan = ApplyPlanBuilder::fromBundle(bundle, target).value();
        const QString workMem = show(QStringLiteral("work_mem"));
        const Snapshot before = snapshot(installDir());
        SetupApplier applier(m_connection.get());
        QSignalSpy log(&applier, &SetupApplier::logLine);
        const ApplyReport report = applier.runAndWait(plan, SetupApplier::Mode::DryRun);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.indexesWith(ApplyStepStatus::Previewed).size(), plan.size());
        QStringList backups;
        QCOMPARE(snapshot(installDir(), &backups), before);
        QVERIFY(backups.isEmpty());
        QCOMPARE(show(QStringLiteral("work_mem")), workMem);

        QVERIFY(report.outcomes.at(0).diff.contains(QStringLiteral("-JWT_SECRET=••••••••")));
        QVERIFY(report.outcomes.at(1).diff.startsWith(QStringLiteral("--- /dev/null")));
        QString all;
        for (const QList<QVariant> &line : log)
            all += line.first().toString() + QLatin1Char('\n');
        QVERIFY(all.contains(QStringLiteral("Would run: cd ")));
        QVERIFY(all.contains(QStringLiteral("ALTER SYSTEM SET shared_buffers")));
        const QString secret =
            EnvFile::parse(QString::fromUtf8(bundle.files.at(2).content)).value(QStringLiteral("JWT_SECRET"));
        QVERIFY(!all.contains(secret));
    }

    void cleanupTestCase()
    {
        if (m_connection)
            m_connection->disconnectFromStack();
    }
};

QTEST_MAIN(TestSetupApply)
#include "tst_setupapply.moc"
