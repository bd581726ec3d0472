// SPDX-License-Identifier: GPL-3.0-or-later
// The pooler chart's series and its explanations when there are none, the history retention a user
// chooses (limits, order, the cut-offs pruning uses), and a reconnecting stack in the fleet ranking.
#include "core/metrics/fleetstatus.h"
#include "core/metrics/poolerproblem.h"
#include "core/metrics/poolerseries.h"
#include "core/metrics/rollup.h"

#include <QtTest>

using namespace supadesk;

namespace {

double valueOf(const QList<QPair<QString, double>> &values, const QString &name, bool *found = nullptr)
{
    for (const auto &[metric, value] : values)
        if (metric == name) {
            if (found)
                *found = true;
            return value;
        }
    if (found)
        *found = false;
    return -1;
}

} // namespace

class TestMetricsPooler : public QObject
{
    Q_OBJECT

private slots:
    void seriesOfOneReading()
    {
        PgBouncerSummary pools;
        pools.clientsActive = 12;
        pools.clientsWaiting = 3;
        pools.serversActive = 10;
        pools.serversIdle = 2;
        pools.serversOther = 1;
        pools.maxWaitSeconds = 2.25;
        PgBouncerRates rates;
        rates.averageWaitMs = 0.5;
        rates.transactionsPerSecond = 40;
        const auto v = PoolerSeries::values(pools, rates);
        QCOMPARE(valueOf(v, PoolerSeries::ClientsActive), 12.0);
        QCOMPARE(valueOf(v, PoolerSeries::ClientsWaiting), 3.0);
        QCOMPARE(valueOf(v, PoolerSeries::ServersActive), 10.0);
        QCOMPARE(valueOf(v, PoolerSeries::ServersIdle), 2.0);
        QCOMPARE(valueOf(v, PoolerSeries::ServersOther), 1.0);
        QCOMPARE(valueOf(v, PoolerSeries::MaxWaitMs), 2250.0);
        QCOMPARE(valueOf(v, PoolerSeries::AverageWaitMs), 0.5);
        QCOMPARE(valueOf(v, PoolerSeries::TransactionsPerSecond), 40.0);
    }

    void firstReadingHasNoAverageWait()
    {
        // No previous SHOW STATS: the average is unknown, a gap rather than a zero.
        bool found = true;
        valueOf(PoolerSeries::values(PgBouncerSummary{}, PgBouncerRates{}), PoolerSeries::AverageWaitMs,
                &found);
        QVERIFY(!found);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("advises");
        QTest::newRow("supavisor") << "pgbouncer.connect"
                                   << "Cannot connect to the PgBouncer admin console on 127.0.0.1:41234: "
                                      "connection to server at \"127.0.0.1\", port 41234 failed: FATAL:  "
                                      "Tenant or user not found"
                                   << int(PoolerProblem::Kind::Supavisor) << "Supavisor";
        QTest::newRow("refused")
            << "pgbouncer.connect"
            << "Cannot connect to the PgBouncer admin console on 127.0.0.1:1: connection "
               "to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the "
               "server running on that host and accepting TCP/IP connections?"
            << int(PoolerProblem::Kind::Unreachable) << "6543";
        QTest::newRow("tunnel closed") << "pgbouncer.connect"
                                       << "connection to server at \"127.0.0.1\", port 40000 failed: server "
                                          "closed the connection unexpectedly"
                                       << int(PoolerProblem::Kind::Unreachable) << "pooler container";
        QTest::newRow("not admin") << "pgbouncer.connect"
                                   << "connection to server at \"127.0.0.1\", port 6543 failed: FATAL:  not "
                                      "allowed"
                                   << int(PoolerProblem::Kind::NotPermitted) << "stats_users";
        QTest::newRow("unknown user")
            << "pgbouncer.connect"
            << "connection to server at \"127.0.0.1\", port 6543 failed: FATAL:  no "
               "such user: viewer"
            << int(PoolerProblem::Kind::NotPermitted) << "GRANT";
        QTest::newRow("trust refused") << "pgbouncer.connect"
                                       << "connection to server at \"127.0.0.1\", port 6543 failed: FATAL:  "
                                          "\"trust\" authentication failed"
                                       << int(PoolerProblem::Kind::NotPermitted) << "stats_users";
        QTest::newRow("other") << "pgbouncer.show"
                               << "SHOW POOLS failed: something odd" << int(PoolerProblem::Kind::Other)
                               << "something odd";
    }

    void problems()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QFETCH(QString, advises);
        const PoolerProblem p = PoolerProblem::classify(code, message);
        QCOMPARE(int(p.kind), kind);
        const QString advice = p.advice(QStringLiteral("viewer"), 6543);
        // The sentence names what is missing and how to fix it; "GRANT" is never advised for the pooler.
        if (advises == QLatin1String("GRANT"))
            QVERIFY2(advice.contains(QLatin1String("viewer")) &&
                         advice.contains(QLatin1String("stats_users")),
                     qPrintable(advice));
        else
            QVERIFY2(advice.contains(advises), qPrintable(advice));
        QVERIFY(!advice.contains(QLatin1String("%1")));
    }

    void noProblemNoNote()
    {
        QVERIFY(PoolerProblem{}.advice(QStringLiteral("postgres"), 6543).isEmpty());
        PoolerProblem missing;
        missing.kind = PoolerProblem::Kind::NoEndpoint;
        QVERIFY(missing.advice(QStringLiteral("postgres"), 6543).contains(QLatin1String("pooler port")));
    }

    void retentionDefaults()
    {
        const RetentionPolicy p;
        QCOMPARE(p.rawDays(), 2);
        QCOMPARE(p.minuteDays(), 30);
        QCOMPARE(p.hourDays(), 400);
        QCOMPARE(RetentionPolicy::fromDays(2, 30, 400), p);
    }

    void retentionFromDays_data()
    {
        QTest::addColumn<int>("raw");
        QTest::addColumn<int>("minute");
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("keptRaw");
        QTest::addColumn<int>("keptMinute");
        QTest::addColumn<int>("keptHour");
        QTest::newRow("as chosen") << 7 << 60 << 365 << 7 << 60 << 365;
        QTest::newRow("below limits") << 0 << -3 << 5 << 1 << 1 << 30;
        QTest::newRow("above limits") << 99 << 9999 << 99999 << 30 << 365 << 3650;
        // Minutes never kept shorter than raw samples, hours never shorter than minutes.
        QTest::newRow("minute below raw") << 10 << 3 << 400 << 10 << 10 << 400;
        QTest::newRow("hour below minute") << 2 << 200 << 90 << 2 << 200 << 200;
    }

    void retentionFromDays()
    {
        QFETCH(int, raw);
        QFETCH(int, minute);
        QFETCH(int, hour);
        const RetentionPolicy p = RetentionPolicy::fromDays(raw, minute, hour);
        QTEST(p.rawDays(), "keptRaw");
        QTEST(p.minuteDays(), "keptMinute");
        QTEST(p.hourDays(), "keptHour");
        QCOMPARE(p.rawMs, qint64(p.rawDays()) * Rollup::DayMs);
    }

    void retentionCutoffs()
    {
        // 2026-03-10 14:37:21.500 UTC
        const qint64 now = QDateTime(QDate(2026, 3, 10), QTime(14, 37, 21, 500), Qt::UTC).toMSecsSinceEpoch();
        const RetentionPolicy p = RetentionPolicy::fromDays(3, 10, 60);
        // Raw samples: exactly three days back.
        QCOMPARE(p.rawCutoff(now),
                 QDateTime(QDate(2026, 3, 7), QTime(14, 37, 21, 500), Qt::UTC).toMSecsSinceEpoch());
        // Roll-ups: back to the start of the bucket that holds that instant, so it is kept whole.
        QCOMPARE(p.minuteCutoff(now),
                 QDateTime(QDate(2026, 2, 28), QTime(14, 37), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(p.hourCutoff(now), QDateTime(QDate(2026, 1, 9), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch());
        // A longer raw retention moves the raw cut-off back by whole days.
        QCOMPARE(RetentionPolicy::fromDays(4, 10, 60).rawCutoff(now), p.rawCutoff(now) - Rollup::DayMs);
    }

    void reconnectingStackKeepsItsFigures()
    {
        FleetStatus s;
        s.name = QStringLiteral("prod");
        s.reconnecting = true;
        s.secondsSinceSample = 40;
        s.tps = 12;
        QCOMPARE(s.health(2), FleetStatus::Health::Reconnecting);
        FleetStatus down;
        down.name = QStringLiteral("a");
        down.connected = true;
        FleetStatus offline;
        offline.name = QStringLiteral("b");
        FleetStatus healthy;
        healthy.name = QStringLiteral("c");
        healthy.connected = healthy.sampling = true;
        healthy.secondsSinceSample = 1;
        // Worse than a healthy or a stale stack, not as bad as one that is up and failing.
        const QList<FleetStatus> sorted = FleetRanking::sorted({offline, healthy, s, down}, 2);
        QCOMPARE(sorted.at(0).name, QStringLiteral("a"));
        QCOMPARE(sorted.at(1).name, QStringLiteral("prod"));
        QCOMPARE(sorted.at(2).name, QStringLiteral("c"));
        QCOMPARE(sorted.at(3).name, QStringLiteral("b"));
    }
};

QTEST_APPLESS_MAIN(TestMetricsPooler)
#include "tst_metricspooler.moc"
