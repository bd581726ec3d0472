// SPDX-License-Identifier: GPL-3.0-or-later
// The server-side alerter run for real as the timer runs it: the uptime probe script probes a
// loopback service that goes down and comes back, and hands its round to the alerter, whose settings
// are the files AlertConfig writes. A webhook sink in the test receives exactly one firing and one
// resolved message; an unreachable channel's message is queued and delivered once it answers; an
// SMTP server on loopback (aiosmtpd, with STARTTLS) receives the e-mail; a curl stand-in early in
// PATH records every command line, and no secret is in any.
#include "core/alerts/alertconfig.h"
#include "harness/testenv.h"
#include "webhooksink.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

using namespace supadesk;

namespace {

const QString probeScript = QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-uptime-probe.sh");
const QString alerterScript = QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-alerter.sh");
const QString webhookToken = QStringLiteral("T0KEN-s3cret-77");
const QString telegramToken = QStringLiteral("123456:ABCdefGhIJKlmnoPQRstuVWxyz012345");

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The service the probe watches: answers every HTTP request 200 while it listens.
void answerHealthChecks(QTcpServer &service)
{
    QObject::connect(&service, &QTcpServer::newConnection, &service, [&service] {
        while (QTcpSocket *s = service.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                s->disconnectFromHost();
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

} // namespace

class TestAlerter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_argvLog;

    // A round as the timer runs it: the probe script with its config, the alerter found beside it.
    // The event loop keeps running meanwhile, so the sinks in this process answer.
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
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) +
                                               QStringLiteral(":/usr/lib/postgresql/15/bin:") +
                                               env.value(QStringLiteral("PATH")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(probeScript, {});
        if (!p.waitForStarted())
            return -1;
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
            QTest::qWait(10);
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty())
            qInfo().noquote() << "probe stderr:" << err;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString writeConfig(const QString &name, const AlertConfig &config)
    {
        const QString state = m_dir.filePath(name + QStringLiteral("-state"));
        const QString secrets = m_dir.filePath(name + QStringLiteral(".secrets"));
        QFile conf(m_dir.filePath(name + QStringLiteral(".conf")));
        if (!conf.open(QIODevice::WriteOnly) || conf.write(config.configFile(state, secrets)) < 0)
            return {};
        QFile sec(secrets);
        if (!sec.open(QIODevice::WriteOnly) || sec.write(config.secretsFile()) < 0)
            return {};
        sec.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return conf.fileName();
    }

    static AlertRule downRule(const QString &component)
    {
        AlertRule r;
        r.id = QStringLiteral("down_") + component;
        r.kind = AlertRuleKind::ComponentDown;
        r.severity = AlertSeverity::Critical;
        r.target = component;
        r.resolvedMessage = component + QStringLiteral(" answers again");
        return r;
    }

    static AlertChannel hook(const QString &url)
    {
        AlertChannel c;
        c.id = QStringLiteral("hook");
        c.kind = AlertChannelKind::Webhook;
        c.secret = url;
        return c;
    }

    QStringList alertLog(const QString &name)
    {
        return readText(m_dir.filePath(name + QStringLiteral("-state/alerts.log")))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A curl that writes its command line down before it runs the real one: every delivery's
        // argv is kept, to show no secret is ever in it.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("bin"))));
        m_argvLog = m_dir.filePath(QStringLiteral("curl-argv.log"));
        QFile standIn(m_dir.filePath(QStringLiteral("bin/curl")));
        QVERIFY(standIn.open(QIODevice::WriteOnly));
        standIn.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$*\" >>'%1'\nexec /usr/bin/curl \"$@\"\n")
                          .arg(m_argvLog)
                          .toUtf8());
        standIn.close();
        QVERIFY(
            standIn.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void shellcheckClean()
    {
        QProcess p;
        p.start(QStringLiteral("shellcheck"), {QStringLiteral("--shell=sh"), alerterScript, probeScript});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
    }

    void outageFiresOnceAndResolvesOnce()
    {
        // The service the probe watches: a loopback port that is closed during the outage.
        QTcpServer service;
        QVERIFY(service.listen(QHostAddress::LocalHost, 0));
        const quint16 port = service.serverPort();
        answerHealthChecks(service);
        WebhookSink sink;
        QVERIFY(sink.listen());

        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.failuresBeforeDown = 2;
        config.rules = {downRule(QStringLiteral("web"))};
        config.channels = {hook(sink.url(QStringLiteral("/hook?token=") + webhookToken))};
        QVERIFY(config.validate());
        const QString conf = writeConfig(QStringLiteral("outage"), config);
        QVERIFY(!conf.isEmpty());
        const QString targets = QStringLiteral("web=http://127.0.0.1:%1/health").arg(port);

        for (int i = 0; i < 2; ++i)
            QCOMPARE(round(targets, conf), 0);
        QVERIFY(sink.requests.isEmpty());

        service.close();
        const qint64 outageMs = QDateTime::currentMSecsSinceEpoch();
        // Rounds one second apart, as a timer would run them (every minute on a server).
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(round(targets, conf), 0);
            QTest::qWait(1000);
        }
        QCOMPARE(sink.requests.size(), 1);
        const WebhookSink::Request firing = sink.requests.first();
        qInfo("outage to webhook receipt: %lld ms (failures before down 2, rounds 1 s apart)",
              firing.receivedMs - outageMs);
        QCOMPARE(firing.path, QStringLiteral("/hook?token=") + webhookToken);
        const QJsonObject f = firing.json();
        QCOMPARE(f.value(QLatin1String("source")).toString(), QStringLiteral("supadesk"));
        QCOMPARE(f.value(QLatin1String("stack")).toString(), QStringLiteral("prod"));
        QCOMPARE(f.value(QLatin1String("rule")).toString(), QStringLiteral("down_web"));
        QCOMPARE(f.value(QLatin1String("event")).toString(), QStringLiteral("firing"));
        QCOMPARE(f.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(f.value(QLatin1String("text")).toString(),
                 QStringLiteral("web is down: connection refused"));
        QVERIFY(QDateTime::fromString(f.value(QLatin1String("at")).toString(), Qt::ISODate).isValid());

        QVERIFY(service.listen(QHostAddress::LocalHost, port));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(round(targets, conf), 0);
        QCOMPARE(sink.requests.size(), 2);
        const QJsonObject r = sink.requests.at(1).json();
        QCOMPARE(r.value(QLatin1String("event")).toString(), QStringLiteral("resolved"));
        QCOMPARE(r.value(QLatin1String("text")).toString(), QStringLiteral("web answers again"));
        QCOMPARE(r.value(QLatin1String("since")).toString(), f.value(QLatin1String("since")).toString());

        // The history the desktop pulls: what fired, who was told, whether it arrived.
        const QStringList log = alertLog(QStringLiteral("outage"));
        QCOMPARE(log.size(), 2);
        QVERIFY(log.at(0).contains(QLatin1String("\tdown_web\tfiring\thook\tdelivered\tHTTP 200")));
        QVERIFY(log.at(1).contains(QLatin1String("\tdown_web\tresolved\thook\tdelivered\tHTTP 200")));
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("outage-state/queue"))).isEmpty());
    }

    void unreachableChannelIsQueuedThenDelivered()
    {
        const quint16 sinkPort = freePort(); // nothing listens yet
        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.failuresBeforeDown = 1;
        config.rules = {downRule(QStringLiteral("gone"))};
        config.channels = {
            hook(QStringLiteral("http://127.0.0.1:%1/q?token=%2").arg(sinkPort).arg(webhookToken))};
        const QString conf = writeConfig(QStringLiteral("queue"), config);
        const QString targets = QStringLiteral("gone=http://127.0.0.1:%1/").arg(freePort());
        QCOMPARE(round(targets, conf), 0);
        QCOMPARE(round(targets, conf), 0);
        const QDir queue(m_dir.filePath(QStringLiteral("queue-state/queue")));
        QCOMPARE(queue.entryList(QDir::Files).size(), 1);
        QStringList log = alertLog(QStringLiteral("queue"));
        QCOMPARE(log.size(), 2); // tried each round
        QVERIFY2(log.last().contains(QLatin1String("\tdown_gone\tfiring\thook\tqueued\t")),
                 qPrintable(log.last()));

        WebhookSink sink;
        QVERIFY(sink.listen(sinkPort));
        QCOMPARE(round(targets, conf), 0);
        QCOMPARE(sink.requests.size(), 1);
        QCOMPARE(sink.requests.first().json().value(QLatin1String("event")).toString(),
                 QStringLiteral("firing"));
        QVERIFY(queue.entryList(QDir::Files).isEmpty());
        QCOMPARE(round(targets, conf), 0);
        QCOMPARE(sink.requests.size(), 1);
        log = alertLog(QStringLiteral("queue"));
        QVERIFY(log.last().contains(QLatin1String("\tfiring\thook\tdelivered\t")));
    }

    void maintenanceWindowSilencesThenFiresAfter()
    {
        WebhookSink sink;
        QVERIFY(sink.listen());
        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.failuresBeforeDown = 1;
        config.rules = {downRule(QStringLiteral("gone"))};
        config.channels = {hook(sink.url(QStringLiteral("/m?token=") + webhookToken))};
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        config.maintenance = {TimeRange{now - 60000, now + 3600000}};
        const QString targets = QStringLiteral("gone=http://127.0.0.1:%1/").arg(freePort());
        QString conf = writeConfig(QStringLiteral("maintenance"), config);
        QVERIFY(readText(conf).contains(QStringLiteral("SUPADESK_ALERT_MAINTENANCE='%1-%2'")
                                            .arg((now - 60000) / 1000)
                                            .arg((now + 3600000 + 999) / 1000)));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(round(targets, conf), 0);
        QVERIFY(sink.requests.isEmpty()); // down, but inside the window: nothing is sent
        QVERIFY(alertLog(QStringLiteral("maintenance")).isEmpty());

        // The window is over and the component is still down: it fires now, once.
        config.maintenance = {TimeRange{now - 3600000, now - 60000}};
        conf = writeConfig(QStringLiteral("maintenance"), config);
        QCOMPARE(round(targets, conf), 0);
        QCOMPARE(round(targets, conf), 0);
        QCOMPARE(sink.requests.size(), 1);
        QCOMPARE(sink.requests.first().json().value(QLatin1String("event")).toString(),
                 QStringLiteral("firing"));
    }

    void stormIsHeldIntoOneDigest()
    {
        QTcpServer service;
        QVERIFY(service.listen(QHostAddress::LocalHost, 0));
        const quint16 port = service.serverPort();
        answerHealthChecks(service);
        service.close();
        WebhookSink sink;
        QVERIFY(sink.listen());
        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.failuresBeforeDown = 1;
        config.stormSeconds = 300;
        config.rules = {downRule(QStringLiteral("flap"))};
        config.channels = {hook(sink.url(QStringLiteral("/storm")))};
        const QString conf = writeConfig(QStringLiteral("storm"), config);
        const QString targets = QStringLiteral("flap=http://127.0.0.1:%1/").arg(port);
        const auto up = [&service, port](bool on) {
            if (on)
                QVERIFY(service.listen(QHostAddress::LocalHost, port));
            else
                service.close();
        };
        // Down, up, down, up, down within the interval: the first incident is told, the rest held.
        for (int i = 0; i < 5; ++i) {
            up(i % 2 == 1);
            QCOMPARE(round(targets, conf), 0);
        }
        QCOMPARE(sink.requests.size(), 2);
        QCOMPARE(sink.requests.at(0).json().value(QLatin1String("event")).toString(),
                 QStringLiteral("firing"));
        QCOMPARE(sink.requests.at(1).json().value(QLatin1String("event")).toString(),
                 QStringLiteral("resolved"));
        QCOMPARE(alertLog(QStringLiteral("storm")).filter(QStringLiteral("\theld\t")).size(), 3);

        // The interval passes (the rule's last message moved back 400 s): one digest, then quiet.
        const QString statePath = m_dir.filePath(QStringLiteral("storm-state/state/down_flap"));
        QStringList fields = readText(statePath).trimmed().split(QLatin1Char(' '));
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(0), QStringLiteral("firing"));
        fields[2] = QString::number(QDateTime::currentSecsSinceEpoch() - 400);
        QFile state(statePath);
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(fields.join(QLatin1Char(' ')).toUtf8() + '\n');
        state.close();
        QCOMPARE(round(targets, conf), 0);
        QCOMPARE(sink.requests.size(), 3);
        const QJsonObject digest = sink.requests.at(2).json();
        QCOMPARE(digest.value(QLatin1String("event")).toString(), QStringLiteral("digest"));
        QVERIFY2(digest.value(QLatin1String("text"))
                     .toString()
                     .startsWith(QLatin1String("3 changes of down_flap held back; now firing.")),
                 qPrintable(digest.value(QLatin1String("text")).toString()));
        QCOMPARE(round(targets, conf), 0);
        QCOMPARE(sink.requests.size(), 3);
        // Its resolution is told: the digest said it was firing.
        up(true);
        QCOMPARE(round(targets, conf), 0);
        QCOMPARE(sink.requests.size(), 4);
        QCOMPARE(sink.requests.at(3).json().value(QLatin1String("event")).toString(),
                 QStringLiteral("resolved"));
    }

    void refusedMessageSaysWhy()
    {
        WebhookSink telegram;
        telegram.status = 400;
        telegram.answer = R"({"ok":false,"error_code":400,"description":"Bad Request: chat not found"})";
        QVERIFY(telegram.listen());
        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.failuresBeforeDown = 1;
        config.rules = {downRule(QStringLiteral("gone"))};
        AlertChannel tg;
        tg.id = QStringLiteral("tg");
        tg.kind = AlertChannelKind::Telegram;
        tg.secret = telegramToken;
        tg.chatId = QStringLiteral("-100200300");
        config.channels = {tg};
        QVERIFY(config.validate());
        const QString conf = writeConfig(QStringLiteral("refused"), config);
        qputenv("SUPADESK_ALERT_TELEGRAM_API", telegram.url({}).toUtf8());
        QCOMPARE(round(QStringLiteral("gone=http://127.0.0.1:%1/").arg(freePort()), conf), 0);
        qunsetenv("SUPADESK_ALERT_TELEGRAM_API");
        QCOMPARE(telegram.requests.size(), 1);
        QCOMPARE(telegram.requests.first().path, QStringLiteral("/bot%1/sendMessage").arg(telegramToken));
        const QJsonObject body = telegram.requests.first().json();
        QCOMPARE(body.value(QLatin1String("chat_id")).toString(), QStringLiteral("-100200300"));
        QVERIFY(body.value(QLatin1String("text"))
                    .toString()
                    .startsWith(QLatin1String("CRITICAL: [prod] gone is down")));
        const QStringList log = alertLog(QStringLiteral("refused"));
        QCOMPARE(log.size(), 1);
        QVERIFY2(log.first().contains(QLatin1String("\trefused\tHTTP 400: ")) &&
                     log.first().contains(QLatin1String("chat not found")),
                 qPrintable(log.first()));
        // A refusal is final: not retried every minute.
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("refused-state/queue"))).entryList(QDir::Files).isEmpty());
    }

    void slackGetsItsText()
    {
        WebhookSink slack;
        QVERIFY(slack.listen());
        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.failuresBeforeDown = 1;
        config.rules = {downRule(QStringLiteral("gone"))};
        AlertChannel c;
        c.id = QStringLiteral("slack");
        c.kind = AlertChannelKind::Slack;
        c.secret = slack.url(QStringLiteral("/services/T000/B000/") + webhookToken);
        config.channels = {c};
        QVERIFY(config.validate());
        const QString conf = writeConfig(QStringLiteral("slack"), config);
        QCOMPARE(round(QStringLiteral("gone=http://127.0.0.1:%1/").arg(freePort()), conf), 0);
        QCOMPARE(slack.requests.size(), 1);
        const QJsonObject body = slack.requests.first().json();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("text")});
        QCOMPARE(body.value(QLatin1String("text")).toString(),
                 QStringLiteral("CRITICAL: [prod] gone is down: connection refused"));
    }

    void emailOverStartTls()
    {
        // A certificate for 127.0.0.1 that curl is told to trust, and an SMTP server that requires
        // STARTTLS before it takes a message.
        const QString cert = m_dir.filePath(QStringLiteral("smtp.pem"));
        const QString key = m_dir.filePath(QStringLiteral("smtp.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        const quint16 port = freePort();
        QProcess smtp;
        smtp.start(QStringLiteral("/usr/bin/python3"),
                   // -u: the server prints each message it takes, and a buffered print would be lost
                   // when the test stops it.
                   {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("aiosmtpd"),
                    QStringLiteral("-n"), QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(port),
                    QStringLiteral("--tlscert"), cert, QStringLiteral("--tlskey"), key});
        QVERIFY2(smtp.waitForStarted(), "python3-aiosmtpd is needed for an SMTP server on loopback");
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            up = s.waitForConnected(100);
            if (!up)
                QTest::qWait(100);
        }
        QVERIFY(up);

        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.failuresBeforeDown = 1;
        config.rules = {downRule(QStringLiteral("gone"))};
        AlertChannel mail;
        mail.id = QStringLiteral("mail");
        mail.kind = AlertChannelKind::Email;
        mail.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
        mail.startTls = true;
        mail.mailFrom = QStringLiteral("supadesk@example.org");
        mail.mailTo = {QStringLiteral("ops@example.org"), QStringLiteral("oncall@example.org")};
        config.channels = {mail};
        QVERIFY(config.validate());
        const QString conf = writeConfig(QStringLiteral("mail"), config);
        qputenv("CURL_CA_BUNDLE", cert.toUtf8());
        QCOMPARE(round(QStringLiteral("gone=http://127.0.0.1:%1/").arg(freePort()), conf), 0);
        qunsetenv("CURL_CA_BUNDLE");
        const QStringList log = alertLog(QStringLiteral("mail"));
        QCOMPARE(log.size(), 1);
        QVERIFY2(log.first().contains(QLatin1String("\tmail\tdelivered\t")), qPrintable(log.first()));

        QByteArray received;
        for (int i = 0; i < 50 && !received.contains("oncall@example.org"); ++i) {
            QTest::qWait(100);
            received += smtp.readAllStandardOutput();
        }
        smtp.terminate();
        smtp.waitForFinished();
        received += smtp.readAllStandardOutput();
        QVERIFY2(received.contains("Subject: CRITICAL: [prod] gone is down"), received.constData());
        QVERIFY(received.contains("ops@example.org"));
        QVERIFY(received.contains("oncall@example.org"));
        QVERIFY(received.contains("Rule: down_gone"));
        // The sender's --ssl-reqd: without the certificate trusted, nothing is sent in clear.
        QVERIFY(readText(m_argvLog).contains(QLatin1String("--ssl-reqd")));
    }

    void oneRoundWithEveryRule()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        WebhookSink sink;
        QVERIFY(sink.listen());
        const QString pg =
            QStringLiteral("postgresql://postgres@%1:%2/postgres")
                .arg(testenv::value("SUPADESK_TEST_PG_HOST"), testenv::value("SUPADESK_TEST_PG_PORT"));
        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.databaseUrl = pg;
        config.rules = AlertRules::defaults();
        const auto add = [&config](const char *id, AlertRuleKind kind, double threshold,
                                   const QString &target) {
            AlertRule r;
            r.id = QString::fromLatin1(id);
            r.kind = kind;
            r.threshold = threshold;
            r.target = target;
            config.rules.append(r);
        };
        add("lag", AlertRuleKind::ReplicationLagAbove, 1e12, {});
        add("backup_old", AlertRuleKind::BackupOlderThan, 26, m_dir.path());
        add("backup_fail", AlertRuleKind::BackupFailed, 0, m_dir.filePath(QStringLiteral("backup.log")));
        add("cert", AlertRuleKind::CertificateExpiring, 14, m_dir.filePath(QStringLiteral("smtp.pem")));
        add("busy", AlertRuleKind::ConnectionsAbove, 1, {}); // fires: the harness has a connection or more
        config.channels = {hook(sink.url(QStringLiteral("/all")))};
        QVERIFY(config.validate());
        const QString conf = writeConfig(QStringLiteral("all"), config);
        QFile backupLog(m_dir.filePath(QStringLiteral("backup.log")));
        QVERIFY(backupLog.open(QIODevice::WriteOnly));
        backupLog.write("2026-12-01T03:00:00Z backup of postgres started\n"
                        "2026-12-01T03:00:09Z FAILED: pg_dump exited with status 1\n");
        backupLog.close();

        const QString targets = QStringLiteral("postgres=") + pg;
        const double bare = childCpuMs();
        QCOMPARE(round(targets, m_dir.filePath(QStringLiteral("no-alerts.conf"))), 0);
        qInfo("CPU time of the same probe round without alerts: %.0f ms", childCpuMs() - bare);
        const double before = childCpuMs();
        QCOMPARE(round(targets, conf), 0);
        const double cpu = childCpuMs() - before;
        qInfo("CPU time of one probe round with %lld rules: %.0f ms", qlonglong(config.rules.size()), cpu);

        QStringList fired;
        for (const WebhookSink::Request &r : sink.requests)
            fired.append(r.json().value(QLatin1String("rule")).toString());
        fired.sort();
        // No backup dump in the folder, the backup log's last line failed, the connections rule's 1 %,
        // and the certificate made for the SMTP test expires within the day.
        QCOMPARE(fired, (QStringList{QStringLiteral("backup_fail"), QStringLiteral("backup_old"),
                                     QStringLiteral("busy"), QStringLiteral("cert")}));
        for (const WebhookSink::Request &r : sink.requests)
            if (r.json().value(QLatin1String("rule")).toString() == QLatin1String("busy"))
                QVERIFY(r.json()
                            .value(QLatin1String("text"))
                            .toString()
                            .endsWith(QLatin1String("% of max_connections")));
            else if (r.json().value(QLatin1String("rule")).toString() == QLatin1String("backup_fail"))
                QVERIFY(r.json()
                            .value(QLatin1String("text"))
                            .toString()
                            .endsWith(QLatin1String("pg_dump exited with status 1")));
        const double quietBefore = childCpuMs();
        QCOMPARE(round(targets, conf), 0);
        qInfo("CPU time of a round that sends nothing: %.0f ms", childCpuMs() - quietBefore);
        QCOMPARE(sink.requests.size(), 4); // still firing: nothing new
    }

    void containersAndJwtKeys()
    {
        // A docker stand-in answering as the daemon would for the stack's compose folder: one
        // container healthy, one restarting, one killed for lack of memory.
        const QString compose = m_dir.filePath(QStringLiteral("compose"));
        QFile docker(m_dir.filePath(QStringLiteral("bin/docker")));
        QVERIFY(docker.open(QIODevice::WriteOnly));
        docker.write(QStringLiteral("#!/bin/sh\n"
                                    "case \"$1 $*\" in\n"
                                    "ps*working_dir=%1*) printf 'aaa\\nbbb\\nccc\\n' ;;\n"
                                    "ps*) ;;\n"
                                    "inspect*) printf '%s\\n' '/supabase-db running false healthy' "
                                    "'/supabase-auth restarting false ' '/supabase-storage exited true ' ;;\n"
                                    "esac\n")
                         .arg(compose)
                         .toUtf8());
        docker.close();
        QVERIFY(
            docker.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        // Supabase's example .env (demo keys), and one whose keys are the stack's own but expire soon.
        const QString demoEnv = QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example");
        const auto jwt = [](const QByteArray &claims) {
            return QByteArray("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.") +
                   claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + ".c2ln";
        };
        const qint64 inTenDays = QDateTime::currentSecsSinceEpoch() + 10 * 86400;
        QFile soon(m_dir.filePath(QStringLiteral("soon.env")));
        QVERIFY(soon.open(QIODevice::WriteOnly));
        soon.write("ANON_KEY=" +
                   jwt(QStringLiteral("{\"role\": \"anon\", \"iss\": \"supabase\", \"exp\": %1}")
                           .arg(inTenDays)
                           .toUtf8()) +
                   "\nSERVICE_ROLE_KEY=" +
                   jwt(QStringLiteral("{\"role\":\"service_role\",\"iss\":\"supabase\",\"exp\":%1}")
                           .arg(inTenDays + 400 * 86400)
                           .toUtf8()) +
                   "\n");
        soon.close();

        WebhookSink sink;
        QVERIFY(sink.listen());
        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        const auto add = [&config](const char *id, AlertRuleKind kind, double threshold,
                                   const QString &target) {
            AlertRule r;
            r.id = QString::fromLatin1(id);
            r.kind = kind;
            r.threshold = threshold;
            r.target = target;
            config.rules.append(r);
        };
        add("containers", AlertRuleKind::ContainerTrouble, 0, compose);
        add("other_compose", AlertRuleKind::ContainerTrouble, 0, m_dir.filePath(QStringLiteral("elsewhere")));
        add("demo_keys", AlertRuleKind::JwtKeys, 30, demoEnv);
        add("soon_keys", AlertRuleKind::JwtKeys, 30, soon.fileName());
        add("soon_keys_ok", AlertRuleKind::JwtKeys, 5, soon.fileName());
        config.channels = {hook(sink.url(QStringLiteral("/cj")))};
        const Status valid = config.validate();
        QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().message));
        const QString conf = writeConfig(QStringLiteral("cj"), config);
        QCOMPARE(round(QStringLiteral("x=http://127.0.0.1:%1/").arg(freePort()), conf), 0);

        QHash<QString, QString> texts;
        for (const WebhookSink::Request &r : sink.requests)
            texts.insert(r.json().value(QLatin1String("rule")).toString(),
                         r.json().value(QLatin1String("text")).toString());
        QVERIFY2(texts.size() == 3, qPrintable(QStringList(texts.keys()).join(QLatin1Char(' '))));
        QVERIFY2(
            texts.value(QStringLiteral("containers"))
                .endsWith(QLatin1String("supabase-auth (restarting); supabase-storage (exited, OOM-killed)")),
            qPrintable(texts.value(QStringLiteral("containers"))));
        QVERIFY2(texts.value(QStringLiteral("demo_keys"))
                     .contains(QLatin1String("ANON_KEY is Supabase's demo key")),
                 qPrintable(texts.value(QStringLiteral("demo_keys"))));
        QVERIFY2(texts.value(QStringLiteral("soon_keys")).contains(QLatin1String("ANON_KEY expires on ")),
                 qPrintable(texts.value(QStringLiteral("soon_keys"))));
        QVERIFY(!texts.value(QStringLiteral("soon_keys")).contains(QLatin1String("SERVICE_ROLE_KEY")));
        // The keys themselves are never in a message or the history.
        for (const QString &t : std::as_const(texts))
            QVERIFY(!t.contains(QLatin1String("eyJ")));
        QVERIFY(
            !readText(m_dir.filePath(QStringLiteral("cj-state/alerts.log"))).contains(QLatin1String("eyJ")));
        QVERIFY(docker.remove());
    }

    void noSecretInAnyCommandLine()
    {
        const QString argv = readText(m_argvLog);
        QVERIFY(argv.count(QLatin1Char('\n')) >= 5);
        QVERIFY(argv.contains(QLatin1String("-K -")));
        QVERIFY2(!argv.contains(webhookToken), qPrintable(argv));
        QVERIFY(!argv.contains(telegramToken));
        QVERIFY(!argv.contains(QLatin1String("token=")));
    }
};

QTEST_GUILESS_MAIN(TestAlerter)
#include "tst_alerter.moc"
