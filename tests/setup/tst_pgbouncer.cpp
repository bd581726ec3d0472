// SPDX-License-Identifier: GPL-3.0-or-later
// A real PgBouncer started with the generated settings pools transaction-mode connections to the
// harness's PostgreSQL: queries go through it, and its own SHOW CONFIG reports the generated values.
#include "core/setup/poolerplanner.h"
#include "harness/testenv.h"
#include "scratchpostgres.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace supadesk;

class TestPgBouncer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_port = 0;
    PoolerPlan m_plan;
    bool m_started = false;

    static int freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    ScratchPostgres::Run psql(const QString &database, const QString &sql) const
    {
        return ScratchPostgres::run(QStringLiteral("/usr/bin/psql"),
                                    {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                     QString::number(m_port), QStringLiteral("-U"),
                                     QStringLiteral("postgres"), QStringLiteral("-X"), QStringLiteral("-At"),
                                     QStringLiteral("-c"), sql, database});
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/pgbouncer")),
                 "PgBouncer is missing: apt-get install pgbouncer");
        QVERIFY(m_dir.isValid());
        HostProfile host;
        host.ramMb = 8192;
        host.cpus = 2;
        host.connections = 100;
        host.workload = Workload::Web;
        m_plan = PoolerPlanner::plan(host).value();
        m_port = freePort();
        PgBouncerTarget target;
        target.listenPort = m_port;
        target.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        target.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        // The harness's PostgreSQL trusts loopback; a userlist names who may log in.
        target.authType = QStringLiteral("trust");
        target.authFile = m_dir.filePath(QStringLiteral("userlist.txt"));
        target.authUser.clear();
        target.adminUsers = QStringLiteral("postgres");
        target.logFile = m_dir.filePath(QStringLiteral("pgbouncer.log"));
        target.pidFile = m_dir.filePath(QStringLiteral("pgbouncer.pid"));
        QFile users(target.authFile);
        QVERIFY(users.open(QIODevice::WriteOnly));
        users.write("\"postgres\" \"\"\n");
        users.close();
        QFile ini(m_dir.filePath(QStringLiteral("pgbouncer.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(PoolerPlanner::pgbouncerIni(m_plan, target).toUtf8());
        ini.close();
        ScratchPostgres::handOver(m_dir.path());
        const ScratchPostgres::Run r =
            ScratchPostgres::run(QStringLiteral("/usr/sbin/pgbouncer"),
                                 {QStringLiteral("-q"), QStringLiteral("-d"), ini.fileName()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_started = true;
        QTcpSocket probe;
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            up = probe.waitForConnected(100);
            probe.abort();
            if (!up)
                QTest::qWait(50);
        }
        QVERIFY2(up, "PgBouncer did not start listening");
    }

    void queriesGoThroughThePooler()
    {
        const ScratchPostgres::Run r = psql(QStringLiteral("postgres"), QStringLiteral("SELECT 40 + 2"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("42"));
    }

    void transactionModeSharesServerConnections()
    {
        // Ten client sessions one after another run on the pool's server connections.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("BEGIN; SELECT 1; COMMIT;")).code, 0);
        const ScratchPostgres::Run pools = psql(QStringLiteral("pgbouncer"), QStringLiteral("SHOW POOLS"));
        QVERIFY2(pools.code == 0, qPrintable(pools.err));
        bool found = false;
        for (const QString &line : pools.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList cols = line.split(QLatin1Char('|'));
            if (cols.value(0) == QLatin1String("postgres") && cols.value(1) == QLatin1String("postgres")) {
                found = true;
                QCOMPARE(cols.last(), QStringLiteral("transaction"));
            }
        }
        QVERIFY2(found, qPrintable(pools.out));
    }

    void pgbouncerReportsTheGeneratedSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pool_mode") << "pool_mode"
                                   << "transaction";
        QTest::newRow("ignore_startup_parameters") << "ignore_startup_parameters"
                                                   << "extra_float_digits";
        QTest::newRow("default_pool_size") << "default_pool_size"
                                           << "";
        QTest::newRow("max_db_connections") << "max_db_connections"
                                            << "";
        QTest::newRow("max_client_conn") << "max_client_conn"
                                         << "";
        QTest::newRow("reserve_pool_size") << "reserve_pool_size"
                                           << "";
    }

    void pgbouncerReportsTheGeneratedSettings()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        if (expected.isEmpty())
            for (const PgSetting &s : m_plan.settings)
                if (s.name == key)
                    expected = s.value;
        QVERIFY(!expected.isEmpty());
        const ScratchPostgres::Run r = psql(QStringLiteral("pgbouncer"), QStringLiteral("SHOW CONFIG"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString actual;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line.section(QLatin1Char('|'), 0, 0) == key)
                actual = line.section(QLatin1Char('|'), 1, 1);
        QCOMPARE(actual, expected);
    }

    void cleanupTestCase()
    {
        if (m_started) {
            QFile pid(m_dir.filePath(QStringLiteral("pgbouncer.pid")));
            if (pid.open(QIODevice::ReadOnly))
                QProcess::execute(QStringLiteral("kill"), {QString::fromLatin1(pid.readAll().trimmed())});
        }
    }
};

QTEST_GUILESS_MAIN(TestPgBouncer)
#include "tst_pgbouncer.moc"
