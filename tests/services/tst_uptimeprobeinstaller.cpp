// SPDX-License-Identifier: GPL-3.0-or-later
// Installing the server-side uptime probe over the harness's real sshd into a scratch root (cron
// scheduling: the test machine has no systemd): the files land with their modes, the first round
// runs, a round run by hand appends again, and UptimeLogPuller reads what the probe wrote. Installing
// again keeps a copy of what it replaces; removing keeps the log; a login whose sudo wants a
// password is told so before anything changes.
#include "apikeyhttpserver.h"
#include "db/uptimestore.h"
#include "harness/harnessstack.h"
#include "services/stackconnection.h"
#include "services/uptime/uptimelogpuller.h"
#include "services/uptime/uptimeprobeinstaller.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

const QByteArray kAnonKey = "eyJhbGciOiJIUzI1NiJ9.anon-for-the-installer-test.sig";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestUptimeProbeInstaller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UptimeProbeLayout m_layout;
    std::unique_ptr<StackConnection> m_connection;
    std::unique_ptr<ApiKeyHttpServer> m_kong;
    QString m_envFile;

    StackConnection::Settings settings() const
    {
        StackConnection::Settings s = testenv::harnessSsh(m_dir.filePath(QStringLiteral("known_hosts")));
        return s;
    }

    static bool connectAndWait(StackConnection &connection)
    {
        if (!connection.connectToStack().ok())
            return false;
        QElapsedTimer t;
        t.start();
        while (connection.state() != StackConnection::State::Connected && t.elapsed() < 20000 &&
               connection.state() != StackConnection::State::Failed)
            QTest::qWait(20);
        return connection.state() == StackConnection::State::Connected;
    }

    UptimeProbeSettings probeSettings(int timeoutSeconds = 3) const
    {
        UptimeProbeSettings s;
        s.stackName = QStringLiteral("Harness");
        s.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        s.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        s.dbUser = testenv::value("SUPADESK_TEST_PG_USER");
        s.gatewayPort = m_kong->port();
        s.timeoutSeconds = timeoutSeconds;
        s.stackEnvFile = m_envFile;
        return s;
    }

    static UptimeProbeInstallReport runToEnd(UptimeProbeInstaller &installer,
                                             const std::function<Status()> &start)
    {
        QSignalSpy finished(&installer, &UptimeProbeInstaller::finished);
        const Status started = start();
        if (!started.ok()) {
            UptimeProbeInstallReport failed;
            failed.error = started.error();
            return failed;
        }
        QElapsedTimer t;
        t.start();
        while (finished.isEmpty() && t.elapsed() < 45000)
            QTest::qWait(20);
        return finished.isEmpty() ? UptimeProbeInstallReport()
                                  : finished.first().first().value<UptimeProbeInstallReport>();
    }

    QString logFile() const
    {
        return m_layout.logPath() + QLatin1Char('/') +
               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")) + QStringLiteral(".log");
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the test PostgreSQL");
        m_layout.root = m_dir.filePath(QStringLiteral("server"));
        m_kong = std::make_unique<ApiKeyHttpServer>(kAnonKey);
        QVERIFY(m_kong->listen());
        // The stack's .env as Supabase writes it: the probe reads the anon key from it at each run.
        m_envFile = m_dir.filePath(QStringLiteral("stack.env"));
        QFile env(m_envFile);
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("POSTGRES_PASSWORD=unused-on-a-trust-server\nANON_KEY=" + kAnonKey + "\n");
        env.close();
        m_connection = std::make_unique<StackConnection>(settings());
        QVERIFY2(connectAndWait(*m_connection), qPrintable(m_connection->reason()));
    }

    void installsRunsAndIsPulled()
    {
        UptimeProbeInstaller installer(m_connection.get());
        installer.setLayout(m_layout);
        installer.setScheduler(UptimeProbeInstaller::Scheduler::Cron);
        QSignalSpy steps(&installer, &UptimeProbeInstaller::stepFinished);
        const UptimeProbeInstallReport report =
            runToEnd(installer, [&] { return installer.install(probeSettings()); });
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QVERIFY(!report.systemd);
        QCOMPARE(report.logDirectory, m_layout.logPath());
        QCOMPARE(report.steps.size(), installer.plan().steps.size());
        QCOMPARE(steps.size(), report.steps.size());
        for (const UptimeProbeStepOutcome &o : report.steps) {
            QVERIFY2(o.ok, qPrintable(o.description + QLatin1String(": ") + o.detail));
            QVERIFY(o.backupPath.isEmpty()); // nothing was there before
        }

        // The files, with the modes a server expects.
        QCOMPARE(readAll(m_layout.scriptPath()),
                 readAll(QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-uptime-probe.sh")));
        QVERIFY(QFileInfo(m_layout.scriptPath()).permissions() & QFile::ExeOther);
        QVERIFY(readAll(m_layout.cronPath())
                    .contains(" root SUPADESK_PROBE_CONFIG=" + m_layout.configPath().toUtf8()));
        QVERIFY(readAll(m_layout.configPath()).contains("SUPADESK_STACK_ENV="));

        // The installer ran the first round: every component has a line, Kong's got the anon key.
        const QByteArray first = readAll(logFile());
        QCOMPARE(first.count('\n'), 5);
        QVERIFY2(first.contains("\tpostgres\tok\t"), first.constData());
        for (const char *component : {"\tauth\tok\t", "\trest\tok\t", "\trealtime\tok\t", "\tstorage\tok\t"})
            QVERIFY2(first.contains(component), first.constData());
        QCOMPARE(m_kong->refused, 0);

        // A round run by hand, as cron runs it. Lines are stamped to the second and a probe stored twice
        // counts once, so it runs in the next second.
        QTest::qWait(1100);
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUPADESK_PROBE_CONFIG"), m_layout.configPath());
        probe.setProcessEnvironment(env);
        probe.start(m_layout.scriptPath(), {});
        QVERIFY(probe.waitForStarted());
        while (probe.state() != QProcess::NotRunning)
            QTest::qWait(20); // Kong's stand-in answers from this event loop
        QCOMPARE(probe.exitCode(), 0);
        QCOMPARE(readAll(logFile()).count('\n'), 10);

        // Pull now finds the log where the installer says it is.
        UptimeStore store(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(store.open().ok());
        UptimeLogPuller puller(m_connection.get(), &store, QStringLiteral("harness"));
        puller.setLogDirectory(report.logDirectory);
        QSignalSpy pulled(&puller, &UptimeLogPuller::pulled);
        QVERIFY(puller.pull().ok());
        QTRY_COMPARE_WITH_TIMEOUT(pulled.size(), 1, 20000);
        QCOMPARE(pulled.first().first().value<UptimePullReport>().newProbes, 10);
        const Result<ProbeResults> stored =
            store.probes(QStringLiteral("harness"), {0, QDateTime::currentMSecsSinceEpoch() + 60'000},
                         QStringLiteral("rest"));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 2);
        QVERIFY(stored.value().first().ok);
        QCOMPARE(stored.value().first().source, UptimeStore::ServerSource);
    }

    void installingAgainKeepsWhatItReplaces()
    {
        const QByteArray before = readAll(m_layout.configPath());
        QVERIFY(!before.isEmpty());
        UptimeProbeInstaller installer(m_connection.get());
        installer.setLayout(m_layout);
        installer.setScheduler(UptimeProbeInstaller::Scheduler::Cron);
        const UptimeProbeInstallReport report =
            runToEnd(installer, [&] { return installer.install(probeSettings(4)); });
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QStringList backups;
        for (const UptimeProbeStepOutcome &o : report.steps)
            if (!o.backupPath.isEmpty())
                backups.append(o.backupPath);
        // Only the settings changed; the script and the cron entry are the same and left alone.
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().startsWith(m_layout.configPath() + QStringLiteral(".supadesk-backup-")));
        QCOMPARE(readAll(backups.first()), before);
        QVERIFY(readAll(m_layout.configPath()).contains("SUPADESK_PROBE_TIMEOUT=4"));
    }

    void uninstallKeepsTheLog()
    {
        UptimeProbeInstaller installer(m_connection.get());
        installer.setLayout(m_layout);
        installer.setScheduler(UptimeProbeInstaller::Scheduler::Cron);
        QSignalSpy prepared(&installer, &UptimeProbeInstaller::prepared);
        QVERIFY(installer.prepareUninstall().ok());
        QTRY_COMPARE_WITH_TIMEOUT(prepared.size(), 1, 20000);
        QVERIFY(installer.plan().removal);
        QVERIFY(QFile::exists(m_layout.cronPath())); // preparing changes nothing
        const UptimeProbeInstallReport report = runToEnd(installer, [&] { return installer.run(); });
        QVERIFY2(report.ok, qPrintable(report.error.message));
        for (const QString &gone : {m_layout.scriptPath(), m_layout.configPath(), m_layout.cronPath()})
            QVERIFY2(!QFile::exists(gone), qPrintable(gone));
        QVERIFY(QFile::exists(logFile()));
    }

    void sudoWithPasswordIsExplained()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PASSWORD_USER",
                        "a password-login account (tests/harness makes one when the tests run as root)");
        StackConnection::Settings s = settings();
        s.ssh.user = testenv::value("SUPADESK_TEST_SSH_PASSWORD_USER");
        s.ssh.auth = AuthMethod::Password;
        s.ssh.keyFile.clear();
        s.ssh.password = testenv::value("SUPADESK_TEST_SSH_PASSWORD");
        StackConnection unprivileged(s);
        QVERIFY2(connectAndWait(unprivileged), qPrintable(unprivileged.reason()));
        UptimeProbeLayout layout;
        layout.root = m_dir.filePath(QStringLiteral("unprivileged"));
        UptimeProbeInstaller installer(&unprivileged);
        installer.setLayout(layout);
        QSignalSpy stepsStarted(&installer, &UptimeProbeInstaller::stepStarted);
        const UptimeProbeInstallReport report =
            runToEnd(installer, [&] { return installer.install(probeSettings()); });
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("uptime.install.sudo"));
        QVERIFY(report.error.message.contains(s.ssh.user));
        QVERIFY(report.error.message.contains(QLatin1String("NOPASSWD")));
        QCOMPARE(stepsStarted.size(), 0);
        QVERIFY(!QDir(layout.root).exists());
    }

    void disconnectedIsRefusedAtOnce()
    {
        StackConnection idle(settings());
        UptimeProbeInstaller installer(&idle);
        const Status started = installer.install(probeSettings());
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("ssh.notconnected"));
    }
};

QTEST_GUILESS_MAIN(TestUptimeProbeInstaller)
#include "tst_uptimeprobeinstaller.moc"
