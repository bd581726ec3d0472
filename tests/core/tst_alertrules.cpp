// SPDX-License-Identifier: GPL-3.0-or-later
// Alert rules and channels as data: impossible thresholds and malformed channels refused with
// alert.rule / alert.channel, the server's two files (no secret in the sourced one), the desktop's
// JSON round trip, and the fire-once / resolve-once machine the desktop shares with the server.
#include "core/alerts/alertconfig.h"
#include "core/alerts/alertlog.h"
#include "core/alerts/alerttracker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace supadesk;

namespace {

AlertRule rule(AlertRuleKind kind, double threshold, const QString &target = {}, int forSeconds = 0)
{
    AlertRule r;
    r.id = QStringLiteral("r1");
    r.kind = kind;
    r.threshold = threshold;
    r.target = target;
    r.forSeconds = forSeconds;
    return r;
}

AlertChannel webhook(const QString &url)
{
    AlertChannel c;
    c.id = QStringLiteral("hook");
    c.kind = AlertChannelKind::Webhook;
    c.secret = url;
    return c;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void thresholds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("valid");
        QTest::newRow("disk 85") << int(AlertRuleKind::DiskAbove) << 85.0 << "/" << true;
        QTest::newRow("disk 100 never fires") << int(AlertRuleKind::DiskAbove) << 100.0 << "/" << false;
        QTest::newRow("disk 120") << int(AlertRuleKind::DiskAbove) << 120.0 << "/" << false;
        QTest::newRow("disk 0 always fires") << int(AlertRuleKind::DiskAbove) << 0.0 << "/" << false;
        QTest::newRow("disk relative path") << int(AlertRuleKind::DiskAbove) << 85.0 << "var" << false;
        QTest::newRow("disk no target") << int(AlertRuleKind::DiskAbove) << 85.0 << "" << false;
        QTest::newRow("connections 100") << int(AlertRuleKind::ConnectionsAbove) << 100.0 << "" << true;
        QTest::newRow("connections 101") << int(AlertRuleKind::ConnectionsAbove) << 101.0 << "" << false;
        QTest::newRow("lag negative") << int(AlertRuleKind::ReplicationLagAbove) << -5.0 << "" << false;
        QTest::newRow("lag nan") << int(AlertRuleKind::ReplicationLagAbove) << qQNaN() << "" << false;
        QTest::newRow("lag 16 MB") << int(AlertRuleKind::ReplicationLagAbove) << 16e6 << "" << true;
        QTest::newRow("cert 0 days") << int(AlertRuleKind::CertificateExpiring) << 0.0 << "/etc/c.pem"
                                     << false;
        QTest::newRow("cert 14 days")
            << int(AlertRuleKind::CertificateExpiring) << 14.0 << "/etc/c.pem" << true;
        QTest::newRow("backup 26 h") << int(AlertRuleKind::BackupOlderThan) << 26.0 << "/srv/backups" << true;
        QTest::newRow("long tx 0 min") << int(AlertRuleKind::LongTransaction) << 0.0 << "" << false;
        QTest::newRow("down needs component") << int(AlertRuleKind::ComponentDown) << 0.0 << "" << false;
        QTest::newRow("down with shell") << int(AlertRuleKind::ComponentDown) << 0.0 << "a;rm" << false;
        QTest::newRow("down rest") << int(AlertRuleKind::ComponentDown) << 0.0 << "rest" << true;
        QTest::newRow("archiving") << int(AlertRuleKind::WalArchivingFailing) << 0.0 << "" << true;
        QTest::newRow("containers") << int(AlertRuleKind::ContainerTrouble) << 0.0 << "/opt/supabase" << true;
        QTest::newRow("containers relative")
            << int(AlertRuleKind::ContainerTrouble) << 0.0 << "docker" << false;
        QTest::newRow("jwt 30 days") << int(AlertRuleKind::JwtKeys) << 30.0 << "/opt/s/.env" << true;
        QTest::newRow("jwt 0 days") << int(AlertRuleKind::JwtKeys) << 0.0 << "/opt/s/.env" << false;
        QTest::newRow("jwt no env") << int(AlertRuleKind::JwtKeys) << 30.0 << "" << false;
    }

    void thresholds()
    {
        QFETCH(int, kind);
        QFETCH(double, threshold);
        QFETCH(QString, target);
        QFETCH(bool, valid);
        const Status s = AlertRules::validate(rule(AlertRuleKind(kind), threshold, target));
        QCOMPARE(s.ok(), valid);
        if (!valid) {
            QCOMPARE(s.error().code, QStringLiteral("alert.rule"));
            QVERIFY(!s.error().message.isEmpty());
        }
    }

    void durationsAndIds()
    {
        AlertRule r = rule(AlertRuleKind::DiskAbove, 90, QStringLiteral("/"), -1);
        QVERIFY(!AlertRules::validate(r));
        r.forSeconds = AlertRules::MaxForSeconds + 1;
        QVERIFY(!AlertRules::validate(r));
        r.forSeconds = 600;
        QVERIFY(AlertRules::validate(r));
        for (const char *bad : {"", "Disk", "1disk", "disk-1", "a b", "x$(id)"}) {
            r.id = QString::fromLatin1(bad);
            QVERIFY2(!AlertRules::validate(r), bad);
        }
        for (AlertRuleKind k : AlertRules::allKinds()) {
            QCOMPARE(AlertRules::kindFromKey(AlertRules::kindKey(k)), k);
            QVERIFY(!AlertRules::kindTitle(k).isEmpty());
        }
        for (const AlertRule &d : AlertRules::defaults())
            QVERIFY2(AlertRules::validate(d), qPrintable(d.id));
    }

    void channels()
    {
        QVERIFY(AlertChannels::validate(webhook(QStringLiteral("https://example.org/hook?token=abc"))));
        for (const char *bad : {"", "ftp://example.org/x", "example.org/hook", "https://a/\"x",
                                "https://a/\\x", "https://example.org/a\nb"}) {
            const Status s = AlertChannels::validate(webhook(QString::fromLatin1(bad)));
            QVERIFY2(!s, bad);
            QCOMPARE(s.error().code, QStringLiteral("alert.channel"));
        }
        AlertChannel tg;
        tg.id = QStringLiteral("tg");
        tg.kind = AlertChannelKind::Telegram;
        tg.secret = QStringLiteral("123456:ABCdefGhIJKlmnoPQRstuVWxyz012345");
        tg.chatId = QStringLiteral("-1001234");
        QVERIFY(AlertChannels::validate(tg));
        tg.chatId = QStringLiteral("someone");
        QVERIFY(!AlertChannels::validate(tg));
        tg.chatId = QStringLiteral("@opsteam");
        tg.secret = QStringLiteral("not a token");
        QVERIFY(!AlertChannels::validate(tg));

        AlertChannel mail;
        mail.id = QStringLiteral("mail");
        mail.kind = AlertChannelKind::Email;
        mail.smtpUrl = QStringLiteral("smtp://mail.example.org:587");
        mail.mailFrom = QStringLiteral("supadesk@example.org");
        mail.mailTo = {QStringLiteral("ops@example.org")};
        QVERIFY(AlertChannels::validate(mail));
        mail.smtpUser = QStringLiteral("supadesk");
        QVERIFY(!AlertChannels::validate(mail)); // a login without a password
        mail.secret = QStringLiteral("pw");
        QVERIFY(AlertChannels::validate(mail));
        mail.smtpUrl = QStringLiteral("smtp://user:pw@mail.example.org:587");
        QVERIFY(!AlertChannels::validate(mail)); // credentials belong in the secret, not the URL
        mail.smtpUrl = QStringLiteral("smtp://mail.example.org:587");
        mail.mailTo = {QStringLiteral("ops")};
        QVERIFY(!AlertChannels::validate(mail));
        mail.mailTo = {};
        QVERIFY(!AlertChannels::validate(mail));
    }

    void serverFiles()
    {
        AlertConfig config;
        config.stackName = QStringLiteral("prod 'eu'");
        config.rules = AlertRules::defaults();
        config.channels = {webhook(QStringLiteral("https://example.org/hook?token=s3cret"))};
        AlertChannel mail;
        mail.id = QStringLiteral("mail");
        mail.kind = AlertChannelKind::Email;
        mail.smtpUrl = QStringLiteral("smtp://mail.example.org:587");
        mail.smtpUser = QStringLiteral("alerts");
        mail.secret = QStringLiteral("pa55word");
        mail.mailFrom = QStringLiteral("a@example.org");
        mail.mailTo = {QStringLiteral("b@example.org"), QStringLiteral("c@example.org")};
        config.channels.append(mail);
        QVERIFY(config.validate());
        const QByteArray conf = config.configFile(QStringLiteral("/var/lib/supadesk/alerts"),
                                                  QStringLiteral("/etc/supadesk/alerts.secrets"));
        QVERIFY(!conf.contains("s3cret"));
        QVERIFY(!conf.contains("pa55word"));
        QVERIFY(conf.contains("SUPADESK_ALERT_STACK='prod '\\''eu'\\'''\n"));
        QVERIFY(conf.contains("ALERT_RULE_disk='disk_above warning 85 300 /'\n"));
        QVERIFY(conf.contains("ALERT_RULE_down_rest='component_down critical 0 0 rest'\n"));
        QVERIFY(conf.contains("SUPADESK_ALERT_CHANNELS='hook mail'\n"));
        QVERIFY(conf.contains("ALERT_CHANNEL_mail_TO='b@example.org c@example.org'\n"));
        const QByteArray secrets = config.secretsFile();
        QVERIFY(secrets.contains("\nhook=https://example.org/hook?token=s3cret\n"));
        QVERIFY(secrets.contains("\nmail=pa55word\n"));

        AlertConfig twice = config;
        twice.rules.append(config.rules.first());
        QCOMPARE(twice.validate().error().code, QStringLiteral("alert.rule"));
        twice = config;
        twice.stormSeconds = 5;
        QVERIFY(!twice.validate());
    }

    void jsonKeepsNoSecret()
    {
        AlertConfig config;
        config.rules = AlertRules::defaults();
        config.rules[1].resolvedMessage = QStringLiteral("Auth answers again");
        config.channels = {webhook(QStringLiteral("https://example.org/hook?token=s3cret"))};
        const QJsonObject json = config.toJson();
        QVERIFY(!QJsonDocument(json).toJson().contains("s3cret"));
        const Result<AlertConfig> back = AlertConfig::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back.value().rules, config.rules);
        QCOMPARE(back.value().channels.first().id, QStringLiteral("hook"));
        QVERIFY(back.value().channels.first().secret.isEmpty());
    }

    void serverHistory()
    {
        const QList<AlertLogEntry> entries = AlertLog::parse(
            "2026-12-07T17:37:59Z\tdown_pg\tfiring\thook\tdelivered\tHTTP 200: ok\n"
            "garbage\n"
            "2026-12-07T17:38:59Z\tdown_pg\tresolved\t-\theld\twithin 300s of the last message\n"
            "not-a-time\ta\tb\tc\td\te\n");
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).at, QDateTime(QDate(2026, 12, 7), QTime(17, 37, 59), Qt::UTC));
        QCOMPARE(entries.at(0).detail, QStringLiteral("HTTP 200: ok"));
        QCOMPARE(entries.at(1).result, QStringLiteral("held"));
        QCOMPARE(AlertLog::toJson(entries).at(1).toObject().value(QLatin1String("channel")).toString(),
                 QStringLiteral("-"));
    }

    void historyAsIncidents()
    {
        const QByteArray log = "2026-12-01T10:00:00Z\tdown_rest\tfiring\thook\tqueued\tconnection refused\n"
                               "2026-12-01T10:00:00Z\tdown_rest\tfiring\tmail\tdelivered\taccepted\n"
                               "2026-12-01T10:01:00Z\tdown_rest\tfiring\thook\tdelivered\tHTTP 200\n"
                               "2026-12-01T10:02:00Z\ttest\ttest\thook\tdelivered\tHTTP 200\n"
                               "2026-12-01T10:05:00Z\tdisk\tfiring\t-\theld\twithin 300s\n"
                               "2026-12-01T10:30:00Z\tdown_rest\tresolved\thook\tdelivered\tHTTP 200\n"
                               "2026-12-01T11:00:00Z\tdown_rest\tfiring\thook\trefused\tHTTP 404\n";
        const QList<AlertIncident> incidents = AlertLog::incidents(AlertLog::parse(log));
        QCOMPARE(incidents.size(), 3);
        const AlertIncident &first = incidents.at(0);
        QCOMPARE(first.rule, QStringLiteral("down_rest"));
        QCOMPARE(first.firedAt, QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(first.durationMs(QDateTime()), qint64(30 * 60000));
        QCOMPARE(first.toldText(), QStringLiteral("hook: delivered, mail: delivered"));
        QVERIFY(first.delivered() && !first.firing());
        QCOMPARE(incidents.at(1).rule, QStringLiteral("disk"));
        QVERIFY(incidents.at(1).firing() && !incidents.at(1).delivered());
        QCOMPARE(incidents.at(1).toldText(), QStringLiteral("-: held"));
        const QDateTime now(QDate(2026, 12, 1), QTime(11, 10), QTimeZone::utc());
        QCOMPARE(incidents.at(2).durationMs(now), qint64(10 * 60000));
        QVERIFY(!incidents.at(2).delivered());
    }

    void firesOnceAfterItsDuration()
    {
        AlertTracker tracker;
        AlertRule r = rule(AlertRuleKind::DiskAbove, 90, QStringLiteral("/"), 60);
        r.severity = AlertSeverity::Warning;
        QVERIFY(!tracker.observe(QStringLiteral("s"), QStringLiteral("prod"), r, true, 0));
        QVERIFY(!tracker.observe(QStringLiteral("s"), QStringLiteral("prod"), r, true, 30000));
        QVERIFY(!tracker.worst());
        const auto fired = tracker.observe(QStringLiteral("s"), QStringLiteral("prod"), r, true, 60000,
                                           QStringLiteral("93 % used"));
        QVERIFY(fired);
        QCOMPARE(fired->kind, AlertEvent::Kind::Firing);
        QCOMPARE(fired->sinceMs, qint64(0));
        QVERIFY(fired->text.endsWith(QLatin1String("93 % used")));
        QVERIFY(!tracker.observe(QStringLiteral("s"), QStringLiteral("prod"), r, true, 120000));
        QCOMPARE(tracker.worst(), AlertSeverity::Warning);
        QCOMPARE(tracker.firing().size(), 1);
        const auto resolved = tracker.observe(QStringLiteral("s"), QStringLiteral("prod"), r, false, 180000);
        QVERIFY(resolved);
        QCOMPARE(resolved->kind, AlertEvent::Kind::Resolved);
        QVERIFY(!tracker.observe(QStringLiteral("s"), QStringLiteral("prod"), r, false, 240000));
        QVERIFY(tracker.firing().isEmpty());
    }

    void flappingWithinDurationIsSilent()
    {
        AlertTracker tracker;
        const AlertRule r = rule(AlertRuleKind::ComponentDown, 0, QStringLiteral("rest"), 120);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(!tracker.observe(QStringLiteral("s"), QStringLiteral("prod"), r, true, i * 60000));
            QVERIFY(
                !tracker.observe(QStringLiteral("s"), QStringLiteral("prod"), r, false, i * 60000 + 30000));
        }
        QVERIFY(tracker.advance(10 * 60000).isEmpty());
    }

    void advanceFiresPendingAndWorstIsTheFleets()
    {
        AlertTracker tracker;
        AlertRule down = rule(AlertRuleKind::ComponentDown, 0, QStringLiteral("rest"), 60);
        down.severity = AlertSeverity::Critical;
        AlertRule disk = rule(AlertRuleKind::DiskAbove, 90, QStringLiteral("/"), 0);
        disk.id = QStringLiteral("disk");
        QVERIFY(tracker.observe(QStringLiteral("a"), QStringLiteral("A"), disk, true, 0));
        QVERIFY(!tracker.observe(QStringLiteral("b"), QStringLiteral("B"), down, true, 0));
        QCOMPARE(tracker.worst(), AlertSeverity::Warning);
        QVERIFY(tracker.advance(59000).isEmpty());
        const QList<AlertEvent> due = tracker.advance(60000);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().stackName, QStringLiteral("B"));
        QCOMPARE(tracker.worst(), AlertSeverity::Critical);
        QCOMPARE(tracker.firing().first().stackId, QStringLiteral("b")); // worst first
        tracker.forget(QStringLiteral("b"));
        QCOMPARE(tracker.worst(), AlertSeverity::Warning);
    }

    void maintenanceWindowHoldsFiringUntilItEnds()
    {
        AlertTracker tracker;
        const AlertRule r = rule(AlertRuleKind::ComponentDown, 0, QStringLiteral("rest"), 0);
        const QString s = QStringLiteral("s");
        tracker.setMaintenance(s, {TimeRange{0, 600000}});
        QVERIFY(tracker.inMaintenance(s, 0));
        QVERIFY(!tracker.inMaintenance(s, 600000));
        QVERIFY(!tracker.inMaintenance(QStringLiteral("other"), 0));
        QVERIFY(!tracker.observe(s, QStringLiteral("prod"), r, true, 1000));
        QVERIFY(!tracker.observe(s, QStringLiteral("prod"), r, true, 300000));
        QVERIFY(tracker.advance(599999).isEmpty());
        QVERIFY(tracker.firing().isEmpty());
        // Still down when the window closes: it fires then, once, dated from when it began.
        const QList<AlertEvent> after = tracker.advance(600000);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().sinceMs, qint64(1000));
        // A firing alert resolves even inside a later window; a new one waits for its end.
        tracker.setMaintenance(s, {TimeRange{700000, 800000}});
        const auto resolved = tracker.observe(s, QStringLiteral("prod"), r, false, 750000);
        QVERIFY(resolved);
        QCOMPARE(resolved->kind, AlertEvent::Kind::Resolved);
        QVERIFY(!tracker.observe(s, QStringLiteral("prod"), r, true, 760000));
        tracker.setMaintenance(s, {});
        QVERIFY(tracker.observe(s, QStringLiteral("prod"), r, true, 770000));
    }

    void serverFileNamesMaintenanceWindows()
    {
        AlertConfig config;
        config.stackName = QStringLiteral("prod");
        config.rules = AlertRules::defaults();
        config.maintenance = {TimeRange{1000000, 2000500}, TimeRange{5000, 5000}};
        const QByteArray file = config.configFile(QStringLiteral("/state"), QStringLiteral("/s"));
        QVERIFY2(file.contains("SUPADESK_ALERT_MAINTENANCE='1000-2001'\n"), file.constData());
        config.maintenance.clear();
        QVERIFY(config.configFile(QStringLiteral("/state"), QStringLiteral("/s"))
                    .contains("SUPADESK_ALERT_MAINTENANCE=''\n"));
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
