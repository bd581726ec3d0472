// SPDX-License-Identifier: GPL-3.0-or-later
// Rates from consecutive statistics samples: plain arithmetic, resets, restarts and odd clocks.
#include "core/metrics/ratecalculator.h"
#include "core/metrics/statsseries.h"

#include <QtTest>

using namespace supadesk;

namespace {

StatsSample sampleAt(double t, qint64 commits, qint64 rollbacks = 0)
{
    StatsSample s;
    s.serverTime = t;
    s.postmasterStart = 1000;
    s.database.xactCommit = commits;
    s.database.xactRollback = rollbacks;
    s.database.statsReset = 500;
    s.checkpoints.statsReset = 500;
    return s;
}

} // namespace

class TestMetricsRates : public QObject
{
    Q_OBJECT

private slots:
    void plainRates()
    {
        StatsSample a = sampleAt(2000, 1000, 10);
        StatsSample b = sampleAt(2004, 1400, 30);
        a.database.blksHit = 900;
        a.database.blksRead = 100;
        b.database.blksHit = 1890; // 990 hits, 10 reads in the interval
        b.database.blksRead = 110;
        a.database.tupInserted = 5;
        b.database.tupInserted = 45;
        a.walLsn = 1'000'000;
        b.walLsn = 1'400'000;
        a.checkpoints.timed = 3;
        b.checkpoints.timed = 4;
        a.databaseSize = 10'000;
        b.databaseSize = 6'000;
        const StatsRates r = RateCalculator::between(a, b);
        QCOMPARE(r.intervalSeconds, 4.0);
        QCOMPARE(*r.commitsPerSecond, 100.0);
        QCOMPARE(*r.rollbacksPerSecond, 5.0);
        QCOMPARE(*r.transactionsPerSecond, 105.0);
        QCOMPARE(*r.cacheHitRatio, 0.99);
        QCOMPARE(*r.tuplesInsertedPerSecond, 10.0);
        QCOMPARE(*r.walBytesPerSecond, 100'000.0);
        QCOMPARE(*r.checkpointsTimed, 1.0);
        QCOMPARE(*r.checkpointsRequested, 0.0);
        QCOMPARE(*r.databaseGrowthBytesPerSecond, -1000.0);
        QVERIFY(!r.databaseCountersReset);
    }

    void growthIsBetweenTwoSizeReadings()
    {
        // The size is read every 30 s and carried over in between: growth is measured between two
        // readings over the time between them, and a carried-over size gives no growth at all.
        StatsSample a = sampleAt(2000, 1000, 10);
        StatsSample b = sampleAt(2002, 1100, 10);
        StatsSample c = sampleAt(2030, 1200, 10);
        a.databaseSize = b.databaseSize = 1'000'000;
        a.databaseSizeTime = b.databaseSizeTime = 2000; // b carries a's reading
        c.databaseSize = 1'300'000;
        c.databaseSizeTime = 2030;
        QVERIFY(!RateCalculator::between(a, b).databaseGrowthBytesPerSecond.has_value());
        const StatsRates r = RateCalculator::between(b, c);
        QVERIFY(r.databaseGrowthBytesPerSecond.has_value());
        QCOMPARE(*r.databaseGrowthBytesPerSecond, 10'000.0); // 300 kB over 30 s, not over 28 s
        QCOMPARE(r.intervalSeconds, 28.0);
    }

    void noBlockAccessMeansNoHitRatio()
    {
        const StatsRates r = RateCalculator::between(sampleAt(0, 0), sampleAt(1, 0));
        QVERIFY(!r.cacheHitRatio);
        QCOMPARE(*r.transactionsPerSecond, 0.0);
    }

    void statsResetLeavesAGap()
    {
        StatsSample a = sampleAt(2000, 1'000'000);
        // Reset early in the interval, then enough work to exceed the old value: only the reset time
        // tells, and the interval must not show a (wrong) rate.
        StatsSample b = sampleAt(2010, 1'500'000);
        b.database.statsReset = 2001;
        const StatsRates r = RateCalculator::between(a, b);
        QVERIFY(r.databaseCountersReset);
        QVERIFY(!r.commitsPerSecond);
        QVERIFY(!r.transactionsPerSecond);
        QVERIFY(!r.cacheHitRatio);
        // The next interval is normal again.
        StatsSample c = sampleAt(2020, 1'500'100);
        c.database.statsReset = 2001;
        QCOMPARE(*RateCalculator::between(b, c).commitsPerSecond, 10.0);
    }

    void counterThatWentDownHasNoRate()
    {
        StatsSample a = sampleAt(0, 100);
        StatsSample b = sampleAt(10, 200);
        a.database.deadlocks = 5;
        b.database.deadlocks = 0;
        const StatsRates r = RateCalculator::between(a, b);
        QVERIFY(!r.deadlocksPerSecond);
        QCOMPARE(*r.commitsPerSecond, 10.0);
    }

    void crashRestartLosesCounters()
    {
        StatsSample a = sampleAt(0, 5000);
        StatsSample b = sampleAt(10, 20);
        b.postmasterStart = 5;
        const StatsRates r = RateCalculator::between(a, b);
        QVERIFY(r.databaseCountersReset);
        QVERIFY(!r.transactionsPerSecond);
    }

    void cleanRestartKeepsRates()
    {
        StatsSample a = sampleAt(0, 5000);
        StatsSample b = sampleAt(10, 5100);
        b.postmasterStart = 5; // restarted, counters kept (PostgreSQL 15 saves them at shutdown)
        const StatsRates r = RateCalculator::between(a, b);
        QVERIFY(!r.databaseCountersReset);
        QCOMPARE(*r.transactionsPerSecond, 10.0);
    }

    void clockGoingBackGivesNothing_data()
    {
        QTest::addColumn<double>("later");
        QTest::newRow("same instant") << 100.0;
        QTest::newRow("earlier") << 90.0;
    }

    void clockGoingBackGivesNothing()
    {
        QFETCH(double, later);
        const StatsRates r = RateCalculator::between(sampleAt(100, 10), sampleAt(later, 20));
        QVERIFY(!r.transactionsPerSecond);
        QVERIFY(!r.walBytesPerSecond);
    }

    void checkpointStatsResetLeavesAGap()
    {
        StatsSample a = sampleAt(0, 0);
        StatsSample b = sampleAt(10, 0);
        a.checkpoints.requested = 50;
        b.checkpoints.requested = 51;
        b.checkpoints.statsReset = 9;
        QVERIFY(!RateCalculator::between(a, b).checkpointsRequested);
    }

    void walGoingBackHasNoRate()
    {
        StatsSample a = sampleAt(0, 0);
        StatsSample b = sampleAt(10, 0);
        a.walLsn = 5000;
        b.walLsn = 100; // a restore, or another server after failover
        QVERIFY(!RateCalculator::between(a, b).walBytesPerSecond);
    }

    void standbysAndSlotsFromJson()
    {
        const QByteArray standbys =
            R"([{"name":"replica1","address":"10.0.0.2","state":"streaming","sync":"async",
            "lag_bytes":4096,"write_lag":0.5,"flush_lag":0.75,"replay_lag":1.25},
            {"name":"replica2","address":null,"state":"catchup","sync":"async","lag_bytes":null,
             "write_lag":null,"flush_lag":null,"replay_lag":null}])";
        StatsSample s;
        s.standbys = StatsSample::standbysFromJson(standbys);
        QCOMPARE(s.standbys.size(), 2);
        QCOMPARE(s.standbys.at(0).name, QStringLiteral("replica1"));
        QCOMPARE(*s.standbys.at(0).lagBytes, 4096);
        QCOMPARE(*s.standbys.at(0).replayLagSeconds, 1.25);
        QVERIFY(!s.standbys.at(1).lagBytes);
        QVERIFY(!s.standbys.at(1).replayLagSeconds);
        QCOMPARE(*s.maxReplicationLagBytes(), 4096);
        QCOMPARE(*s.maxReplicationLagSeconds(), 1.25);

        const auto slotList = StatsSample::slotsFromJson(
            R"([{"name":"s1","type":"physical","active":false,"retained_bytes":16777216}])");
        QCOMPARE(slotList.size(), 1);
        QVERIFY(!slotList.at(0).active);
        QCOMPARE(*slotList.at(0).retainedBytes, 16777216);
        QVERIFY(StatsSample::standbysFromJson("[]").isEmpty());
        QVERIFY(StatsSample::standbysFromJson("not json").isEmpty());
        QVERIFY(!StatsSample().maxReplicationLagBytes());
    }

    void receiverThatNeverReplaysStillLags()
    {
        // pg_receivewal reports what it wrote and flushed, never a replay: the largest lag is what it
        // has not flushed, so the chart does not stay empty while it falls behind.
        StatsSample s;
        s.standbys = StatsSample::standbysFromJson(
            R"([{"name":"pg_receivewal","state":"streaming","sync":"async","lag_bytes":null,
            "write_lag_bytes":8192,"flush_lag_bytes":65536,"write_lag":0.2,"flush_lag":2.5,"replay_lag":null},
            {"name":"replica1","state":"streaming","sync":"async","lag_bytes":4096,"write_lag_bytes":0,
             "flush_lag_bytes":0,"write_lag":0.1,"flush_lag":0.1,"replay_lag":0.5}])");
        QCOMPARE(s.standbys.size(), 2);
        QCOMPARE(s.standbys.at(0).furthestLagBytes(), std::optional<qint64>(65536));
        QCOMPARE(s.standbys.at(0).furthestLagSeconds(), std::optional<double>(2.5));
        QCOMPARE(s.maxReplicationLagBytes(), std::optional<qint64>(65536));
        QCOMPARE(s.maxReplicationLagSeconds(), std::optional<double>(2.5));
        // A standby that replays is judged by its replay position, even when its flush lag is smaller.
        QCOMPARE(s.standbys.at(1).furthestLagBytes(), std::optional<qint64>(4096));
    }

    void seriesForTheHistory()
    {
        StatsSample a = sampleAt(0, 100);
        StatsSample b = sampleAt(10, 300);
        b.connections.active = 3;
        b.connections.idleInTransaction = 1;
        b.connections.idleInTransactionAborted = 1;
        b.roundTripUs = 1500;
        const auto find = [](const QList<QPair<QString, double>> &values,
                             const QString &name) -> std::optional<double> {
            for (const auto &[n, v] : values)
                if (n == name)
                    return v;
            return std::nullopt;
        };
        // First sample: gauges only.
        const auto first = StatsSeries::values(b, std::nullopt);
        QCOMPARE(*find(first, StatsSeries::ConnectionsActive), 3.0);
        QCOMPARE(*find(first, StatsSeries::ConnectionsIdleInTransaction), 2.0);
        QCOMPARE(*find(first, StatsSeries::RoundTripMs), 1.5);
        QVERIFY(!find(first, StatsSeries::Tps));
        QVERIFY(!find(first, StatsSeries::ReplicationLagBytes)); // no standby: no value, not zero
        const auto later = StatsSeries::values(b, RateCalculator::between(a, b));
        QCOMPARE(*find(later, StatsSeries::Tps), 20.0);
        QVERIFY(!find(later, StatsSeries::CacheHitRatio)); // no block access in the interval
        // Names are unique: each is one series in the history.
        QSet<QString> names;
        for (const auto &[n, v] : later)
            names.insert(n);
        QCOMPARE(names.size(), later.size());
    }

    void cumulativeHitRatio()
    {
        StatsSample s;
        QVERIFY(!s.cumulativeCacheHitRatio());
        s.database.blksHit = 3;
        s.database.blksRead = 1;
        QCOMPARE(*s.cumulativeCacheHitRatio(), 0.75);
    }
};

QTEST_GUILESS_MAIN(TestMetricsRates)
#include "tst_metricsrates.moc"
