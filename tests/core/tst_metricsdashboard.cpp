// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's own arithmetic: sessions and lock waits read from the sample's JSON, the fleet's
// worst-first order, chart data as CSV and which history resolution serves a time range.
#include "core/metrics/activitysession.h"
#include "core/metrics/chartcsv.h"
#include "core/metrics/fleetstatus.h"
#include "core/metrics/historyrange.h"
#include "core/metrics/statssample.h"
#include "core/metrics/statsseries.h"

#include <QtTest>

using namespace supadesk;

namespace {

// As the statement returns it: pg_blocking_pids() only for sessions waiting on a lock, NULL otherwise.
const QByteArray activityJson = R"([
 {"pid": 101, "user": "app", "application": "api", "database": "postgres", "client": "10.0.0.5",
  "state": "idle in transaction", "wait_type": "Client", "wait": "ClientRead", "xact_s": 120.5,
  "query_s": 119.0, "state_s": 118.9, "query": "UPDATE accounts SET balance = 0 WHERE id = 1",
  "blocked_by": null},
 {"pid": 102, "user": "report", "application": "psql", "database": "postgres", "client": null,
  "state": "active", "wait_type": "Lock", "wait": "transactionid", "xact_s": 30.0, "query_s": 30.0,
  "state_s": 30.0, "query": "UPDATE accounts SET balance = 1 WHERE id = 1", "blocked_by": [101]},
 {"pid": 103, "user": "report", "application": "psql", "database": "postgres", "client": null,
  "state": "active", "wait_type": "Lock", "wait": "tuple", "xact_s": 10.0, "query_s": 10.0,
  "state_s": 10.0, "query": "UPDATE accounts SET balance = 2 WHERE id = 1", "blocked_by": [102, 101]},
 {"pid": 104, "user": null, "application": null, "database": "postgres", "client": null, "state": null,
  "wait_type": null, "wait": null, "xact_s": null, "query_s": null, "state_s": null, "query": null,
  "blocked_by": null}
])";

FleetStatus stack(const QString &name)
{
    FleetStatus s;
    s.stackId = name;
    s.name = name;
    s.connected = true;
    s.sampling = true;
    s.secondsSinceSample = 1;
    s.tps = 100;
    s.connectionsUsedRatio = 0.2;
    s.cacheHitRatio = 0.999;
    s.databaseSize = 1 << 30;
    return s;
}

} // namespace

class TestMetricsDashboard : public QObject
{
    Q_OBJECT

private slots:
    void sessionsFromTheSample()
    {
        const QList<ActivitySession> sessions = ActivitySnapshot::sessionsFromJson(activityJson);
        QCOMPARE(sessions.size(), 4);
        const ActivitySession &idle = sessions.at(0);
        QCOMPARE(idle.pid, 101);
        QCOMPARE(idle.user, QStringLiteral("app"));
        QCOMPARE(idle.application, QStringLiteral("api"));
        QCOMPARE(idle.clientAddress, QStringLiteral("10.0.0.5"));
        QCOMPARE(idle.waitEvent, QStringLiteral("ClientRead"));
        QVERIFY(!idle.isWaitingOnLock());
        // Idle in transaction: how long it has been idle, not how old its last statement is.
        QCOMPARE(idle.durationSeconds().value(), 118.9);
        QCOMPARE(sessions.at(1).durationSeconds().value(), 30.0);
        QCOMPARE(sessions.at(2).blockedBy, (QList<int>{102, 101}));
        // A session of another role: no state, no timings, still listed.
        QVERIFY(sessions.at(3).state.isEmpty());
        QVERIFY(!sessions.at(3).durationSeconds());
        QVERIFY(ActivitySnapshot::sessionsFromJson("not json").isEmpty());
    }

    void blockingPairsLongestWaitFirst()
    {
        const QList<BlockingPair> pairs =
            ActivitySnapshot::blockingPairs(ActivitySnapshot::sessionsFromJson(activityJson));
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs.at(0).blockedPid, 102);
        QCOMPARE(pairs.at(0).blockingPid, 101);
        QCOMPARE(pairs.at(0).blockingUser, QStringLiteral("app"));
        QCOMPARE(pairs.at(0).blockingState, QStringLiteral("idle in transaction"));
        QCOMPARE(pairs.at(0).blockingQuery, QStringLiteral("UPDATE accounts SET balance = 0 WHERE id = 1"));
        QCOMPARE(pairs.at(0).waitSeconds.value(), 30.0);
        QCOMPARE(pairs.at(1).blockedPid, 103);
        QCOMPARE(pairs.at(2).blockedPid, 103);
        // The idle transaction holds up everything; the waiting 102 is not where the chain starts.
        QCOMPARE(ActivitySnapshot::rootBlockers(ActivitySnapshot::sessionsFromJson(activityJson)),
                 QList<int>{101});
    }

    void blockerOutsideTheListIsStillNamed()
    {
        ActivitySession waiting;
        waiting.pid = 7;
        waiting.blockedBy = {4242};
        const QList<BlockingPair> pairs = ActivitySnapshot::blockingPairs({waiting});
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.at(0).blockingPid, 4242);
        QVERIFY(pairs.at(0).blockingUser.isEmpty());
    }

    void slotRetentionSeries()
    {
        StatsSample s;
        QVERIFY(!s.maxSlotRetainedBytes());
        s.replicationSlots = StatsSample::slotsFromJson(
            R"([{"name":"a","type":"physical","active":false,"retained_bytes":100},
                {"name":"b","type":"logical","active":true,"retained_bytes":5000},
                {"name":"c","type":"logical","active":true,"retained_bytes":null}])");
        QCOMPARE(s.maxSlotRetainedBytes().value(), 5000);
        bool found = false;
        for (const auto &[name, value] : StatsSeries::values(s, std::nullopt))
            if (name == StatsSeries::SlotRetainedBytes)
                found = value == 5000;
        QVERIFY(found);
    }

    void fleetWorstFirst()
    {
        FleetStatus healthy = stack(QStringLiteral("b-healthy"));
        FleetStatus busy = stack(QStringLiteral("a-busy"));
        busy.connectionsUsedRatio = 0.6;
        FleetStatus full = stack(QStringLiteral("full"));
        full.connectionsUsedRatio = 0.95;
        FleetStatus cold = stack(QStringLiteral("cold"));
        cold.cacheHitRatio = 0.90;
        FleetStatus lagging = stack(QStringLiteral("lagging"));
        lagging.replicationLagBytes = 64ll * 1024 * 1024;
        FleetStatus down = stack(QStringLiteral("down"));
        down.sampling = false;
        down.error = QStringLiteral("connection refused");
        FleetStatus stale = stack(QStringLiteral("stale"));
        stale.secondsSinceSample = 30;
        FleetStatus off = stack(QStringLiteral("off"));
        off.connected = false;

        QCOMPARE(down.health(2), FleetStatus::Health::Down);
        QCOMPARE(stale.health(2), FleetStatus::Health::Stale);
        QCOMPARE(stale.health(20), FleetStatus::Health::Healthy); // 30 s is fine at 20 s intervals
        QCOMPARE(full.health(2), FleetStatus::Health::Warning);
        QCOMPARE(cold.health(2), FleetStatus::Health::Warning);
        QCOMPARE(lagging.health(2), FleetStatus::Health::Warning);
        QCOMPARE(healthy.health(2), FleetStatus::Health::Healthy);
        QCOMPARE(off.health(2), FleetStatus::Health::NotConnected);

        const QList<FleetStatus> sorted =
            FleetRanking::sorted({off, healthy, lagging, busy, cold, full, stale, down}, 2);
        QStringList names;
        for (const FleetStatus &s : sorted)
            names.append(s.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("down"), QStringLiteral("stale"), QStringLiteral("full"),
                              QStringLiteral("cold"), QStringLiteral("lagging"), QStringLiteral("a-busy"),
                              QStringLiteral("b-healthy"), QStringLiteral("off")}));
    }

    void equallyHealthyStacksStayInNameOrder()
    {
        const QList<FleetStatus> sorted =
            FleetRanking::sorted({stack(QStringLiteral("zeta")), stack(QStringLiteral("alpha"))}, 2);
        QCOMPARE(sorted.at(0).name, QStringLiteral("alpha"));
    }

    void csvOneRowPerInstant()
    {
        // 2026-11-25 10:00:00 UTC and two seconds later; the second series misses the first instant.
        const double t0 = 1795600800000.0;
        const QString csv =
            ChartCsv::format({QStringLiteral("Commits"), QStringLiteral("Rollbacks, \"all\"")},
                             {{QPointF(t0, 1.5), QPointF(t0 + 2000, 2)}, {QPointF(t0 + 2000, 0)}});
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("time,Commits,\"Rollbacks, \"\"all\"\"\""));
        QCOMPARE(lines.at(1), QStringLiteral("2026-11-25T10:00:00.000Z,1.5,"));
        QCOMPARE(lines.at(2), QStringLiteral("2026-11-25T10:00:02.000Z,2,0"));
    }

    void rangeResolution_data()
    {
        QTest::addColumn<int>("range");
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("bucket");
        QTest::addColumn<qint64>("points"); // rows one series needs at most
        QTest::newRow("live") << int(HistoryRange::Range::Live) << qint64(300'000) << qint64(0)
                              << qint64(300);
        QTest::newRow("1 h") << int(HistoryRange::Range::Hour) << qint64(3'600'000) << qint64(60'000)
                             << qint64(60);
        QTest::newRow("24 h") << int(HistoryRange::Range::Day) << qint64(86'400'000) << qint64(60'000)
                              << qint64(1440);
        QTest::newRow("7 d") << int(HistoryRange::Range::Week) << qint64(604'800'000) << qint64(3'600'000)
                             << qint64(168);
        QTest::newRow("30 d") << int(HistoryRange::Range::Month) << qint64(2'592'000'000) << qint64(3'600'000)
                              << qint64(720);
    }

    void rangeResolution()
    {
        QFETCH(int, range);
        QFETCH(qint64, span);
        QFETCH(qint64, bucket);
        QFETCH(qint64, points);
        const auto r = HistoryRange::Range(range);
        QCOMPARE(HistoryRange::spanMs(r), span);
        QCOMPARE(HistoryRange::bucketMs(HistoryRange::resolution(r)), bucket);
        // Raw samples come once a second at most.
        QCOMPARE(span / (bucket ? bucket : 1000), points);
    }
};

QTEST_MAIN(TestMetricsDashboard)
#include "tst_metricsdashboard.moc"
