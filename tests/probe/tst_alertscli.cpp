// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli alerts test, local form: the shipped alerter sends a test message from the files
// AlertConfig writes, and the CLI prints the channel's answer: delivered, refused with the reason
// the channel gave (alert.channel), not reached, or no such channel (alert.channel.unknown).
#include "core/alerts/alertconfig.h"
#include "core/uptime/uptimeprobeinstallplan.h"
#include "harness/testenv.h"
#include "services/secretstore.h"
#include "webhooksink.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestAlertsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The CLI runs while this process's event loop keeps the sink answering.
    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUPADESK_CLI_PATH), args);
        Run r;
        if (!p.waitForStarted())
            return r;
        p.write(input);
        p.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
            QTest::qWait(10);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString writeConfig(const AlertConfig &config, const UptimeProbeLayout &layout = {})
    {
        const QString secrets = layout.root.isEmpty() ? m_dir.filePath(QStringLiteral("alerts.secrets"))
                                                      : layout.alertSecretsPath();
        const QString state =
            layout.root.isEmpty() ? m_dir.filePath(QStringLiteral("state")) : layout.alertPath();
        QFile conf(layout.root.isEmpty() ? m_dir.filePath(QStringLiteral("alerts.conf"))
                                         : layout.alertConfigPath());
        if (!QDir().mkpath(QFileInfo(conf).path()) || !conf.open(QIODevice::WriteOnly) ||
            conf.write(config.configFile(state, secrets)) < 0)
            return {};
        QFile sec(secrets);
        if (!sec.open(QIODevice::WriteOnly) || sec.write(config.secretsFile()) < 0)
            return {};
        return conf.fileName();
    }

    static AlertChannel webhook(const QString &id, const QString &url)
    {
        AlertChannel c;
        c.id = id;
        c.kind = AlertChannelKind::Webhook;
        c.secret = url;
        return c;
    }

private slots:
    void answers()
    {
        WebhookSink ok;
        QVERIFY(ok.listen());
        ok.answer = R"({"received":true})";
        WebhookSink refusing;
        refusing.status = 403;
        refusing.answer = R"({"error":"invalid_token","message":"the token was revoked"})";
        QVERIFY(refusing.listen());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = closed.serverPort();
        closed.close();

        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.channels = {
            webhook(QStringLiteral("good"), ok.url(QStringLiteral("/h?token=abc"))),
            webhook(QStringLiteral("revoked"), refusing.url(QStringLiteral("/h"))),
            webhook(QStringLiteral("away"), QStringLiteral("http://127.0.0.1:%1/").arg(closedPort))};
        QVERIFY(config.validate());
        const QString conf = writeConfig(config);
        QVERIFY(!conf.isEmpty());

        Run r = cli({QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--config"), conf,
                     QStringLiteral("--channel"), QStringLiteral("good")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("HTTP 200: {\"received\":true}")), qPrintable(r.out));
        QCOMPARE(ok.requests.size(), 1);
        const QJsonObject json = ok.requests.first().json();
        QCOMPARE(json.value(QLatin1String("event")).toString(), QStringLiteral("test"));
        QCOMPARE(json.value(QLatin1String("stack")).toString(), QStringLiteral("prod"));

        r = cli({QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--config"), conf,
                 QStringLiteral("--channel"), QStringLiteral("revoked")});
        QCOMPARE(r.exitCode, 1); // alert.channel
        QVERIFY2(r.err.contains(QLatin1String("HTTP 403")) &&
                     r.err.contains(QLatin1String("the token was revoked")),
                 qPrintable(r.err));
        QCOMPARE(refusing.requests.size(), 1);

        r = cli({QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--config"), conf,
                 QStringLiteral("--channel"), QStringLiteral("away")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("could not be reached")), qPrintable(r.err));

        r = cli({QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--config"), conf,
                 QStringLiteral("--channel"), QStringLiteral("nosuch")});
        QCOMPARE(r.exitCode, 2); // alert.channel.unknown
        QVERIFY(r.err.contains(QLatin1String("nosuch")));

        r = cli({QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--channel"),
                 QStringLiteral("good")});
        QCOMPARE(r.exitCode, 2); // neither --stack nor --config
    }

    // On the stack's server: the alerter installed (here by hand) under a scratch root, run over SSH.
    void overSsh()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        const Run added =
            cli({QStringLiteral("stacks"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("served"), QStringLiteral("--host"), testenv::value("SUPADESK_TEST_SSH_HOST"),
                 QStringLiteral("--port"), testenv::value("SUPADESK_TEST_SSH_PORT"), QStringLiteral("--user"),
                 testenv::value("SUPADESK_TEST_SSH_USER"), QStringLiteral("--auth"), QStringLiteral("key"),
                 QStringLiteral("--identity"), testenv::value("SUPADESK_TEST_SSH_KEY")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        WebhookSink sink;
        QVERIFY(sink.listen());
        UptimeProbeLayout layout;
        layout.root = m_dir.filePath(QStringLiteral("server"));
        AlertConfig config;
        config.stackName = QStringLiteral("served");
        config.channels = {webhook(QStringLiteral("hook"), sink.url(QStringLiteral("/s?token=xyz")))};
        QVERIFY(!writeConfig(config, layout).isEmpty());
        QVERIFY(QDir().mkpath(QFileInfo(layout.alerterPath()).path()));
        QVERIFY(QFile::copy(QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-alerter.sh"),
                            layout.alerterPath()));
        const QStringList ssh{QStringLiteral("--known-hosts"), m_dir.filePath(QStringLiteral("known_hosts")),
                              QStringLiteral("--accept-new-host-key"), QStringLiteral("--root"), layout.root};
        Run r =
            cli(QStringList{QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--stack"),
                            QStringLiteral("served"), QStringLiteral("--channel"), QStringLiteral("hook")} +
                ssh);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("HTTP 200: ok")), qPrintable(r.out));
        QCOMPARE(sink.requests.size(), 1);
        QCOMPARE(sink.requests.first().path, QStringLiteral("/s?token=xyz"));
        // The server keeps it in its alert history.
        QFile log(layout.alertPath() + QStringLiteral("/alerts.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("\ttest\ttest\thook\tdelivered\t"));

        r = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--stack"),
                            QStringLiteral("served"), QStringLiteral("--channel"), QStringLiteral("other")} +
                ssh);
        QCOMPARE(r.exitCode, 2); // alert.channel.unknown
    }

    // Installed with the uptime probe: the rules from a JSON file, the channel's secret given on
    // standard input into the keychain, then to a root-only file on the server; removed with it.
    void installedWithTheProbe()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        const Run added = cli({QStringLiteral("stacks"),        QStringLiteral("add"),
                               QStringLiteral("--name"),        QStringLiteral("alerted"),
                               QStringLiteral("--host"),        testenv::value("SUPADESK_TEST_SSH_HOST"),
                               QStringLiteral("--port"),        testenv::value("SUPADESK_TEST_SSH_PORT"),
                               QStringLiteral("--user"),        testenv::value("SUPADESK_TEST_SSH_USER"),
                               QStringLiteral("--auth"),        QStringLiteral("key"),
                               QStringLiteral("--identity"),    testenv::value("SUPADESK_TEST_SSH_KEY"),
                               QStringLiteral("--db-host"),     testenv::value("SUPADESK_TEST_PG_HOST"),
                               QStringLiteral("--db-port"),     testenv::value("SUPADESK_TEST_PG_PORT"),
                               QStringLiteral("--install-dir"), m_dir.path()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        WebhookSink sink;
        QVERIFY(sink.listen());
        const QString token = QStringLiteral("kEy-in-keychain-42");
        const QString url = sink.url(QStringLiteral("/i?token=") + token);

        AlertConfig config;
        config.rules = AlertRules::defaults();
        AlertChannel hook;
        hook.id = QStringLiteral("hook");
        config.channels = {hook};
        QFile json(m_dir.filePath(QStringLiteral("alerts.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(config.toJson()).toJson());
        json.close();
        const QString root = m_dir.filePath(QStringLiteral("installed"));
        const QStringList ssh{QStringLiteral("--known-hosts"), m_dir.filePath(QStringLiteral("known_hosts")),
                              QStringLiteral("--accept-new-host-key"), QStringLiteral("--root"), root};
        const QStringList install{QStringLiteral("uptime"),         QStringLiteral("install-probe"),
                                  QStringLiteral("--stack"),        QStringLiteral("alerted"),
                                  QStringLiteral("--scheduler"),    QStringLiteral("cron"),
                                  QStringLiteral("--gateway-port"), QStringLiteral("0"),
                                  QStringLiteral("--alerts"),       json.fileName()};

        // No secret in the keychain yet: refused before anything is installed.
        Run r = cli(install + ssh);
        QCOMPARE(r.exitCode, 1); // alert.channel
        QVERIFY2(r.err.contains(QLatin1String("alerts set-secret")), qPrintable(r.err));
        QVERIFY(!QFile::exists(root));

        r = cli({QStringLiteral("alerts"), QStringLiteral("set-secret"), QStringLiteral("--stack"),
                 QStringLiteral("alerted"), QStringLiteral("--channel"), QStringLiteral("hook")},
                url.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(install + ssh);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        UptimeProbeLayout layout;
        layout.root = root;
        QCOMPARE(QFileInfo(layout.alerterPath()).permissions() & QFileDevice::ExeOwner,
                 QFileDevice::ExeOwner);
        QFile conf(layout.alertConfigPath());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray settings = conf.readAll();
        QVERIFY(!settings.contains(token.toUtf8()));
        QVERIFY(settings.contains("SUPADESK_ALERT_STACK='alerted'"));
        QVERIFY2(settings.contains(":" + testenv::value("SUPADESK_TEST_PG_PORT").toUtf8() + "/postgres'"),
                 settings.constData());
        QCOMPARE(QFileInfo(layout.alertSecretsPath()).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QFile secrets(layout.alertSecretsPath());
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY(secrets.readAll().contains("hook=" + url.toUtf8() + "\n"));
        QVERIFY(!r.out.contains(token));
        // The first round ran with the alerter: the database is up, nothing to say.
        QVERIFY(sink.requests.isEmpty());

        r = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--stack"),
                            QStringLiteral("alerted"), QStringLiteral("--channel"), QStringLiteral("hook")} +
                ssh);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(sink.requests.size(), 1);

        // Who was told and whether it arrived, from the server's history.
        r = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("history"), QStringLiteral("--stack"),
                            QStringLiteral("alerted"), QStringLiteral("--json")} +
                ssh);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray history = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value(QLatin1String("event")).toString(), QStringLiteral("test"));
        QCOMPARE(history.at(0).toObject().value(QLatin1String("channel")).toString(), QStringLiteral("hook"));
        QCOMPARE(history.at(0).toObject().value(QLatin1String("result")).toString(),
                 QStringLiteral("delivered"));
        QVERIFY(!r.out.contains(token));

        r = cli(QStringList{QStringLiteral("uptime"), QStringLiteral("remove-probe"),
                            QStringLiteral("--stack"), QStringLiteral("alerted")} +
                ssh);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(layout.alerterPath()));
        QVERIFY(!QFile::exists(layout.alertConfigPath()));
        QVERIFY(!QFile::exists(layout.alertSecretsPath()));

        // Removing the stack removes its channel's secret from the keychain with its other entries.
        r = cli({QStringLiteral("stacks"), QStringLiteral("export")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString id;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("stacks")).toArray())
            if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("alerted"))
                id = v.toObject().value(QLatin1String("id")).toString();
        QVERIFY2(!id.isEmpty(), qPrintable(r.out));
        SecretStore keychain(QStringLiteral("Supadesk"));
        QCOMPARE(keychain.readNow(id, AlertChannels::secretName(QStringLiteral("hook"))).value(), url);
        r = cli({QStringLiteral("stacks"), QStringLiteral("remove"), QStringLiteral("alerted")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!keychain.readNow(id, AlertChannels::secretName(QStringLiteral("hook"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestAlertsCli)
#include "tst_alertscli.moc"
