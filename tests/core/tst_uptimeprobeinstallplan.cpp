// SPDX-License-Identifier: GPL-3.0-or-later
// Installing the server-side uptime probe as data: which files go where with which content, which
// commands run (as root or through sudo -n, systemd timer or cron), and that the shell it produces
// does what it says when a shell runs it.
#include "core/uptime/uptimeprobeinstallplan.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray shipped(const char *name)
{
    QFile f(QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

UptimeProbeTemplates templates()
{
    return {shipped("supadesk-uptime-probe.sh"), shipped("supadesk-uptime-probe.service"),
            shipped("supadesk-uptime-probe.timer"), shipped("supadesk-uptime-probe.cron")};
}

UptimeProbeHost host(bool root, bool systemd, bool sudo = false)
{
    UptimeProbeHost h;
    h.user = root ? QStringLiteral("root") : QStringLiteral("deploy");
    h.root = root;
    h.systemd = systemd;
    h.sudo = sudo;
    return h;
}

const UptimeProbeStep *fileStep(const UptimeProbeInstallPlan &plan, const QString &path)
{
    for (const UptimeProbeStep &s : plan.steps)
        if (s.kind == UptimeProbeStep::Kind::InstallFile && s.path == path)
            return &s;
    return nullptr;
}

QStringList commands(const UptimeProbeInstallPlan &plan)
{
    QStringList out;
    for (const UptimeProbeStep &s : plan.steps)
        if (s.kind == UptimeProbeStep::Kind::Run)
            out.append(s.command);
    return out;
}

QString sh(const QString &command, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(20000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestUptimeProbeInstallPlan : public QObject
{
    Q_OBJECT

private slots:
    void hostFacts_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("root");
        QTest::addColumn<bool>("systemd");
        QTest::addColumn<bool>("canInstall");
        QTest::addColumn<bool>("curl");
        QTest::newRow("root with systemd")
            << QByteArray("user root\nuid 0\ninit systemd\ncurl yes\n") << true << true << true << true;
        QTest::newRow("sudo without password")
            << QByteArray("user deploy\nuid 1000\ninit systemd\nsudo yes\ncurl yes\n") << false << true
            << true << true;
        QTest::newRow("sudo wants a password")
            << QByteArray("user deploy\nuid 1000\ninit other\nsudo no\ncurl yes\n") << false << false << false
            << true;
        QTest::newRow("no curl") << QByteArray("user root\nuid 0\ninit systemd\ncurl no\n") << true << true
                                 << true << false;
    }

    void hostFacts()
    {
        QFETCH(QByteArray, output);
        QFETCH(bool, root);
        QFETCH(bool, systemd);
        QFETCH(bool, canInstall);
        QFETCH(bool, curl);
        const Result<UptimeProbeHost> h = UptimeProbeHost::parse(output);
        QVERIFY(h.ok());
        QCOMPARE(h.value().root, root);
        QCOMPARE(h.value().systemd, systemd);
        QCOMPARE(h.value().canInstall(), canInstall);
        QCOMPARE(h.value().needsSudo(), !h.value().root);
        // The probe script checks HTTP with curl: without it the install is refused, and says how to fix it.
        const Status tools = h.value().toolsPresent();
        QCOMPARE(tools.ok(), curl);
        if (!curl) {
            QCOMPARE(tools.error().code, QStringLiteral("uptime.install.curl"));
            QVERIFY(tools.error().message.contains(QLatin1String("apt-get install curl")));
        }
    }

    void hostCommandRunsInPosixShell()
    {
        int code = -1;
        const QString out = sh(UptimeProbeHost::command(), &code);
        QCOMPARE(code, 0);
        const Result<UptimeProbeHost> h = UptimeProbeHost::parse(out.toUtf8());
        QVERIFY2(h.ok(), qPrintable(out));
        QCOMPARE(h.value().root, sh(QStringLiteral("id -u")).trimmed() == QLatin1String("0"));
        QVERIFY(!h.value().user.isEmpty());
        QCOMPARE(h.value().curl, !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty());
    }

    void unparsableHostIsAnError()
    {
        const Result<UptimeProbeHost> h = UptimeProbeHost::parse("sh: 1: id: not found\n");
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, QStringLiteral("uptime.install.host"));
    }

    void systemdAsRoot()
    {
        Stack stack;
        stack.name = QStringLiteral("Production");
        stack.installDir = QStringLiteral("/srv/supabase/docker/");
        stack.dbPort = 5433;
        stack.gatewayPort = 8001;
        const UptimeProbeInstallPlan plan = UptimeProbeInstallPlan::install(
            UptimeProbeSettings::forStack(stack), host(true, true), templates());
        QVERIFY(plan.systemd);
        QVERIFY(!plan.sudo);
        QCOMPARE(plan.logDirectory, QStringLiteral("/var/lib/supadesk/uptime"));

        const UptimeProbeStep *script =
            fileStep(plan, QStringLiteral("/usr/local/lib/supadesk/supadesk-uptime-probe.sh"));
        QVERIFY(script);
        QCOMPARE(script->mode, QStringLiteral("0755"));
        QCOMPARE(script->content,
                 shipped("supadesk-uptime-probe.sh")); // the script the puller's log comes from

        const UptimeProbeStep *config = fileStep(plan, QStringLiteral("/etc/supadesk/uptime-probe.conf"));
        QVERIFY(config);
        QVERIFY(config->content.contains(
            "SUPADESK_PROBE_TARGETS='postgres=postgresql://postgres@127.0.0.1:5433/postgres "
            "auth=http://127.0.0.1:8001/auth/v1/health rest=http://127.0.0.1:8001/rest/v1/ "
            "realtime=http://127.0.0.1:8001/realtime/v1/api/tenants/realtime-dev/health "
            "storage=http://127.0.0.1:8001/storage/v1/status'"));
        QVERIFY(config->content.contains("SUPADESK_STACK_ENV='/srv/supabase/docker/.env'"));
        QVERIFY(config->content.contains("SUPADESK_UPTIME_DIR='/var/lib/supadesk/uptime'"));

        const UptimeProbeStep *service =
            fileStep(plan, QStringLiteral("/etc/systemd/system/supadesk-uptime-probe.service"));
        QVERIFY(service);
        QVERIFY(service->content.contains("ExecStart=/usr/local/lib/supadesk/supadesk-uptime-probe.sh\n"));
        QVERIFY(
            service->content.contains("Environment=SUPADESK_PROBE_CONFIG=/etc/supadesk/uptime-probe.conf\n"));
        QVERIFY(service->content.contains("StateDirectory=supadesk/uptime\n"));
        const UptimeProbeStep *timer =
            fileStep(plan, QStringLiteral("/etc/systemd/system/supadesk-uptime-probe.timer"));
        QVERIFY(timer);
        QVERIFY(timer->content.contains("OnCalendar=*-*-* *:*:00\n"));
        QVERIFY(!fileStep(plan, QStringLiteral("/etc/cron.d/supadesk-uptime-probe")));

        const QStringList run = commands(plan);
        QCOMPARE(run.first(), QStringLiteral("sh -c 'mkdir -p '\\''/usr/local/lib/supadesk'\\'' "
                                             "'\\''/etc/supadesk'\\'' '\\''/var/lib/supadesk/uptime'\\'' "
                                             "'\\''/etc/systemd/system'\\'''"));
        QVERIFY(run.contains(QStringLiteral("sh -c 'systemctl daemon-reload'")));
        QVERIFY(run.contains(QStringLiteral("sh -c 'systemctl enable --now supadesk-uptime-probe.timer'")));
        // Reload before enabling, and the first round runs before the installer reports success.
        QVERIFY(run.indexOf(QStringLiteral("sh -c 'systemctl daemon-reload'")) <
                run.indexOf(QStringLiteral("sh -c 'systemctl enable --now supadesk-uptime-probe.timer'")));
        QCOMPARE(run.last(), QStringLiteral("sh -c 'systemctl start supadesk-uptime-probe.service'"));
        for (const UptimeProbeStep &s : plan.steps)
            QVERIFY(!s.description.isEmpty());
    }

    void cronThroughSudoEveryFiveMinutes()
    {
        UptimeProbeSettings settings;
        settings.intervalMinutes = 5;
        settings.gatewayPort = 0;
        const UptimeProbeInstallPlan plan =
            UptimeProbeInstallPlan::install(settings, host(false, false, true), templates());
        QVERIFY(plan.sudo);
        QVERIFY(!plan.systemd);
        for (const QString &c : commands(plan))
            QVERIFY2(c.startsWith(QLatin1String("sudo -n sh -c ")), qPrintable(c));
        const UptimeProbeStep *cron = fileStep(plan, QStringLiteral("/etc/cron.d/supadesk-uptime-probe"));
        QVERIFY(cron);
        QVERIFY(
            cron->content.contains("\n*/5 * * * * root SUPADESK_PROBE_CONFIG=/etc/supadesk/uptime-probe.conf "
                                   "/usr/local/lib/supadesk/supadesk-uptime-probe.sh\n"));
        QVERIFY(!fileStep(plan, QStringLiteral("/etc/systemd/system/supadesk-uptime-probe.timer")));
        const UptimeProbeStep *config = fileStep(plan, QStringLiteral("/etc/supadesk/uptime-probe.conf"));
        QVERIFY(config->content.contains(
            "SUPADESK_PROBE_TARGETS='postgres=postgresql://postgres@127.0.0.1:5432/postgres'\n"));
        QVERIFY(plan.summary().join(QLatin1Char('\n')).contains(QLatin1String("sudo -n")));
    }

    void scratchRootMovesEveryPath()
    {
        UptimeProbeLayout layout;
        layout.root = QStringLiteral("/tmp/probe root");
        UptimeProbeSettings settings;
        settings.intervalMinutes = 10;
        const UptimeProbeInstallPlan plan =
            UptimeProbeInstallPlan::install(settings, host(true, true), templates(), layout);
        QCOMPARE(plan.logDirectory, QStringLiteral("/tmp/probe root/var/lib/supadesk/uptime"));
        for (const UptimeProbeStep &s : plan.steps)
            if (s.kind == UptimeProbeStep::Kind::InstallFile)
                QVERIFY2(s.path.startsWith(layout.root + QLatin1Char('/')), qPrintable(s.path));
        const UptimeProbeStep *service = fileStep(plan, layout.servicePath());
        QVERIFY(service->content.contains(
            "ExecStart=/tmp/probe root/usr/local/lib/supadesk/supadesk-uptime-probe.sh"));
        QVERIFY(service->content.contains("ReadWritePaths=/tmp/probe root/var/lib/supadesk/uptime\n"));
        QVERIFY(fileStep(plan, layout.timerPath())->content.contains("OnCalendar=*-*-* *:00/10:00\n"));
    }

    void configSurvivesTheShell()
    {
        // Whatever the stack is called and wherever it lives, sourcing the settings gives back the values.
        QTemporaryDir dir;
        UptimeProbeSettings settings;
        settings.stackName = QStringLiteral("it's \"prod\"\nnext line");
        settings.dbUser = QStringLiteral("postgres.tenant");
        settings.stackEnvFile = QStringLiteral("/srv/o'brien $HOME/.env");
        UptimeProbeLayout layout;
        layout.root = dir.path();
        QFile f(dir.filePath(QStringLiteral("conf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(UptimeProbeInstallPlan::configFile(settings, layout));
        f.close();
        int code = -1;
        const QString out = sh(QStringLiteral(". '%1'; printf '%s|%s|%s' \"$SUPADESK_STACK_ENV\" "
                                              "\"$SUPADESK_PROBE_TIMEOUT\" \"$SUPADESK_UPTIME_DIR\"")
                                   .arg(f.fileName()),
                               &code);
        QCOMPARE(code, 0);
        QCOMPARE(out, QStringLiteral("/srv/o'brien $HOME/.env|5|%1/var/lib/supadesk/uptime").arg(dir.path()));
    }

    void installFileBacksUpWhatItReplaces()
    {
        QTemporaryDir dir;
        UptimeProbeInstallPlan plan; // root, no sudo: the command runs here as it would on the server
        UptimeProbeStep step;
        step.kind = UptimeProbeStep::Kind::InstallFile;
        step.path = dir.filePath(QStringLiteral("etc/supadesk/uptime-probe.conf"));
        step.mode = QStringLiteral("0640");
        const QString staged = dir.filePath(QStringLiteral("staged"));
        const auto stage = [&](const QByteArray &content) {
            QFile f(staged);
            return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
        };
        int code = -1;
        QVERIFY(stage("first\n"));
        QCOMPARE(sh(plan.installFileCommand(staged, step, QStringLiteral("1")), &code), QString());
        QCOMPARE(code, 0);
        QFile installed(step.path);
        QVERIFY(installed.open(QIODevice::ReadOnly));
        QCOMPARE(installed.readAll(), QByteArray("first\n"));
        installed.close();
        QCOMPARE(installed.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
                 QFile::ReadGroup);

        // The same content again: nothing to keep.
        QCOMPARE(sh(plan.installFileCommand(staged, step, QStringLiteral("2")), &code), QString());
        QVERIFY(!QFile::exists(step.path + QStringLiteral(".supadesk-backup-2")));

        QVERIFY(stage("second\n"));
        const QString out = sh(plan.installFileCommand(staged, step, QStringLiteral("3")), &code);
        QCOMPARE(code, 0);
        QCOMPARE(out.trimmed(), QStringLiteral("backup: %1.supadesk-backup-3").arg(step.path));
        QFile backup(step.path + QStringLiteral(".supadesk-backup-3"));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), QByteArray("first\n"));
        QVERIFY(installed.open(QIODevice::ReadOnly));
        QCOMPARE(installed.readAll(), QByteArray("second\n"));
    }

    void uninstallKeepsTheHistory()
    {
        const UptimeProbeInstallPlan plan = UptimeProbeInstallPlan::uninstall(host(false, true, true));
        QVERIFY(plan.removal);
        const QStringList run = commands(plan);
        QCOMPARE(run.size(), 3);
        QVERIFY(run.at(0).contains(QLatin1String("systemctl disable --now supadesk-uptime-probe.timer")));
        QVERIFY(run.at(1).contains(QLatin1String("/etc/cron.d/supadesk-uptime-probe")));
        QVERIFY(run.at(1).contains(QLatin1String("/usr/local/lib/supadesk/supadesk-uptime-probe.sh")));
        for (const QString &c : run) {
            QVERIFY(c.startsWith(QLatin1String("sudo -n ")));
            QVERIFY(!c.contains(QLatin1String("/var/lib/supadesk")));
        }
        QVERIFY(plan.summary().last().contains(QLatin1String("sudo -n")));
    }

    // The stack's stored probe interval reaches the server: a systemd timer keeps it to the
    // second, cron rounds it up to whole minutes and the confirmation says so.
    void stackIntervalOnTheServer_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("systemd");
        QTest::addColumn<QByteArray>("schedule"); // in the timer or the cron file
        QTest::addColumn<int>("runsEvery");       // seconds
        QTest::addColumn<bool>("roundedNote");
        QTest::newRow("systemd, 60 s")
            << 60 << true << QByteArray("OnCalendar=*-*-* *:*:00\n") << 60 << false;
        QTest::newRow("systemd, 30 s")
            << 30 << true << QByteArray("OnActiveSec=30s\nOnUnitActiveSec=30s\n") << 30 << false;
        QTest::newRow("systemd, 90 s") << 90 << true << QByteArray("OnUnitActiveSec=90s\n") << 90 << false;
        QTest::newRow("systemd, 5 min")
            << 300 << true << QByteArray("OnCalendar=*-*-* *:00/5:00\n") << 300 << false;
        QTest::newRow("systemd, 1 h")
            << 3600 << true << QByteArray("OnUnitActiveSec=3600s\n") << 3600 << false;
        QTest::newRow("cron, 60 s") << 60 << false << QByteArray("\n* * * * * root ") << 60 << false;
        QTest::newRow("cron, 30 s") << 30 << false << QByteArray("\n* * * * * root ") << 60 << true;
        QTest::newRow("cron, 90 s") << 90 << false << QByteArray("\n*/2 * * * * root ") << 120 << true;
        QTest::newRow("cron, 1 h") << 3600 << false << QByteArray("\n0 * * * * root ") << 3600 << false;
    }
    void stackIntervalOnTheServer()
    {
        QFETCH(int, seconds);
        QFETCH(bool, systemd);
        QFETCH(QByteArray, schedule);
        QFETCH(int, runsEvery);
        QFETCH(bool, roundedNote);
        Stack stack;
        stack.name = QStringLiteral("Production");
        const UptimeProbeSettings settings = UptimeProbeSettings::forStack(stack, seconds);
        QCOMPARE(settings.intervalSeconds, seconds);
        const UptimeProbeInstallPlan plan =
            UptimeProbeInstallPlan::install(settings, host(true, systemd), templates());
        const UptimeProbeStep *file =
            fileStep(plan, systemd ? QStringLiteral("/etc/systemd/system/supadesk-uptime-probe.timer")
                                   : QStringLiteral("/etc/cron.d/supadesk-uptime-probe"));
        QVERIFY(file);
        QVERIFY2(file->content.contains(schedule), file->content.constData());
        if (systemd && seconds != 60)
            QVERIFY(file->content.contains("every " + QByteArray::number(seconds) + " seconds"));
        QCOMPARE(plan.intervalSeconds, runsEvery);
        QCOMPARE(plan.requestedSeconds, seconds);
        const QString summary = plan.summary().join(QLatin1Char('\n'));
        QCOMPARE(summary.contains(QLatin1String("whole minutes")), roundedNote);
        if (roundedNote)
            QVERIFY2(summary.contains(QStringLiteral("instead of every %1 seconds").arg(seconds)),
                     qPrintable(summary));
        if (runsEvery % 60 != 0)
            QVERIFY2(summary.contains(QStringLiteral("every %1 second(s)").arg(runsEvery)),
                     qPrintable(summary));
    }
};

QTEST_GUILESS_MAIN(TestUptimeProbeInstallPlan)
#include "tst_uptimeprobeinstallplan.moc"
