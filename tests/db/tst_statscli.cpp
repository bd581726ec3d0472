// SPDX-License-Identifier: GPL-3.0-or-later
// `supadesk-cli stats` against the harness's PostgreSQL, run as a user would run it.
#include "harness/testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SUPADESK_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString dsn()
{
    return QStringLiteral("postgresql://postgres@%1:%2/postgres")
        .arg(testenv::value("SUPADESK_TEST_PG_HOST"), testenv::value("SUPADESK_TEST_PG_PORT"));
}

} // namespace

class TestStatsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
    }

    void jsonObjectPerSample()
    {
        const Run r = cli({QStringLiteral("stats"), QStringLiteral("--dsn"), dsn(),
                           QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--count"),
                           QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(lines.at(i)));
            QCOMPARE(o.value(QLatin1String("connections")).toObject().value(QLatin1String("max")).toInt(),
                     300);
            QVERIFY(o.value(QLatin1String("round_trip_ms")).toDouble() > 0);
            QVERIFY(o.contains(QLatin1String("replication_lag_bytes")));
            // Rates need two samples: the first line has none, the later ones have them.
            QCOMPARE(o.value(QLatin1String("tps")).isNull(), i == 0);
            QCOMPARE(o.value(QLatin1String("commits_per_s")).isNull(), i == 0);
            if (i > 0)
                QVERIFY(o.value(QLatin1String("tps")).toDouble() >= 0);
        }
    }

    void linePerSample()
    {
        const Run r =
            cli({QStringLiteral("stats"), QStringLiteral("--dsn"), dsn(), QStringLiteral("--interval"),
                 QStringLiteral("1"), QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // header and two samples
        QVERIFY(lines.at(0).contains(QLatin1String("TPS")));
        QVERIFY(lines.at(2).contains(QLatin1String("/300")));
    }

    // --stack NAME goes through the stack's own SSH tunnel: the harness's sshd forwards to its PostgreSQL.
    void stackThroughItsTunnel()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH server (apt-get install openssh-server)");
        const QString profile = QStringLiteral("statscli");
        const Run added =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("stacks"), QStringLiteral("add"),
                 QStringLiteral("--name"), QStringLiteral("tunnelled"), QStringLiteral("--host"),
                 testenv::value("SUPADESK_TEST_SSH_HOST"), QStringLiteral("--port"),
                 testenv::value("SUPADESK_TEST_SSH_PORT"), QStringLiteral("--user"),
                 testenv::value("SUPADESK_TEST_SSH_USER"), QStringLiteral("--auth"), QStringLiteral("key"),
                 QStringLiteral("--identity"), testenv::value("SUPADESK_TEST_SSH_KEY"),
                 QStringLiteral("--db-port"), testenv::value("SUPADESK_TEST_PG_PORT")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run r = cli({QStringLiteral("--profile"), profile, QStringLiteral("stats"),
                           QStringLiteral("--stack"), QStringLiteral("tunnelled"),
                           QStringLiteral("--known-hosts"), testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS"),
                           QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--count"),
                           QStringLiteral("2"), QStringLiteral("--json")});
        cli({QStringLiteral("--profile"), profile, QStringLiteral("stacks"), QStringLiteral("remove"),
             QStringLiteral("tunnelled")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(second.value(QLatin1String("connections")).toObject().value(QLatin1String("max")).toInt(),
                 300);
        // Rates need two samples: the second line has them.
        QVERIFY(!second.value(QLatin1String("tps")).isNull());

        const Run missing = cli({QStringLiteral("--profile"), profile, QStringLiteral("stats"),
                                 QStringLiteral("--stack"), QStringLiteral("nonesuch")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("nonesuch")));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no dsn") << QStringList{QStringLiteral("stats")} << 2;
        QTest::newRow("dsn and stack") << QStringList{QStringLiteral("stats"), QStringLiteral("--dsn"),
                                                      QStringLiteral("postgresql://localhost/x"),
                                                      QStringLiteral("--stack"), QStringLiteral("x")}
                                       << 2;
        QTest::newRow("not a uri") << QStringList{QStringLiteral("stats"), QStringLiteral("--dsn"),
                                                  QStringLiteral("mysql://x/y")}
                                   << 2;
        QTest::newRow("zero interval") << QStringList{QStringLiteral("stats"), QStringLiteral("--dsn"),
                                                      QStringLiteral("postgresql://localhost/x"),
                                                      QStringLiteral("--interval"), QStringLiteral("0")}
                                       << 2;
        QTest::newRow("unreachable") << QStringList{QStringLiteral("stats"), QStringLiteral("--dsn"),
                                                    QStringLiteral(
                                                        "postgresql://postgres@127.0.0.1:1/postgres"),
                                                    QStringLiteral("--count"), QStringLiteral("1")}
                                     << 1;
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QTEST(r.exitCode, "exitCode");
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatsCli)
#include "tst_statscli.moc"
