// SPDX-License-Identifier: GPL-3.0-or-later
// `supadesk-cli stats` against the harness's PostgreSQL, run as a user would run it.
#include "harness/clirun.h"
#include "harness/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = clirun::Result;

Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return clirun::run(args, env);
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
        QVERIFY2(r.code == 0, qPrintable(r.err));
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
        QVERIFY2(r.code == 0, qPrintable(r.err));
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
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run r = cli({QStringLiteral("--profile"), profile, QStringLiteral("stats"),
                           QStringLiteral("--stack"), QStringLiteral("tunnelled"),
                           QStringLiteral("--known-hosts"), testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS"),
                           QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--count"),
                           QStringLiteral("2"), QStringLiteral("--json")});
        cli({QStringLiteral("--profile"), profile, QStringLiteral("stacks"), QStringLiteral("remove"),
             QStringLiteral("tunnelled")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(second.value(QLatin1String("connections")).toObject().value(QLatin1String("max")).toInt(),
                 300);
        // Rates need two samples: the second line has them.
        QVERIFY(!second.value(QLatin1String("tps")).isNull());

        const Run missing = cli({QStringLiteral("--profile"), profile, QStringLiteral("stats"),
                                 QStringLiteral("--stack"), QStringLiteral("nonesuch")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QLatin1String("nonesuch")));
    }

    // As with psql: the password of a --dsn without one comes from ~/.pgpass (HOME, or PGPASSFILE),
    // and "service=NAME" from the service file PGSERVICEFILE names. The role supadesk_pw must give
    // its password; nothing gives it on the command line or in PGPASSWORD.
    void passwordFromPgpassAndServiceFile()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PASSWORD_USER", "PostgreSQL with a password role (tests/harness)");
        const QString host = testenv::value("SUPADESK_TEST_PG_HOST");
        const QString port = testenv::value("SUPADESK_TEST_PG_PORT");
        const QString user = testenv::value("SUPADESK_TEST_PG_PASSWORD_USER");
        QTemporaryDir home;
        QFile services(home.filePath(QStringLiteral("pg_service.conf")));
        QVERIFY(services.open(QIODevice::WriteOnly));
        services.write(QStringLiteral("[supadesk_pw]\nhost=%1\nport=%2\nuser=%3\ndbname=postgres\n")
                           .arg(host, port, user)
                           .toUtf8());
        services.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.remove(QStringLiteral("PGPASSFILE"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("PGSERVICEFILE"), services.fileName());
        const QStringList url{QStringLiteral("stats"), QStringLiteral("--count"), QStringLiteral("1"),
                              QStringLiteral("--dsn"),
                              QStringLiteral("postgresql://%1@%2:%3/postgres").arg(user, host, port)};
        const QStringList service{QStringLiteral("stats"), QStringLiteral("--count"), QStringLiteral("1"),
                                  QStringLiteral("--dsn"), QStringLiteral("service=supadesk_pw")};

        // Without a password file the server refuses the role: the password is really needed.
        Run r = cli(url, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));

        QFile pgpass(home.filePath(QStringLiteral(".pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(QStringLiteral("%1:%2:*:%3:%4\n")
                         .arg(host, port, user, testenv::value("SUPADESK_TEST_PG_PASSWORD"))
                         .toUtf8());
        pgpass.close();
        QVERIFY(pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        r = cli(url, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 2); // header and one sample
        r = cli(service, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 2);

        // PGPASSFILE names another file, as libpq reads it.
        QVERIFY(pgpass.rename(home.filePath(QStringLiteral("elsewhere"))));
        r = cli(service, env);
        QCOMPARE(r.code, 1);
        env.insert(QStringLiteral("PGPASSFILE"), home.filePath(QStringLiteral("elsewhere")));
        r = cli(service, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
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
        QTEST(r.code, "exitCode");
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatsCli)
#include "tst_statscli.moc"
