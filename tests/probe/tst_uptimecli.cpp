// SPDX-License-Identifier: GPL-3.0-or-later
// `supadesk-cli uptime --stack NAME --pull` against the harness's sshd: fetches the server's probe
// log into the local history and prints the figures the log itself gives.
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

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUPADESK_CLI_PATH), args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

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
