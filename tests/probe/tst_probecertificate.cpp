// SPDX-License-Identifier: GPL-3.0-or-later
// The uptime probe's certificate component for real: openssl makes a certificate valid for 30 days and
// `openssl s_server` serves it on a loopback port; the probe reads it by name (SNI) and logs "N days
// left", failing below SUPADESK_CERT_MIN_DAYS; a port with nothing on it is a failure that says so. The
// alerter's certificate_expiring rule reads the component's round and fires through a webhook sink
// when the days left drop to its threshold. ProbeTargets and the install plan name the target.
#include "core/alerts/alertconfig.h"
#include "core/uptime/probelogparser.h"
#include "core/uptime/probetargets.h"
#include "core/uptime/uptimeprobeinstallplan.h"
#include "webhooksink.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

const QString probeScript = QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-uptime-probe.sh");

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestProbeCertificate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;

    // One round of the probe (and the alerter beside it when `alertConfig` is set); the event loop runs
    // meanwhile so the webhook sink in this process answers. Returns the lines it logged.
    QStringList round(const QString &targets, const QString &minDays, const QString &alertConfig = {})
    {
        const QString logs = m_dir.filePath(QStringLiteral("uptime"));
        QDir(logs).removeRecursively();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUPADESK_PROBE_CONFIG"), m_dir.filePath(QStringLiteral("no-config")));
        env.insert(QStringLiteral("SUPADESK_UPTIME_DIR"), logs);
        env.insert(QStringLiteral("SUPADESK_PROBE_TARGETS"), targets);
        env.insert(QStringLiteral("SUPADESK_PROBE_TIMEOUT"), QStringLiteral("15")); // a busy machine
        env.insert(QStringLiteral("SUPADESK_CERT_MIN_DAYS"), minDays);
        env.insert(QStringLiteral("SUPADESK_ALERT_CONFIG"),
                   alertConfig.isEmpty() ? m_dir.filePath(QStringLiteral("no-alerts")) : alertConfig);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(probeScript, {});
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
            QTest::qWait(10);
        if (p.exitCode() != 0)
            qWarning().noquote() << p.readAllStandardError();
        QStringList lines;
        for (const QString &f : QDir(logs).entryList(QDir::Files)) {
            QFile file(QDir(logs).filePath(f));
            if (file.open(QIODevice::ReadOnly))
                lines += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess req;
        req.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=api.example.test"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(req.waitForFinished(60000));
        QCOMPARE(req.exitCode(), 0);
        m_port = freePort();
        m_server.start(QStringLiteral("openssl"),
                       {QStringLiteral("s_server"), QStringLiteral("-accept"),
                        QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"), cert,
                        QStringLiteral("-key"), key, QStringLiteral("-www"), QStringLiteral("-quiet")});
        QVERIFY(m_server.waitForStarted());
        QTcpSocket probe;
        QVERIFY(QTest::qWaitFor(
            [&] {
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                return probe.waitForConnected(200);
            },
            10000));
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

    void theTargetIsNamed()
    {
        QCOMPARE(ProbeTargets::serverCertificateTarget(QStringLiteral("api.example.com")),
                 QStringLiteral("certificate=tls://api.example.com:443"));
        QCOMPARE(ProbeTargets::certificateDaysLeft(QStringLiteral("63 days left")), 63);
        QCOMPARE(ProbeTargets::certificateDaysLeft(QStringLiteral("-2 days left")), -2);
        QVERIFY(!ProbeTargets::certificateDaysLeft(QStringLiteral("no certificate for x on port 443")));
        UptimeProbeSettings settings;
        QVERIFY(!UptimeProbeInstallPlan::targets(settings).contains(QStringLiteral("certificate=")));
        settings.certificateName = QStringLiteral("api.example.com");
        QVERIFY(UptimeProbeInstallPlan::targets(settings).endsWith(
            QStringLiteral(" certificate=tls://api.example.com:443")));
        QVERIFY(UptimeProbeInstallPlan::configFile(settings, UptimeProbeLayout())
                    .contains("SUPADESK_CERT_MIN_DAYS=14"));
    }

    void theProbeLogsTheDaysLeft()
    {
        const QString target = QStringLiteral("certificate=tls://api.example.test:%1").arg(m_port);
        QStringList lines = round(target, QStringLiteral("14"));
        QCOMPARE(lines.size(), 1);
        ProbeLogParser::Parsed parsed =
            ProbeLogParser::parse(lines.first().toUtf8() + '\n', QStringLiteral("server"));
        QCOMPARE(parsed.results.size(), 1);
        const ProbeResult ok = parsed.results.first();
        QCOMPARE(ok.component, QStringLiteral("certificate"));
        QVERIFY2(ok.ok, qPrintable(lines.first()));
        const std::optional<int> days = ProbeTargets::certificateDaysLeft(ok.reason);
        QVERIFY2(days && (*days == 29 || *days == 30), qPrintable(ok.reason));

        // Fewer days left than asked for: the component fails and still says how many.
        lines = round(target, QStringLiteral("60"));
        parsed = ProbeLogParser::parse(lines.first().toUtf8() + '\n', QStringLiteral("server"));
        QVERIFY(!parsed.results.first().ok);
        const std::optional<int> again = ProbeTargets::certificateDaysLeft(parsed.results.first().reason);
        QVERIFY2(again && qAbs(*again - *days) <= 1, qPrintable(lines.first()));

        lines = round(QStringLiteral("certificate=tls://api.example.test:%1").arg(freePort()),
                      QStringLiteral("14"));
        QVERIFY2(lines.first().contains(QStringLiteral("\tfail\t")) &&
                     lines.first().contains(QStringLiteral("no certificate for api.example.test")),
                 qPrintable(lines.first()));
    }

    void theAlertRuleReadsTheComponent()
    {
        WebhookSink sink;
        QVERIFY(sink.listen());
        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        AlertRule rule;
        rule.id = QStringLiteral("certificate");
        rule.kind = AlertRuleKind::CertificateExpiring;
        rule.severity = AlertSeverity::Warning;
        rule.threshold = 40; // the test certificate has 30 days left
        rule.target = ProbeTargets::Certificate;
        config.rules = {rule};
        AlertChannel hook;
        hook.id = QStringLiteral("hook");
        hook.kind = AlertChannelKind::Webhook;
        hook.secret = sink.url(QStringLiteral("/hook"));
        config.channels = {hook};
        const Status valid = config.validate();
        QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().message));
        const QString state = m_dir.filePath(QStringLiteral("alert-state"));
        const QString secrets = m_dir.filePath(QStringLiteral("alerts.secrets"));
        QFile conf(m_dir.filePath(QStringLiteral("alerts.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly) && conf.write(config.configFile(state, secrets)) > 0);
        conf.close();
        QFile sec(secrets);
        QVERIFY(sec.open(QIODevice::WriteOnly) && sec.write(config.secretsFile()) >= 0);
        sec.close();
        sec.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        round(QStringLiteral("certificate=tls://api.example.test:%1").arg(m_port), QStringLiteral("14"),
              conf.fileName());
        QTRY_COMPARE_WITH_TIMEOUT(sink.requests.size(), 1, 10000);
        const QJsonObject f = sink.requests.first().json();
        QCOMPARE(f.value(QLatin1String("rule")).toString(), QStringLiteral("certificate"));
        QCOMPARE(f.value(QLatin1String("event")).toString(), QStringLiteral("firing"));
        QVERIFY2(f.value(QLatin1String("text")).toString().contains(QStringLiteral("days left")),
                 qPrintable(f.value(QLatin1String("text")).toString()));
    }
};

QTEST_MAIN(TestProbeCertificate)
#include "tst_probecertificate.moc"
