// SPDX-License-Identifier: GPL-3.0-or-later
// Pooler sizing: the pool never takes more of max_connections than Supabase's guidance allows, and the
// PgBouncer settings carry what transaction pooling with Supabase's clients needs.
#include "core/setup/poolerplanner.h"

#include <QtTest>

using namespace supadesk;

class TestSetupPooler : public QObject
{
    Q_OBJECT

    static HostProfile host(int cpus, int connections, Workload workload)
    {
        HostProfile h;
        h.ramMb = 16384;
        h.cpus = cpus;
        h.connections = connections;
        h.workload = workload;
        return h;
    }

    static QString iniValue(const QString &ini, const QString &key)
    {
        for (const QString &line : ini.split(QLatin1Char('\n')))
            if (line.startsWith(key + QLatin1String(" = ")))
                return line.mid(key.size() + 3);
        return {};
    }

private slots:
    void referenceHost()
    {
        const PoolerPlan p = PoolerPlanner::plan(host(4, 200, Workload::Web)).value();
        QCOMPARE(p.budget, 80); // 40% of 200 for an API-heavy (web) workload
        QCOMPARE(p.defaultPoolSize, 20);
        QCOMPARE(p.reservePoolSize, 5);
        QCOMPARE(p.maxClientConnections, 800);
    }

    void poolStaysWithinTheShareOfMaxConnections_data()
    {
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("workload");
        for (int cpus : {1, 2, 4, 8, 32})
            for (int connections : {20, 60, 200, 500})
                for (int w = 0; w < 4; ++w)
                    QTest::addRow("%d vCPU %d conn w%d", cpus, connections, w) << cpus << connections << w;
    }

    void poolStaysWithinTheShareOfMaxConnections()
    {
        QFETCH(int, cpus);
        QFETCH(int, connections);
        QFETCH(int, workload);
        const auto w = static_cast<Workload>(workload);
        const PoolerPlan p = PoolerPlanner::plan(host(cpus, connections, w)).value();
        const int share = (w == Workload::Web || w == Workload::Mixed) ? 40 : 80;
        QVERIFY(p.budget * 100 <= connections * share);
        QVERIFY(p.defaultPoolSize >= 1);
        QVERIFY(p.defaultPoolSize + p.reservePoolSize <= p.budget);
        QVERIFY(p.maxClientConnections >= p.budget);
        QCOMPARE(p.settings.size(), 4);
        for (const PgSetting &s : p.settings)
            QVERIFY(!s.reason.isEmpty() && !s.formula.isEmpty());
    }

    void oltpMayUseMore() { QCOMPARE(PoolerPlanner::plan(host(4, 200, Workload::Oltp)).value().budget, 160); }

    void pgbouncerIniIsTransactionModeForSupabase()
    {
        const PoolerPlan p = PoolerPlanner::plan(host(4, 200, Workload::Web)).value();
        const QString ini = PoolerPlanner::pgbouncerIni(p, PgBouncerTarget{});
        QCOMPARE(iniValue(ini, QStringLiteral("pool_mode")), QStringLiteral("transaction"));
        QCOMPARE(iniValue(ini, QStringLiteral("ignore_startup_parameters")),
                 QStringLiteral("extra_float_digits"));
        QCOMPARE(iniValue(ini, QStringLiteral("default_pool_size")), QStringLiteral("20"));
        QCOMPARE(iniValue(ini, QStringLiteral("max_db_connections")), QStringLiteral("80"));
        QCOMPARE(iniValue(ini, QStringLiteral("max_client_conn")), QStringLiteral("800"));
        QCOMPARE(iniValue(ini, QStringLiteral("auth_query")),
                 QStringLiteral("SELECT * FROM pgbouncer.get_auth($1)"));
        QCOMPARE(iniValue(ini, QStringLiteral("listen_addr")), QStringLiteral("127.0.0.1"));
        QVERIFY(ini.contains(QLatin1String("prepared")));
        QVERIFY(ini.indexOf(QLatin1String("[databases]")) < ini.indexOf(QLatin1String("[pgbouncer]")));
    }

    void supavisorGetsTheSameNumbers()
    {
        const PoolerPlan p = PoolerPlanner::plan(host(8, 300, Workload::Mixed)).value();
        const EnvAssignments env = PoolerPlanner::supavisorEnv(p);
        QCOMPARE(env.size(), 2);
        QCOMPARE(env.at(0), (EnvAssignment{QStringLiteral("POOLER_DEFAULT_POOL_SIZE"),
                                           QString::number(p.defaultPoolSize)}));
        QCOMPARE(env.at(1), (EnvAssignment{QStringLiteral("POOLER_MAX_CLIENT_CONN"),
                                           QString::number(p.maxClientConnections)}));
    }

    void invalidHostIsRefused() { QVERIFY(!PoolerPlanner::plan(host(0, 200, Workload::Web)).ok()); }
};

QTEST_GUILESS_MAIN(TestSetupPooler)
#include "tst_setuppooler.moc"
