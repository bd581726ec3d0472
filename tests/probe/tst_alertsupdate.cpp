// SPDX-License-Identifier: GPL-3.0-or-later
// Alert settings changed after installation reach the server without installing again: over the
// harness's sshd, UptimeProbeInstaller::updateAlerts writes the alerter's two files under a scratch
// root (the previous ones kept as backups, the secrets root-only), and the alerter, run by the uptime
// probe as the timer runs it, follows them from its next round: a maintenance window pushed this way
// silences an outage (nothing reaches the webhook sink), and once the window is taken out again it fires
// once. A server without the alerter is told so and left unchanged.
#include "core/alerts/alertconfig.h"
#include "harness/harnessstack.h"
#include "services/stackconnection.h"
#include "services/uptime/uptimeprobeinstaller.h"
#include "webhooksink.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

const QString probeScript = QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-uptime-probe.sh");
const QString alerterScript = QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-alerter.sh");

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAlertsUpdate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StackConnection> m_connection;

    // A round as the timer runs it: the probe script, the alerter beside it reading the installed config.
    int round(const QString &targets, const QString &alertConfig)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUPADESK_PROBE_CONFIG"),
                   m_dir.filePath(QStringLiteral("no-probe-config")));
        env.insert(QStringLiteral("SUPADESK_UPTIME_DIR"), m_dir.filePath(QStringLiteral("uptime")));
        env.insert(QStringLiteral("SUPADESK_PROBE_TARGETS"), targets);
        env.insert(QStringLiteral("SUPADESK_PROBE_TIMEOUT"), QStringLiteral("2"));
        env.insert(QStringLiteral("SUPADESK_ALERT_CONFIG"), alertConfig);
        env.insert(QStringLiteral("SUPADESK_ALERT_TIMEOUT"), QStringLiteral("3"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(probeScript, {});
        if (!p.waitForStarted())
            return -1;
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
            QTest::qWait(10);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    std::optional<UptimeProbeInstallReport> update(const UptimeProbeLayout &layout, const AlertConfig &config)
    {
        UptimeProbeInstaller installer(m_connection.get());
        installer.setLayout(layout);
        QSignalSpy finished(&installer, &UptimeProbeInstaller::finished);
        UptimeProbeAlerts alerts;
        alerts.config = config;
        if (!installer.updateAlerts(alerts).ok())
            return std::nullopt;
        if (!finished.wait(30000))
            return std::nullopt;
        return finished.first().first().value<UptimeProbeInstallReport>();
    }

    static AlertConfig config(const QString &url)
    {
        AlertConfig c;
        c.stackName = QStringLiteral("prod");
        c.failuresBeforeDown = 1;
        AlertRule r;
        r.id = QStringLiteral("down_gone");
        r.kind = AlertRuleKind::ComponentDown;
        r.severity = AlertSeverity::Critical;
        r.target = QStringLiteral("gone");
        r.resolvedMessage = QStringLiteral("gone answers again");
        c.rules = {r};
        AlertChannel hook;
        hook.id = QStringLiteral("hook");
        hook.kind = AlertChannelKind::Webhook;
        hook.secret = url;
        c.channels = {hook};
        return c;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        QVERIFY(m_dir.isValid());
        m_connection = std::make_unique<StackConnection>(testenv::harnessSsh());
        QVERIFY(m_connection->connectToStack().ok());
        QVERIFY(testenv::waitFor([&] { return m_connection->state() == StackConnection::State::Connected; }));
    }

    void maintenanceWindowReachesTheServer()
    {
        WebhookSink sink;
        QVERIFY(sink.listen());
        UptimeProbeLayout layout;
        layout.root = m_dir.filePath(QStringLiteral("server"));
        // As installed before the window was declared: the alerter and its settings without a window.
        AlertConfig installed = config(sink.url(QStringLiteral("/u?token=before")));
        QVERIFY(QDir().mkpath(QFileInfo(layout.alerterPath()).path()));
        QVERIFY(QDir().mkpath(QFileInfo(layout.alertConfigPath()).path()));
        QVERIFY(QDir().mkpath(layout.alertPath()));
        QVERIFY(QFile::copy(alerterScript, layout.alerterPath()));
        {
            QFile conf(layout.alertConfigPath());
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write(installed.configFile(layout.alertPath(), layout.alertSecretsPath()));
            QFile sec(layout.alertSecretsPath());
            QVERIFY(sec.open(QIODevice::WriteOnly));
            sec.write(installed.secretsFile());
        }
        const QByteArray before = readAll(layout.alertConfigPath());

        // "Save" after a window was added: only the alerter's files change.
        AlertConfig windowed = config(sink.url(QStringLiteral("/u?token=after")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        windowed.maintenance = {TimeRange{now - 60000, now + 3600000}};
        std::optional<UptimeProbeInstallReport> report = update(layout, windowed);
        QVERIFY(report.has_value());
        QVERIFY2(report->ok, qPrintable(report->error.message));
        QCOMPARE(report->steps.size(), 3);
        const QByteArray window = QByteArray::number((now - 60000) / 1000) + '-';
        QVERIFY(readAll(layout.alertConfigPath()).contains("SUPADESK_ALERT_MAINTENANCE='" + window));
        QVERIFY(readAll(layout.alertSecretsPath()).contains("token=after"));
        QCOMPARE(QFile::permissions(layout.alertSecretsPath()) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // The previous files are kept beside them.
        const QString backup = report->steps.at(1).backupPath;
        QVERIFY2(backup.startsWith(layout.alertConfigPath() + QStringLiteral(".supadesk-backup-")),
                 qPrintable(backup));
        QCOMPARE(readAll(backup), before);
        QVERIFY(!report->steps.at(2).backupPath.isEmpty());

        // The alerter, run as the timer runs it, is silent during the window although "gone" is down.
        const QString targets = QStringLiteral("gone=http://127.0.0.1:%1/").arg(freePort());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(round(targets, layout.alertConfigPath()), 0);
        QVERIFY(sink.requests.isEmpty());

        // The window taken out again (saved once more): the outage fires now, once, with the new secret.
        windowed.maintenance.clear();
        report = update(layout, windowed);
        QVERIFY(report && report->ok);
        QVERIFY(!readAll(layout.alertConfigPath()).contains(window));
        QCOMPARE(round(targets, layout.alertConfigPath()), 0);
        QCOMPARE(round(targets, layout.alertConfigPath()), 0);
        QCOMPARE(sink.requests.size(), 1);
        QCOMPARE(sink.requests.first().path, QStringLiteral("/u?token=after"));
        QCOMPARE(sink.requests.first().json().value(QLatin1String("event")).toString(),
                 QStringLiteral("firing"));
    }

    void serverWithoutTheAlerterIsLeftAlone()
    {
        UptimeProbeLayout layout;
        layout.root = m_dir.filePath(QStringLiteral("bare"));
        const std::optional<UptimeProbeInstallReport> report =
            update(layout, config(QStringLiteral("http://127.0.0.1:9/")));
        QVERIFY(report.has_value());
        QVERIFY(!report->ok);
        QVERIFY2(report->error.message.contains(QLatin1String("not installed")) ||
                     (!report->steps.isEmpty() &&
                      report->steps.first().detail.contains(QLatin1String("not installed"))),
                 qPrintable(report->error.message));
        QVERIFY(!QFile::exists(layout.alertConfigPath()));
        QVERIFY(!QFile::exists(layout.alertSecretsPath()));
    }
};

QTEST_MAIN(TestAlertsUpdate)
#include "tst_alertsupdate.moc"
