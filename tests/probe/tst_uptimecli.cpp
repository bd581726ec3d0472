// SPDX-License-Identifier: GPL-3.0-or-later
// `supadesk-cli uptime --stack NAME --pull` against the harness's sshd: fetches the server's probe
// log into the local history and prints the figures the log itself gives. `uptime install-probe`
// puts the probe on the server, and the pull then reads its logs where it was installed.
#include "harness/clirun.h"
#include "harness/testenv.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {

constexpr qint64 Nov1 = 1'793'491'200'000;

QByteArray probeLine(qint64 minute, const char *component, bool ok)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(Nov1 + minute * 60'000, QTimeZone::utc());
    return t.toString(Qt::ISODate).toUtf8() + '\t' + component + '\t' +
           (ok ? QByteArray("ok\t4\t-") : QByteArray("fail\t5000\tconnection refused")) + '\n';
}

} // namespace

class TestUptimeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_logDir;

    using Run = clirun::Result;

    Run cli(const QStringList &args) { return clirun::run(args, clirun::environment(m_home.path())); }

    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        m_logDir = m_home.filePath(QStringLiteral("server/uptime"));
        QVERIFY(QDir().mkpath(m_logDir));
        // Three days of minute probes with a 25-minute PostgreSQL outage and a 2-minute blip of rest.
        QByteArray log;
        for (qint64 m = 0; m < 3 * 1440; ++m) {
            log += probeLine(m, "postgres", m < 600 || m >= 625);
            log += probeLine(m, "rest", m != 900);
        }
        QFile f(m_logDir + QStringLiteral("/2026-11.log"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(log);
        f.close();
        const Run added =
            cli({QStringLiteral("stacks"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("prod"), QStringLiteral("--host"), testenv::value("SUPADESK_TEST_SSH_HOST"),
                 QStringLiteral("--port"), testenv::value("SUPADESK_TEST_SSH_PORT"), QStringLiteral("--user"),
                 testenv::value("SUPADESK_TEST_SSH_USER"), QStringLiteral("--auth"), QStringLiteral("key"),
                 QStringLiteral("--identity"), testenv::value("SUPADESK_TEST_SSH_KEY")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }

    void pullThenReportFromTheStore()
    {
        const QStringList month{QStringLiteral("--month"), QStringLiteral("2026-11"),
                                QStringLiteral("--time-zone"), QStringLiteral("UTC"),
                                QStringLiteral("--json")};
        const Run fromLog = cli(QStringList{QStringLiteral("uptime"), QStringLiteral("--log"),
                                            m_logDir + QStringLiteral("/2026-11.log")} +
                                month);
        QVERIFY2(fromLog.code == 0, qPrintable(fromLog.err));

        const Run pulled =
            cli(QStringList{QStringLiteral("uptime"), QStringLiteral("--stack"), QStringLiteral("prod"),
                            QStringLiteral("--pull"), QStringLiteral("--log-dir"), m_logDir,
                            QStringLiteral("--known-hosts"), m_home.filePath(QStringLiteral("known_hosts")),
                            QStringLiteral("--accept-new-host-key")} +
                month);
        QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
        QVERIFY2(pulled.err.contains(QStringLiteral("Fetched 8640 new probe result")),
                 qPrintable(pulled.err));

        const QJsonObject expected = json(fromLog);
        const QJsonObject actual = json(pulled);
        QCOMPARE(actual.value(QLatin1String("stack_name")).toString(), QStringLiteral("prod"));
        QCOMPARE(actual.value(QLatin1String("target_pct")).toDouble(), 99.9);
        // The same figures as the log gives, component by component.
        QCOMPARE(actual.value(QLatin1String("stack")), expected.value(QLatin1String("stack")));
        QCOMPARE(actual.value(QLatin1String("components")), expected.value(QLatin1String("components")));
        const QJsonObject postgres = actual.value(QLatin1String("components")).toArray().at(0).toObject();
        QCOMPARE(postgres.value(QLatin1String("downtime_minutes")).toDouble(), 25.0);
        QCOMPARE(postgres.value(QLatin1String("incidents")).toArray().size(), 1);

        // Later runs read the store without connecting, and print the same.
        const Run stored = cli(
            QStringList{QStringLiteral("uptime"), QStringLiteral("--stack"), QStringLiteral("prod")} + month);
        QVERIFY2(stored.code == 0, qPrintable(stored.err));
        QCOMPARE(json(stored), actual);

        const Run text = cli({QStringLiteral("uptime"), QStringLiteral("--stack"), QStringLiteral("prod"),
                              QStringLiteral("--month"), QStringLiteral("2026-11"),
                              QStringLiteral("--time-zone"), QStringLiteral("UTC")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("connection refused")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("01/11/2026 10:00 to 01/11/2026 10:25")),
                 qPrintable(text.out));
    }

    // The probe installed over SSH into a scratch root (no systemd there: cron), its first round
    // written; a later pull finds the logs where it was installed without being told.
    void installProbeThenPullWhereItWrites()
    {
        const QString root = m_home.filePath(QStringLiteral("probe-root"));
        const Run added = cli({QStringLiteral("stacks"),        QStringLiteral("add"),
                               QStringLiteral("--name"),        QStringLiteral("probed"),
                               QStringLiteral("--host"),        testenv::value("SUPADESK_TEST_SSH_HOST"),
                               QStringLiteral("--port"),        testenv::value("SUPADESK_TEST_SSH_PORT"),
                               QStringLiteral("--user"),        testenv::value("SUPADESK_TEST_SSH_USER"),
                               QStringLiteral("--auth"),        QStringLiteral("key"),
                               QStringLiteral("--identity"),    testenv::value("SUPADESK_TEST_SSH_KEY"),
                               QStringLiteral("--db-host"),     testenv::value("SUPADESK_TEST_PG_HOST"),
                               QStringLiteral("--db-port"),     testenv::value("SUPADESK_TEST_PG_PORT"),
                               QStringLiteral("--install-dir"), m_home.path()});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QStringList ssh{QStringLiteral("--known-hosts"), m_home.filePath(QStringLiteral("known_hosts")),
                              QStringLiteral("--accept-new-host-key")};

        const Run installed =
            cli(QStringList{QStringLiteral("uptime"), QStringLiteral("install-probe"),
                            QStringLiteral("--stack"), QStringLiteral("probed"), QStringLiteral("--root"),
                            root, QStringLiteral("--scheduler"), QStringLiteral("cron"),
                            QStringLiteral("--gateway-port"), QStringLiteral("0"),
                            QStringLiteral("--interval"), QStringLiteral("30")} +
                ssh);
        QVERIFY2(installed.code == 0, qPrintable(installed.err + installed.out));
        QVERIFY2(installed.out.contains(QStringLiteral("installed on \"probed\"")),
                 qPrintable(installed.out));
        // Cron starts jobs in whole minutes, and says so.
        QVERIFY2(installed.out.contains(QStringLiteral("instead of every 30 seconds")),
                 qPrintable(installed.out));
        QVERIFY(QFile::exists(root + QStringLiteral("/usr/local/lib/supadesk/supadesk-uptime-probe.sh")));
        QVERIFY(QFile::exists(root + QStringLiteral("/etc/cron.d/supadesk-uptime-probe")));
        QFile config(root + QStringLiteral("/etc/supadesk/uptime-probe.conf"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray settings = config.readAll();
        QVERIFY2(settings.contains(":" + testenv::value("SUPADESK_TEST_PG_PORT").toUtf8() + "/postgres"),
                 settings.constData());
        QVERIFY2(!settings.contains("rest="), settings.constData()); // --gateway-port 0: the database only
        const QString logDir = root + QStringLiteral("/var/lib/supadesk/uptime");
        const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
        QFile log(logDir + QLatin1Char('/') + month + QStringLiteral(".log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().contains("\tpostgres\tok\t"), qPrintable(log.fileName()));

        const Run pulled =
            cli(QStringList{QStringLiteral("uptime"), QStringLiteral("--stack"), QStringLiteral("probed"),
                            QStringLiteral("--pull"), QStringLiteral("--month"), month,
                            QStringLiteral("--time-zone"), QStringLiteral("UTC"), QStringLiteral("--json")} +
                ssh);
        QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
        QVERIFY2(pulled.err.contains(QStringLiteral("Fetched 1 new probe result")), qPrintable(pulled.err));
        const QJsonArray components = json(pulled).value(QLatin1String("components")).toArray();
        QCOMPARE(components.size(), 1);
        QCOMPARE(components.at(0).toObject().value(QLatin1String("component")).toString(),
                 QStringLiteral("postgres"));

        const Run removed = cli(QStringList{QStringLiteral("uptime"), QStringLiteral("remove-probe"),
                                            QStringLiteral("--stack"), QStringLiteral("probed"),
                                            QStringLiteral("--root"), root} +
                                ssh);
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QVERIFY(!QFile::exists(root + QStringLiteral("/usr/local/lib/supadesk/supadesk-uptime-probe.sh")));
        QVERIFY(!QFile::exists(root + QStringLiteral("/etc/cron.d/supadesk-uptime-probe")));
        QVERIFY(log.exists()); // the history stays
    }

    void installProbeUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no stack") << QStringList{"uptime", "install-probe"} << "--stack NAME";
        QTest::newRow("unknown stack") << QStringList{"uptime", "install-probe", "--stack", "nope"} << "nope";
        QTest::newRow("scheduler") << QStringList{"uptime", "install-probe", "--stack",
                                                  "prod",   "--scheduler",   "at"}
                                   << "auto, systemd or cron";
        QTest::newRow("interval") << QStringList{"uptime", "install-probe", "--stack",
                                                 "prod",   "--interval",    "5"}
                                  << "10 to 3600";
        QTest::newRow("relative root")
            << QStringList{"uptime", "install-probe", "--stack", "prod", "--root", "x"} << "absolute";
        QTest::newRow("remove with interval")
            << QStringList{"uptime", "remove-probe", "--stack", "prod", "--interval", "60"}
            << "install-probe";
    }

    void installProbeUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unknownStackIsAUsageError()
    {
        const Run r = cli({QStringLiteral("uptime"), QStringLiteral("--stack"), QStringLiteral("nope"),
                           QStringLiteral("--month"), QStringLiteral("2026-11")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("nope")));
    }
};

QTEST_MAIN(TestUptimeCli)
#include "tst_uptimecli.moc"
