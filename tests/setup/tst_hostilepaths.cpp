// SPDX-License-Identifier: GPL-3.0-or-later
// Every remote command and script Supadesk generates, built with an install directory (and folders
// beneath it) named to break quoting: a quote, a double quote, $(…), `…`, a "%1" that QString::arg
// would fill in again, and a line break. They run under sh (backup.sh under bash, its interpreter)
// with stand-ins for sudo, docker, crontab, systemctl, psql and curl first on PATH, which record
// their argument lists. Nothing named X or Y is ever created, every path arrives unchanged, the
// planted passwords and keys are in no recorded argument list, and no script writes to a fixed
// name under /tmp or one made of the shell's pid ($$). A planted pid file can never make Cancel's
// `kill` reach another process group.
#include "core/setup/applyplanbuilder.h"
#include "core/setup/backupruncommands.h"
#include "core/setup/backupscriptwriter.h"
#include "core/setup/firewallplanner.h"
#include "core/setup/remotefilescript.h"
#include "core/setup/setupbundle.h"
#include "core/stack.h"
#include "core/uptime/uptimeprobeinstallplan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

const QString kPassword = QStringLiteral("pw-Planted-7f3e");
const QString kAnonKey = QStringLiteral("anon-Planted-91c2");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHostilePaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hostile;     // the install directory
    QStringList m_scripts; // every generated script and command, for the checks of their text

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QString bin() const { return m_dir.filePath(QStringLiteral("bin")); }
    QString callsDir() const { return m_dir.filePath(QStringLiteral("calls")); }

    void write(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions = {})
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        if (permissions.toInt() != 0)
            f.setPermissions(permissions);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin() + QStringLiteral(":/usr/sbin:/usr/bin:/sbin:/bin"));
        env.insert(QStringLiteral("CALLS"), callsDir());
        env.remove(QStringLiteral("PGPASSWORD"));
        return env;
    }

    Run run(const QString &program, const QStringList &args, const QByteArray &input = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(m_dir.path()); // where `touch X` would land
        p.start(program, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString modeOf(const QString &path) const
    {
        return run(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%a"), path}).out.trimmed();
    }

    // A generated command line, as the SSH server's shell runs it.
    Run sh(const QString &command, const QByteArray &input = {})
    {
        m_scripts.append(command);
        return run(QStringLiteral("sh"), {QStringLiteral("-c"), command}, input);
    }

    // Every recorded call: the program's name, then its arguments.
    QList<QStringList> calls() const
    {
        QList<QStringList> out;
        const QStringList files = QDir(callsDir()).entryList(QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QStringList args = QString::fromUtf8(readAll(callsDir() + QLatin1Char('/') + name))
                                   .split(QChar(0), Qt::KeepEmptyParts);
            if (!args.isEmpty() && args.last().isEmpty())
                args.removeLast();
            out.append(args);
        }
        return out;
    }
    QList<QStringList> callsOf(const QString &program) const
    {
        QList<QStringList> out;
        for (const QStringList &call : calls())
            if (call.value(0) == program)
                out.append(call);
        return out;
    }

    void verifyNothingLeaked()
    {
        QVERIFY2(!QFile::exists(m_dir.filePath(QStringLiteral("X"))), "$(touch X) ran");
        QVERIFY2(!QFile::exists(m_dir.filePath(QStringLiteral("Y"))), "`touch Y` ran");
        for (const QStringList &call : calls())
            for (const QString &arg : call) {
                QVERIFY2(!arg.contains(kPassword), qPrintable(call.join(QLatin1Char(' '))));
                QVERIFY2(!arg.contains(kAnonKey), qPrintable(call.join(QLatin1Char(' '))));
            }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hostile = m_dir.filePath(QStringLiteral("opt/a'b\"$(touch X)`touch Y`%1\nc"));
        QVERIFY(QDir().mkpath(m_hostile));
        // One recorder for every stand-in: its name and arguments, NUL-separated, in a file per call.
        const QByteArray recorder = R"SH(#!/bin/sh
name=$(basename "$0")
n=$(ls "$CALLS" | wc -l)
{ printf '%s\0' "$name"; for a in "$@"; do printf '%s\0' "$a"; done; } >"$CALLS/$(printf '%04d' "$n")-$name"
case $name in
sudo)
    [ "$1" = -n ] && shift
    exec "$@"
    ;;
docker)
    pwd >"$CALLS/../docker-pwd"
    [ -n "${PGPASSWORD:-}" ] && printf '%s' "$PGPASSWORD" >"$CALLS/../docker-password"
    case " $* " in
    *" inspect "*) echo true ;;
    *" pg_dump "*) printf 'PGDMP-stand-in' ;;
    *" pg_dumpall "*) printf 'CREATE ROLE postgres;\n' ;;
    *" pg_restore "*) cat >/dev/null; printf 'entry one\nentry two\n' ;;
    esac
    ;;
crontab)
    case $1 in
    -l) exit 1 ;;
    -) cat >"$CALLS/../crontab.in" ;;
    esac
    ;;
curl)
    cat >"$CALLS/../curl.stdin"
    printf 200
    ;;
psql) echo 1 ;;
esac
exit 0
)SH";
        for (const char *name : {"sudo", "docker", "crontab", "systemctl", "psql", "curl"})
            write(bin() + QLatin1Char('/') + QLatin1String(name), recorder,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(QDir().mkpath(callsDir()));
    }

    void init()
    {
        QDir(callsDir()).removeRecursively();
        QVERIFY(QDir().mkpath(callsDir()));
    }

    void backupScriptTakesAnyPathAndKeepsThePasswordOutOfArguments()
    {
        BackupOptions o;
        o.envFile = m_hostile + QStringLiteral("/.env");
        o.backupDir = m_hostile + QStringLiteral("/backups");
        o.logFile = m_hostile + QStringLiteral("/log/backup.log");
        write(o.envFile, "# secrets\nPOSTGRES_PASSWORD=\"" + kPassword.toUtf8() + "\"\n");
        const Result<QString> script = BackupScriptWriter::script(o);
        QVERIFY2(script.ok(), script.ok() ? "" : qPrintable(script.error().message));
        m_scripts.append(script.value());
        const QString path = m_hostile + QStringLiteral("/backup.sh");
        write(path, script.value().toUtf8());
        const Run r = run(QStringLiteral("bash"), {path});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        const QStringList dumps =
            QDir(o.backupDir).entryList({QStringLiteral("postgres-*.dump")}, QDir::Files);
        QCOMPARE(dumps.size(), 1);
        QCOMPARE(readAll(o.backupDir + QLatin1Char('/') + dumps.first()), QByteArray("PGDMP-stand-in"));
        QVERIFY(readAll(o.logFile).contains("entries"));
        const QList<QStringList> docker = callsOf(QStringLiteral("docker"));
        QCOMPARE(docker.size(), 3); // pg_dump, pg_restore --list, pg_dumpall --globals-only
        QVERIFY(docker.at(2).contains(QStringLiteral("--globals-only")));
        QVERIFY(docker.at(2).mid(1, 4) ==
                QStringList({QStringLiteral("exec"), QStringLiteral("-e"), QStringLiteral("PGPASSWORD"),
                             QStringLiteral("supabase-db")}));
        // The password travels by name, its value in docker's environment only.
        QVERIFY2(docker.at(0).mid(1, 4) ==
                     QStringList({QStringLiteral("exec"), QStringLiteral("-e"), QStringLiteral("PGPASSWORD"),
                                  QStringLiteral("supabase-db")}),
                 qPrintable(docker.at(0).join(QLatin1Char(' '))));
        QCOMPARE(QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("docker-password")))), kPassword);
        verifyNothingLeaked();

        // The crontab line cannot hold a line break; a % in it is escaped for cron.
        o.scriptPath = path;
        QCOMPARE(BackupScriptWriter::script(o).error().code, QStringLiteral("backup.path"));
    }

    // The apply plan's commands: root's crontab entry (and its undo) for a backup script in an oddly
    // named folder, and `docker compose up -d` run in the install directory.
    void applyPlanCommandsTakeAnyPath()
    {
        BundleInput in;
        in.host.ramMb = 2048;
        in.host.cpus = 2;
        in.host.connections = 50;
        in.now = QDateTime::currentDateTimeUtc();
        // A crontab line cannot hold a line break: this folder has all the rest.
        in.backup.scriptPath = m_dir.filePath(QStringLiteral("sbin/a'b\"$(touch X)`touch Y`%1 c/backup.sh"));
        QVERIFY(QDir().mkpath(QFileInfo(in.backup.scriptPath).path()));
        const Result<Bundle> bundle = SetupBundle::build(in);
        QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
        ApplyTarget target;
        target.installDir = m_hostile;
        target.editEnv = false;
        target.writeComposeOverride = false;
        target.applyTuning = false;
        target.backup = in.backup;
        const ApplyPlan plan = ApplyPlanBuilder::fromBundle(bundle.value(), target).value();
        int commands = 0;
        for (const ApplyStep &step : plan.steps()) {
            if (step.kind != ApplyStep::Kind::RunCommand)
                continue;
            ++commands;
            const Run r = sh(step.remoteCommand(step.needsRoot));
            QVERIFY2(r.code == 0, qPrintable(step.id + QLatin1Char('\n') + r.err));
        }
        QCOMPARE(commands, 2);
        QCOMPARE(QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("crontab.in")))),
                 BackupScriptWriter::crontabLine(in.backup));
        QVERIFY(
            BackupScriptWriter::crontabLine(in.backup).contains(QLatin1String("`touch Y`\\%1 c/backup.sh'")));
        QVERIFY(QFile::exists(in.backup.scriptPath + QStringLiteral(".crontab-before")));
        QCOMPARE(QString::fromUtf8(readAll(m_dir.filePath(QStringLiteral("docker-pwd")))).trimmed(),
                 m_hostile);
        const QStringList up = callsOf(QStringLiteral("docker")).value(0);
        QCOMPARE(up.mid(1),
                 QStringList({QStringLiteral("compose"), QStringLiteral("up"), QStringLiteral("-d")}));
        // The crontab's undo puts back what was saved.
        for (const ApplyStep &step : plan.steps())
            if (step.id == QLatin1String("crontab")) {
                const Run r = sh(step.remoteUndoCommand(true));
                QVERIFY2(r.code == 0, qPrintable(r.err));
            }
        QVERIFY(!QFile::exists(in.backup.scriptPath + QStringLiteral(".crontab-before")));
        verifyNothingLeaked();
    }

    void remoteFileScriptsReplaceRestoreAndPruneAnyPath()
    {
        const QString target = m_hostile + QStringLiteral("/.env");
        const QString backup = target + QStringLiteral(".supadesk-backup-20260101T000000000");
        write(target, "POSTGRES_PASSWORD=old\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(backup);
        const QByteArray content = "POSTGRES_PASSWORD=" + kPassword.toUtf8() + "\n";
        Run r = sh(RemoteFileScript::run(RemoteFileScript::replace(target, backup, 0600), true), content);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), backup);
        QCOMPARE(readAll(target), content);
        QCOMPARE(readAll(backup), QByteArray("POSTGRES_PASSWORD=old\n"));
        QCOMPARE(modeOf(target), QStringLiteral("600"));
        QCOMPARE(callsOf(QStringLiteral("sudo")).size(), 1);

        r = sh(RemoteFileScript::run(RemoteFileScript::restore(backup, target), true));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readAll(target), QByteArray("POSTGRES_PASSWORD=old\n"));

        for (int i = 1; i <= 7; ++i)
            write(target + QStringLiteral(".supadesk-backup-2025010%1T000000000").arg(i), "old\n");
        r = sh(RemoteFileScript::run(RemoteFileScript::pruneBackups(target, 5), true));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList left =
            QDir(m_hostile).entryList({QStringLiteral(".env.*")}, QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(left.size(), 5);
        QCOMPARE(left.first(), QStringLiteral(".env.supadesk-backup-20250104T000000000"));
        QCOMPARE(left.last(), QFileInfo(backup).fileName());
        // No temporary file stays behind.
        QCOMPARE(QDir(m_hostile).entryList({QStringLiteral(".env*")}, QDir::Files | QDir::Hidden).size(), 6);
        verifyNothingLeaked();
    }

    void probeInstallPlanAndProbeTakeAnyPath()
    {
        Stack stack;
        stack.name = QStringLiteral("hostile");
        stack.installDir = m_hostile;
        const UptimeProbeSettings settings = UptimeProbeSettings::forStack(stack, 60);
        QCOMPARE(settings.stackEnvFile, m_hostile + QStringLiteral("/.env"));
        write(settings.stackEnvFile,
              "POSTGRES_PASSWORD=" + kPassword.toUtf8() + "\nANON_KEY=" + kAnonKey.toUtf8() + "\n");
        UptimeProbeHost host;
        host.user = QStringLiteral("deploy");
        host.systemd = true;
        host.sudo = true;
        UptimeProbeLayout layout;
        layout.root = m_hostile + QStringLiteral("/root");
        UptimeProbeTemplates templates;
        const QString probe = QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/");
        templates.script = readAll(probe + QStringLiteral("supadesk-uptime-probe.sh"));
        templates.service = readAll(probe + QStringLiteral("supadesk-uptime-probe.service"));
        templates.timer = readAll(probe + QStringLiteral("supadesk-uptime-probe.timer"));
        templates.cron = readAll(probe + QStringLiteral("supadesk-uptime-probe.cron"));
        const UptimeProbeInstallPlan plan =
            UptimeProbeInstallPlan::install(settings, host, templates, layout);
        const QString staging = m_hostile + QStringLiteral("/staging");
        QVERIFY(QDir().mkpath(staging));
        for (const UptimeProbeStep &step : plan.steps) {
            Run r;
            if (step.kind == UptimeProbeStep::Kind::Run) {
                r = sh(step.command);
            } else {
                const QString staged = staging + QLatin1Char('/') + QFileInfo(step.path).fileName();
                write(staged, step.content);
                r = sh(plan.installFileCommand(staged, step, QStringLiteral("20260101T000000Z")));
                QCOMPARE(readAll(step.path), step.content);
            }
            QVERIFY2(r.code == 0, qPrintable(step.description + QLatin1Char('\n') + r.err));
        }
        // The configuration names the .env exactly, for sh that sources it.
        const Run sourced =
            run(QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral(". \"$1\"; printf %s \"$SUPADESK_STACK_ENV\""),
                 QStringLiteral("sh"), layout.configPath()});
        QCOMPARE(sourced.out, settings.stackEnvFile);

        // The probe itself: the anon key reaches curl on its standard input, not in its arguments.
        const Run probed =
            run(QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("SUPADESK_PROBE_CONFIG=\"$1\" exec sh \"$2\""),
                 QStringLiteral("sh"), layout.configPath(), layout.scriptPath()});
        QVERIFY2(probed.code == 0, qPrintable(probed.err));
        QVERIFY(!callsOf(QStringLiteral("curl")).isEmpty());
        QVERIFY(!callsOf(QStringLiteral("psql")).isEmpty());
        const QByteArray headers = readAll(m_dir.filePath(QStringLiteral("curl.stdin")));
        QVERIFY2(headers.contains("apikey: " + kAnonKey.toUtf8() + "\n"), headers.constData());
        QVERIFY(headers.contains("Authorization: Bearer " + kAnonKey.toUtf8() + "\n"));
        QVERIFY(QDir(layout.logPath()).entryList({QStringLiteral("*.log")}, QDir::Files).size() == 1);
        verifyNothingLeaked();
    }

    void runNowUsesAPrivateFolder()
    {
        Run made = sh(BackupRunCommands::makeFolder());
        QCOMPARE(made.code, 0);
        const Result<QString> folder = BackupRunCommands::folderFrom(made.out.toUtf8());
        QVERIFY(folder.ok());
        QCOMPARE(modeOf(folder.value()), QStringLiteral("700"));
        QVERIFY(QDir().rmdir(folder.value()));

        // A folder under the hostile install directory: the script runs, and the folder goes.
        const QString dir = m_hostile + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(dir));
        write(BackupRunCommands::scriptPath(dir), "printf '%s' \"$0\" >\"$(dirname \"$0\")/../ran\"\n");
        const Run r = sh(BackupRunCommands::wrap(BackupRunCommands::run(dir), QStringLiteral("sudo -n")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QString::fromUtf8(readAll(m_hostile + QStringLiteral("/ran"))),
                 BackupRunCommands::scriptPath(dir));
        QVERIFY(!QFileInfo::exists(dir));
        m_scripts << BackupRunCommands::check(QStringLiteral("supabase-db")) << BackupRunCommands::stop(dir)
                  << BackupRunCommands::removeFolder(dir);
        verifyNothingLeaked();
    }

    // Cancel's stop reads the pid file and kills that process group as root. Run in a PID namespace
    // of its own, where a decoy process stands for everything else on the server: only a plain
    // number above 1 is ever used.
    void aPlantedPidIsRefused_data()
    {
        QTest::addColumn<QByteArray>("pid");
        QTest::newRow("1: every process") << QByteArray("1\n");
        QTest::newRow("0: the caller's group") << QByteArray("0");
        QTest::newRow("-1") << QByteArray("-1");
        QTest::newRow("leading zero") << QByteArray("01");
        QTest::newRow("two numbers") << QByteArray("12 1");
        QTest::newRow("not a number") << QByteArray("$(touch X)");
    }

    void aPlantedPidIsRefused()
    {
        QFETCH(QByteArray, pid);
        const QString dir = m_hostile + QStringLiteral("/pid");
        QVERIFY(QDir().mkpath(dir));
        write(BackupRunCommands::pidPath(dir), pid);
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("STOP"), BackupRunCommands::stop(dir));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("unshare"),
                {QStringLiteral("--pid"), QStringLiteral("--fork"), QStringLiteral("--mount-proc"),
                 QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("sleep 30 & decoy=$!; sh -c \"$STOP\"; rc=$?; sleep 0.2; "
                                "kill -0 \"$decoy\" && echo decoy-alive; kill \"$decoy\"; exit $rc")});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(out.contains(QLatin1String("decoy-alive")), qPrintable(out + err));
        QCOMPARE(p.exitCode(), 6);
        QVERIFY2(err.contains(QLatin1String("refusing")), qPrintable(err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("X"))));
    }

    // The real thing: a running backup is stopped through its own process group.
    void cancelStopsTheRunningBackup()
    {
        const QString dir = m_hostile + QStringLiteral("/cancel");
        QVERIFY(QDir().mkpath(dir));
        write(BackupRunCommands::scriptPath(dir), "sleep 30\n");
        QProcess running;
        running.setProcessEnvironment(environment());
        running.start(QStringLiteral("sh"), {QStringLiteral("-c"), BackupRunCommands::run(dir)});
        QVERIFY(running.waitForStarted());
        const Run stopped = sh(BackupRunCommands::stop(dir));
        QVERIFY2(stopped.code == 0, qPrintable(stopped.err));
        QVERIFY(running.waitForFinished(10000));
        QVERIFY(running.exitCode() != 0);
        QVERIFY(!QFileInfo::exists(dir));
    }

    // No script uses a fixed name under /tmp or a name made of the shell's pid: both can be planted.
    void noScriptUsesAGuessableTemporaryName()
    {
        m_scripts << FirewallPlanner::script(FirewallOptions{}).value()
                  << BackupScriptWriter::script(BackupOptions{}).value()
                  << RemoteFileScript::replace(QStringLiteral("/etc/x"), QStringLiteral("/etc/x.b"), 0600)
                  << RemoteFileScript::restore(QStringLiteral("/etc/x.b"), QStringLiteral("/etc/x"));
        QVERIFY(m_scripts.size() > 10);
        static const QRegularExpression tmp(QStringLiteral("(^|[^\\w.])/tmp/"));
        static const QRegularExpression pidName(QStringLiteral("[\\w./-]\\$\\$|\\$\\$[\\w./-]"));
        for (QString script : std::as_const(m_scripts)) {
            script.replace(m_dir.path(), QStringLiteral("/test-folder")); // the test's own, in /tmp
            QVERIFY2(!tmp.match(script).hasMatch(), qPrintable(script));
            QVERIFY2(!pidName.match(script).hasMatch(), qPrintable(script));
            QVERIFY2(!script.contains(QLatin1String(".supadesk-restore")), qPrintable(script));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostilePaths)
#include "tst_hostilepaths.moc"
