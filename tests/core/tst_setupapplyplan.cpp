// SPDX-License-Identifier: GPL-3.0-or-later
// The apply plan as the Review page shows it: what each step does to a file (the .env edited in place,
// secrets masked in the diff), diffs that `patch` applies back exactly, the plan built from a real
// bundle, and the sentences that tell what state a run left the server in.
#include "core/setup/altersystemundo.h"
#include "core/setup/applyplan.h"
#include "core/setup/applyplanbuilder.h"
#include "core/setup/applyprivileges.h"
#include "core/setup/applyreport.h"
#include "core/setup/databaserestart.h"
#include "core/setup/envfile.h"
#include "core/setup/remoteaccessprobe.h"
#include "core/setup/setupbundle.h"
#include "core/setup/unifieddiff.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray envExample()
{
    QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read env.example");
    return file.readAll();
}

QByteArray runTool(const QString &program, const QStringList &args, const QByteArray &input = {},
                   int *code = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished();
    if (code)
        *code = p.exitCode();
    return p.readAllStandardOutput();
}

// Applies a unified diff to `before` with GNU patch and returns the result.
QByteArray patched(const QString &before, const QString &diff)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QByteArray("<cannot write>");
    f.write(before.toUtf8());
    f.close();
    int code = -1;
    runTool(QStringLiteral("patch"),
            {QStringLiteral("-s"), QStringLiteral("-o"), dir.filePath(QStringLiteral("out")), path},
            diff.toUtf8(), &code);
    QFile out(dir.filePath(QStringLiteral("out")));
    if (code != 0 || !out.open(QIODevice::ReadOnly))
        return QByteArray("<patch failed>");
    return out.readAll();
}

Bundle realBundle()
{
    BundleInput in;
    in.host.ramMb = 16 * 1024;
    in.host.cpus = 4;
    in.host.connections = 200;
    in.envIn = QString::fromUtf8(envExample());
    in.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const Result<Bundle> bundle = SetupBundle::build(in);
    if (!bundle.ok())
        qFatal("bundle: %s", qPrintable(bundle.error().message));
    return bundle.value();
}

} // namespace

class TestSetupApplyPlan : public QObject
{
    Q_OBJECT

private slots:
    void diffMatchesDiffU_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("one line changed") << "a\nb\nc\n"
                                          << "a\nB\nc\n";
        QTest::newRow("added at end") << "a\nb\n"
                                      << "a\nb\nc\n";
        QTest::newRow("removed first") << "a\nb\nc\n"
                                       << "b\nc\n";
        QTest::newRow("new file") << ""
                                  << "x\ny\n";
        QTest::newRow("no newline at end") << "a\nb"
                                           << "a\nb\n";
        QTest::newRow("two hunks") << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n"
                                   << "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nFOURTEEN\n15\n";
        QTest::newRow("close changes join") << "1\n2\n3\n4\n5\n6\n7\n8\n"
                                            << "1\nX\n3\n4\n5\n6\nY\n8\n";
    }
    void diffMatchesDiffU()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        for (const auto &[path, text] : {std::pair{a, before}, std::pair{b, after}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        const QByteArray expected = runTool(
            QStringLiteral("diff"), {QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("old"),
                                     QStringLiteral("--label"), QStringLiteral("new"), a, b});
        QCOMPARE(UnifiedDiff::diff(before, after, QStringLiteral("old"), QStringLiteral("new")).toUtf8(),
                 expected);
    }

    void diffOfEqualTextsIsEmpty()
    {
        QVERIFY(UnifiedDiff::diff(QStringLiteral("a\n"), QStringLiteral("a\n"), QStringLiteral("x"),
                                  QStringLiteral("y"))
                    .isEmpty());
    }

    // Random edits of the real .env: whatever hunks the diff chooses, patch turns before into after.
    void randomEditsPatchBack()
    {
        const QStringList lines = QString::fromUtf8(envExample()).split(QLatin1Char('\n'));
        QRandomGenerator random(7);
        for (int round = 0; round < 25; ++round) {
            QStringList changed = lines;
            const int edits = 1 + int(random.bounded(12));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(int(changed.size()) - 1));
                switch (random.bounded(3)) {
                case 0:
                    changed[at] = QStringLiteral("CHANGED_%1=%2").arg(round).arg(e);
                    break;
                case 1:
                    changed.insert(at, QStringLiteral("# inserted %1").arg(e));
                    break;
                default:
                    changed.removeAt(at);
                }
            }
            const QString before = lines.join(QLatin1Char('\n'));
            const QString after = changed.join(QLatin1Char('\n'));
            const QString diff =
                UnifiedDiff::diff(before, after, QStringLiteral("a/.env"), QStringLiteral("b/.env"));
            QCOMPARE(QString::fromUtf8(patched(before, diff)), after);
            int added = 0;
            int removed = 0;
            UnifiedDiff::count(diff, &added, &removed);
            QVERIFY(added + removed > 0);
        }
    }

    void envEditKeepsEverythingElseAndMasksTheDiff()
    {
        ApplyPlan plan;
        const QString secret = QStringLiteral("n3w-Secret-value-that-is-long-enough-123");
        plan.addEnvEdit(
            QStringLiteral("env"), QStringLiteral("/opt/s/.env"),
            {{QStringLiteral("JWT_SECRET"), secret}, {QStringLiteral("NEW_KEY"), QStringLiteral("v")}});
        const ApplyStep &step = plan.steps().first();
        QVERIFY(step.secret);
        QVERIFY(step.description.contains(QStringLiteral("JWT_SECRET, NEW_KEY")));

        const QByteArray before = envExample();
        const Result<QByteArray> after = ApplyPlan::resultingContent(step, before);
        QVERIFY(after.ok());
        const EnvFile edited = EnvFile::parse(QString::fromUtf8(after.value()));
        QCOMPARE(edited.value(QStringLiteral("JWT_SECRET")), secret);
        QCOMPARE(edited.keys().last(), QStringLiteral("NEW_KEY"));
        // Every other line is byte for byte what it was.
        const QStringList a = QString::fromUtf8(before).split(QLatin1Char('\n'));
        const QStringList b = QString::fromUtf8(after.value()).split(QLatin1Char('\n'));
        QCOMPARE(b.size(), a.size() + 1);
        int differing = 0;
        for (int i = 0; i < a.size() - 1;
             ++i) // the last line of `a` is the empty one after the final newline
            differing += a.at(i) != b.at(i);
        QCOMPARE(differing, 1);

        const Result<QString> diff = ApplyPlan::diff(step, before);
        QVERIFY(diff.ok());
        QVERIFY(diff.value().startsWith(QStringLiteral("--- a/opt/s/.env\n+++ b/opt/s/.env\n")));
        QVERIFY(diff.value().contains(QStringLiteral("-JWT_SECRET=••••••••\n")));
        QVERIFY(diff.value().contains(QStringLiteral("+JWT_SECRET=••••••••\n")));
        QVERIFY(diff.value().contains(QStringLiteral("+NEW_KEY=••••••••\n")));
        QVERIFY(!diff.value().contains(secret));
        QVERIFY(!diff.value().contains(
            EnvFile::parse(QString::fromUtf8(before)).value(QStringLiteral("JWT_SECRET"))));
    }

    void envEditRefusesMissingOrMalformedFiles()
    {
        ApplyPlan plan;
        const ApplyStep &step = plan.addEnvEdit(QStringLiteral("env"), QStringLiteral("/x/.env"),
                                                {{QStringLiteral("A"), QStringLiteral("1")}});
        const Result<QByteArray> missing = ApplyPlan::resultingContent(step, std::nullopt);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("apply.env.missing"));
        const Result<QByteArray> malformed =
            ApplyPlan::resultingContent(step, QByteArray("A=1\nthis is not an assignment\n"));
        QVERIFY(!malformed.ok());
        QCOMPARE(malformed.error().code, QStringLiteral("apply.env.malformed"));
        QVERIFY(malformed.error().message.contains(QStringLiteral("line 2")));
    }

    void fileStepDiffsAgainstNothingForANewFile()
    {
        ApplyPlan plan;
        const ApplyStep &step =
            plan.addFile(QStringLiteral("f"), QStringLiteral("/etc/x.conf"), "a = 1\n", 0600);
        QVERIFY(step.description.contains(QStringLiteral("0600")));
        const Result<QString> diff = ApplyPlan::diff(step, std::nullopt);
        QVERIFY(diff.ok());
        QCOMPARE(diff.value(), QStringLiteral("--- /dev/null\n+++ b/etc/x.conf\n@@ -0,0 +1 @@\n+a = 1\n"));
        QVERIFY(ApplyPlan::diff(step, QByteArray("a = 1\n")).value().isEmpty());
    }

    // The SQL travels as a here-doc on the command line; run through a real sh with `cat` in place
    // of psql, it arrives byte for byte, even when a line looks like the delimiter.
    void sqlStepsFeedTheScriptOnStandardInput()
    {
        ApplyPlan plan;
        const QString sql =
            QStringLiteral("ALTER SYSTEM SET work_mem = '8MB';\nSUPADESK_SQL\nSELECT 'it''s $HOME `x`';\n");
        const ApplyStep &step = plan.addSql(QStringLiteral("sql"), QStringLiteral("cat"), sql,
                                            QStringLiteral("ALTER SYSTEM RESET work_mem;"));
        QCOMPARE(QString::fromUtf8(
                     runTool(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), step.remoteCommand()})),
                 sql);
        QCOMPARE(QString::fromUtf8(
                     runTool(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), step.remoteUndoCommand()})),
                 QStringLiteral("ALTER SYSTEM RESET work_mem;\n"));
        const ApplyStep &command =
            plan.addCommand(QStringLiteral("c"), QStringLiteral("printf '%s' \"a b\""));
        QCOMPARE(runTool(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command.remoteCommand()}),
                 QByteArray("a b"));
        QVERIFY(command.remoteUndoCommand().isEmpty());
        QVERIFY(plan.describe().startsWith(QStringLiteral("1. ")));
    }

    void planFromARealBundle()
    {
        const Bundle bundle = realBundle();
        ApplyTarget target;
        target.installDir = QStringLiteral("/srv/supabase");
        const Result<ApplyPlan> plan = ApplyPlanBuilder::fromBundle(bundle, target);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QStringList ids;
        for (const ApplyStep &s : plan.value().steps())
            ids << s.id;
        QCOMPARE(ids, QStringList({QStringLiteral("env"), QStringLiteral("compose-override"),
                                   QStringLiteral("backup-script"), QStringLiteral("crontab"),
                                   QStringLiteral("recreate"), QStringLiteral("tuning-sql")}));
        const ApplySteps &steps = plan.value().steps();
        QCOMPARE(steps.at(0).path, QStringLiteral("/srv/supabase/.env"));
        QCOMPARE(steps.at(1).path, QStringLiteral("/srv/supabase/docker-compose.override.yml"));
        QCOMPARE(steps.at(1).mode, 0644);
        QCOMPARE(steps.at(2).mode, 0700);
        QVERIFY(steps.at(3).command.contains(BackupScriptWriter::crontabMarker()));
        QVERIFY(!steps.at(3).undoCommand.isEmpty());
        QVERIFY(steps.at(4).rerunAfterRollback);
        QCOMPARE(steps.at(4).command, QStringLiteral("cd '/srv/supabase' && docker compose up -d"));

        // Editing the .env.example the bundle came from replaces the example secrets and nothing else.
        const Result<QByteArray> env = ApplyPlan::resultingContent(steps.at(0), envExample());
        QVERIFY(env.ok());
        const EnvFile after = EnvFile::parse(QString::fromUtf8(env.value()));
        const EnvFile before = EnvFile::parse(QString::fromUtf8(envExample()));
        QVERIFY(after.value(QStringLiteral("JWT_SECRET")) != before.value(QStringLiteral("JWT_SECRET")));
        QCOMPARE(after.value(QStringLiteral("STUDIO_DEFAULT_ORGANIZATION")),
                 before.value(QStringLiteral("STUDIO_DEFAULT_ORGANIZATION")));
        QCOMPARE(after.keys().mid(0, before.keys().size()), before.keys());

        // The undo of the tuning resets exactly the settings it sets.
        const QStringList altered = ApplyPlanBuilder::alteredSettings(steps.at(5).sql);
        QVERIFY(altered.contains(QStringLiteral("shared_buffers")));
        QVERIFY(altered.contains(QStringLiteral("shared_preload_libraries")));
        for (const QString &name : altered)
            QVERIFY2(steps.at(5).undoSql.contains(QStringLiteral("ALTER SYSTEM RESET %1;").arg(name)),
                     qPrintable(name));
        QVERIFY(steps.at(5).undoSql.contains(QStringLiteral("pg_reload_conf()")));
        // ... and the applier replaces that undo with the values the server had (captured first).
        for (const QString &name : altered)
            QVERIFY2(steps.at(5).undoCaptureSql.contains(QLatin1Char('\'') + name + QLatin1Char('\'')),
                     qPrintable(name));
        QCOMPARE(steps.at(5).pendingRestartPsql, target.psqlCommand);

        // docker and root's crontab need root; the files are decided on the server.
        QList<bool> needsRoot;
        for (const ApplyStep &s : steps)
            needsRoot << s.needsRoot;
        QCOMPARE(needsRoot, QList<bool>({false, false, false, true, true, true}));
        target.dockerNeedsRoot = false;
        QVERIFY(!ApplyPlanBuilder::fromBundle(bundle, target).value().steps().at(4).needsRoot);
        QVERIFY(ApplyPlanBuilder::fromBundle(bundle, target).value().steps().at(3).needsRoot);

        target.installBackups = false;
        target.recreateContainers = false;
        target.applyTuning = false;
        QCOMPARE(ApplyPlanBuilder::fromBundle(bundle, target).value().size(), 2);
        Bundle broken = bundle;
        broken.files.removeIf([](const BundleFile &f) { return f.name == QLatin1String(".env"); });
        QCOMPARE(ApplyPlanBuilder::fromBundle(broken, target).error().code,
                 QStringLiteral("apply.bundle.incomplete"));
    }

    void pgbouncerIniIsInstalledForAPgBouncerStack()
    {
        const Bundle bundle = realBundle();
        ApplyTarget target;
        target.installDir = QStringLiteral("/srv/supabase");
        auto ids = [&] {
            QStringList out;
            const ApplyPlan plan = ApplyPlanBuilder::fromBundle(bundle, target).value();
            for (const ApplyStep &s : plan.steps())
                out << s.id;
            return out;
        };
        QVERIFY(!ids().contains(QStringLiteral("pgbouncer-ini"))); // Supavisor or unknown: no PgBouncer
        target.pooler = PoolerKind::Supavisor;
        QVERIFY(!ids().contains(QStringLiteral("pgbouncer-ini")));

        target.pooler = PoolerKind::PgBouncer;
        QCOMPARE(ids(), QStringList({"env", "compose-override", "pgbouncer-ini", "backup-script", "crontab",
                                     "recreate", "tuning-sql"}));
        const ApplyStep ini = ApplyPlanBuilder::fromBundle(bundle, target).value().steps().at(2);
        QCOMPARE(ini.kind, ApplyStep::Kind::WriteFile);
        QCOMPARE(ini.path, QStringLiteral("/srv/supabase/volumes/pgbouncer/pgbouncer.ini"));
        QCOMPARE(ini.mode, 0644);
        for (const BundleFile &f : bundle.files)
            if (f.name == QLatin1String("pgbouncer.ini"))
                QCOMPARE(ini.content, f.content);
        QVERIFY(ini.content.contains("pool_mode = transaction"));

        target.pgbouncerIniPath = QStringLiteral("/etc/pgbouncer/pgbouncer.ini");
        target.pgbouncerService = QStringLiteral("pgbouncer");
        QCOMPARE(ids(), QStringList({"env", "compose-override", "pgbouncer-ini", "backup-script", "crontab",
                                     "recreate", "pgbouncer-restart", "tuning-sql"}));
        const ApplySteps steps = ApplyPlanBuilder::fromBundle(bundle, target).value().steps();
        QCOMPARE(steps.at(2).path, QStringLiteral("/etc/pgbouncer/pgbouncer.ini"));
        QCOMPARE(steps.at(6).command,
                 QStringLiteral("cd '/srv/supabase' && docker compose restart 'pgbouncer'"));
        QVERIFY(steps.at(6).rerunAfterRollback);
        QVERIFY(steps.at(6).needsRoot);

        Bundle noIni = bundle;
        noIni.files.removeIf([](const BundleFile &f) { return f.name == QLatin1String("pgbouncer.ini"); });
        QCOMPARE(ApplyPlanBuilder::fromBundle(noIni, target).error().code,
                 QStringLiteral("apply.bundle.incomplete"));
    }

    // Encrypted backups: the key's public half is installed before the script that encrypts to it.
    void backupKeyIsInstalledBeforeTheScript()
    {
        BundleInput in;
        in.host.ramMb = 16 * 1024;
        in.host.cpus = 4;
        in.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        in.backup.encryptKeyFile = BackupScriptWriter::defaultKeyFile();
        in.backup.encryptPublicKey = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n...\n";
        const Bundle bundle = SetupBundle::build(in).value();
        ApplyTarget target;
        target.backup = in.backup;
        const ApplyPlan plan = ApplyPlanBuilder::fromBundle(bundle, target).value();
        QStringList ids;
        for (const ApplyStep &s : plan.steps())
            ids << s.id;
        QCOMPARE(ids.mid(2, 3), QStringList({"backup-key", "backup-script", "crontab"}));
        QCOMPARE(plan.steps().at(2).path, BackupScriptWriter::defaultKeyFile());
        QCOMPARE(plan.steps().at(2).content, in.backup.encryptPublicKey);
        QCOMPARE(plan.steps().at(2).mode, 0644);
        QVERIFY(plan.steps().at(3).content.contains("\nENCRYPT_KEY='/etc/supabase-backup-key.asc'\n"));
    }

    // With point-in-time recovery the archive folder is made after the override mounted it (recreate) and
    // before the tuning turns archiving on; the restart it needs is the confirmed restart-db step.
    void pitrIsSetUpBetweenTheRecreateAndTheTuning()
    {
        BundleInput in;
        in.host.ramMb = 16 * 1024;
        in.host.cpus = 4;
        in.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        in.pitr = PitrLayout();
        const Bundle bundle = SetupBundle::build(in).value();
        ApplyTarget target;
        target.restartDatabaseIfNeeded = true;
        const ApplyPlan plan = ApplyPlanBuilder::fromBundle(bundle, target).value();
        QStringList ids;
        for (const ApplyStep &s : plan.steps())
            ids << s.id;
        QCOMPARE(ids, QStringList({"env", "compose-override", "backup-script", "crontab", "recreate",
                                   "pitr-setup", "pitr-script", "pitr-crontab", "tuning-sql", "restart-db"}));
        const ApplyStep &setup = plan.steps().at(5);
        QVERIFY(setup.needsRoot);
        QVERIFY(setup.command.startsWith(QLatin1String("bash -s <<'")));
        QVERIFY(setup.command.contains(QLatin1String("chown -R postgres:postgres")));
        QCOMPARE(plan.steps().at(6).path, PitrLayout().scriptPath);
        QCOMPARE(plan.steps().at(6).mode, 0700);
        QVERIFY(plan.steps().at(7).command.contains(QLatin1String("# supadesk-pitr")));
        QVERIFY(plan.steps().at(8).sql.contains(QLatin1String("ALTER SYSTEM SET archive_mode = 'on'")));
        QVERIFY(plan.steps().at(1).content.contains("/var/backups/supabase/pitr:/var/lib/postgresql/pitr"));
    }

    void restartOfTheDatabaseIsAnOptionOffByDefault()
    {
        const Bundle bundle = realBundle();
        ApplyTarget target;
        target.installDir = QStringLiteral("/srv/supa base");
        QCOMPARE(ApplyPlanBuilder::fromBundle(bundle, target).value().steps().last().id,
                 QStringLiteral("tuning-sql"));
        target.restartDatabaseIfNeeded = true;
        target.restartWaitSeconds = 90;
        const ApplyPlan plan = ApplyPlanBuilder::fromBundle(bundle, target).value();
        const ApplyStep &restart = plan.steps().last();
        QCOMPARE(restart.id, QStringLiteral("restart-db"));
        QCOMPARE(restart.kind, ApplyStep::Kind::RunCommand);
        QVERIFY(restart.needsRoot);
        QVERIFY(restart.rerunAfterRollback);
        QCOMPARE(restart.pendingRestartPsql, target.psqlCommand);
        QVERIFY(restart.command.startsWith(QStringLiteral("cd '/srv/supa base' || exit 1\n")));
        QVERIFY(restart.command.contains(QStringLiteral("\ndocker compose restart db || exit 1\n")));
        QVERIFY(restart.command.contains(target.psqlCommand));
        QVERIFY(restart.command.contains(QStringLiteral("-ge 90 ]")));
        QVERIFY(restart.description.contains(QStringLiteral("90 second(s)")));
        // The restart comes after the tuning, and only with the tuning.
        QCOMPARE(plan.steps().at(plan.size() - 2).id, QStringLiteral("tuning-sql"));
        target.applyTuning = false;
        const ApplyPlan withoutTuning = ApplyPlanBuilder::fromBundle(bundle, target).value();
        for (const ApplyStep &s : withoutTuning.steps())
            QVERIFY(s.id != QLatin1String("restart-db"));

        // The script is POSIX sh that shellcheck accepts, also when run through sudo.
        int code = -1;
        const QByteArray check = runTool(QStringLiteral("shellcheck"),
                                         {QStringLiteral("-s"), QStringLiteral("sh"), QStringLiteral("-")},
                                         restart.command.toUtf8(), &code);
        QVERIFY2(code == 0, check.constData());
        QVERIFY(restart.remoteCommand(true).startsWith(QStringLiteral("sudo -n sh -c '")));
        QCOMPARE(DatabaseRestart::parsePending(QStringLiteral("@@pending shared_buffers\nnoise\n"
                                                              "@@pending max_connections\n")),
                 QStringList({"shared_buffers", "max_connections"}));
    }

    void theUndoOfATuningIsWhatTheServerHadBefore()
    {
        const QString sql = AlterSystemUndo::captureSql(
            {QStringLiteral("work_mem"), QStringLiteral("shared_preload_libraries")});
        QVERIFY(sql.contains(QStringLiteral("pg_file_settings")));
        QVERIFY(sql.contains(QStringLiteral("postgresql.auto.conf")));
        QVERIFY(AlterSystemUndo::captureSql({}).isEmpty());
        // psql's own chatter (without -q) is not part of the undo.
        QCOMPARE(AlterSystemUndo::undoSql(QStringLiteral("Output format is unaligned.\n"
                                                         "ALTER SYSTEM SET work_mem = '7MB';\n"
                                                         "ALTER SYSTEM RESET effective_cache_size;\n")),
                 QStringLiteral("ALTER SYSTEM SET work_mem = '7MB';\nALTER SYSTEM RESET "
                                "effective_cache_size;\nSELECT pg_reload_conf();\n"));
        QVERIFY(AlterSystemUndo::undoSql(QStringLiteral("Tuples only is on.\n")).isEmpty());
    }

    void privilegesDecideWhatRunsThroughSudo()
    {
        ApplyPlan plan;
        plan.addFile(QStringLiteral("mine"), QStringLiteral("/home/deploy/a"), "x");
        plan.addCommand(QStringLiteral("docker"), QStringLiteral("docker compose up -d")).needsRoot = true;
        plan.addFile(QStringLiteral("theirs"), QStringLiteral("/opt/supabase/.env"), "y");
        plan.addCommand(QStringLiteral("plain"), QStringLiteral("true"));
        QCOMPARE(ApplyPrivileges::filePaths(plan.steps()),
                 QStringList({"/home/deploy/a", "/opt/supabase/.env"}));

        const QByteArray answer = "@@uid 1000\n@@user deploy\n@@sudo 0\n@@path 0 user\n@@path 1 root\n";
        RemoteAccess access = RemoteAccessProbe::parse(answer, 2);
        QCOMPARE(access.uid, 1000);
        QCOMPARE(access.user, QStringLiteral("deploy"));
        QVERIFY(access.passwordlessSudo() && !access.isRoot());
        QCOMPARE(ApplyPrivileges::stepsThroughSudo(plan.steps(), access).value(),
                 QList<bool>({false, true, true, false}));

        access.sudoStatus = 1; // sudo asks for a password: refused, with the steps and the fix
        const Result<QList<bool>> refused = ApplyPrivileges::stepsThroughSudo(plan.steps(), access);
        QCOMPARE(refused.error().code, QStringLiteral("apply.privileges.missing"));
        QVERIFY(refused.error().message.contains(QStringLiteral("Steps 2, 3 need root")));
        QVERIFY(refused.error().message.contains(QStringLiteral("deploy ALL=(ALL) NOPASSWD: ALL")));
        access.sudoStatus = 127;
        QVERIFY(ApplyPrivileges::stepsThroughSudo(plan.steps(), access)
                    .error()
                    .message.contains(QStringLiteral("sudo is not installed")));

        // Root needs no sudo; a user who needs no root needs no sudo either.
        const RemoteAccess root = RemoteAccessProbe::parse("@@uid 0\n@@user root\n@@sudo 0\n", 2);
        QCOMPARE(ApplyPrivileges::stepsThroughSudo(plan.steps(), root).value(),
                 QList<bool>({false, false, false, false}));
        ApplyPlan own;
        own.addFile(QStringLiteral("mine"), QStringLiteral("/home/deploy/a"), "x");
        QCOMPARE(ApplyPrivileges::stepsThroughSudo(
                     own.steps(), RemoteAccessProbe::parse("@@uid 1000\n@@sudo 1\n@@path 0 user\n", 1))
                     .value(),
                 QList<bool>({false}));
        // A path without an answer needs root.
        QCOMPARE(RemoteAccessProbe::parse("@@uid 1000\n", 1).files.first(), RemoteAccess::FileAccess::Root);

        // The probe itself is POSIX sh and answers for this machine.
        QTemporaryDir dir;
        const QString mine = dir.filePath(QStringLiteral("file"));
        QFile(mine).open(QIODevice::WriteOnly);
        const QString script = RemoteAccessProbe::command({mine, dir.filePath(QStringLiteral("new/deeper/x")),
                                                           QStringLiteral("/proc/1/environ-not-there")});
        const RemoteAccess here =
            RemoteAccessProbe::parse(runTool(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}), 3);
        QCOMPARE(here.uid, int(runTool(QStringLiteral("id"), {QStringLiteral("-u")}).trimmed().toInt()));
        QCOMPARE(here.files.at(0), RemoteAccess::FileAccess::User);
        QCOMPARE(here.files.at(1), RemoteAccess::FileAccess::User); // a new folder under one of ours
    }

    void reportSaysWhatStateTheServerIsIn()
    {
        ApplyReport report;
        ApplyPlan plan;
        plan.addFile(QStringLiteral("a"), QStringLiteral("/a"), "x");
        plan.addCommand(QStringLiteral("b"), QStringLiteral("false"));
        plan.addCommand(QStringLiteral("c"), QStringLiteral("true"));
        report.steps = plan.steps();
        report.outcomes.resize(3);
        for (ApplyStepOutcome &o : report.outcomes)
            o.status = ApplyStepStatus::Applied;
        QVERIFY(report.succeeded());
        QCOMPARE(report.summary(), QStringLiteral("All 3 step(s) were applied."));

        report.outcomes[0].status = ApplyStepStatus::RolledBack;
        report.outcomes[1].status = ApplyStepStatus::Failed;
        report.outcomes[1].message = QStringLiteral("exit status 1");
        report.outcomes[2].status = ApplyStepStatus::NotRun;
        QVERIFY(!report.succeeded());
        QVERIFY(report.restored());
        QCOMPARE(report.summary(),
                 QStringLiteral("Step 2 failed (Run: false): exit status 1\nRolled back: steps 1.\n"
                                "Not run: steps 3.\nThe server is as it was before."));

        report.outcomes[0].status = ApplyStepStatus::RollbackFailed;
        report.outcomes[0].message = QStringLiteral("no backup");
        QVERIFY(!report.restored());
        QVERIFY(report.summary().contains(QStringLiteral("Step 1 could not be rolled back: no backup")));
        QVERIFY(report.summary().endsWith(QStringLiteral("are next to each file.")));
        QCOMPARE(ApplyReport::statusKey(ApplyStepStatus::RollbackFailed), QStringLiteral("rollback-failed"));

        // Settings waiting for a restart are named after a successful run.
        for (ApplyStepOutcome &o : report.outcomes)
            o.status = ApplyStepStatus::Applied;
        report.pendingRestart = QStringList({"shared_buffers", "max_wal_senders"});
        QCOMPARE(report.summary(),
                 QStringLiteral("All 3 step(s) were applied.\nThese settings wait for a restart of the "
                                "database to take effect: shared_buffers, max_wal_senders."));
        // A refused run says only why, and counts as "as before".
        for (ApplyStepOutcome &o : report.outcomes)
            o.status = ApplyStepStatus::NotRun;
        report.refusal = QStringLiteral("deploy is not root ...");
        QCOMPARE(report.summary(), report.refusal);
        QVERIFY(report.restored());
    }
};

QTEST_GUILESS_MAIN(TestSetupApplyPlan)
#include "tst_setupapplyplan.moc"
