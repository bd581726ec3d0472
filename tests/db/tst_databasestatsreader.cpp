// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics reader against the harness's real PostgreSQL: what it reports must match what the
// server is actually doing (pgbench's own TPS, sessions this test opens, a statistics reset, a crash).
#include "core/metrics/ratecalculator.h"
#include "db/databasestatsreader.h"
#include "db/statsquery.h"
#include "harness/testenv.h"

#include <algorithm>

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace supadesk;

namespace {

const QString benchDb = QStringLiteral("metrics_bench");

PostgresDsn dsnFor(const QString &database)
{
    PostgresDsn dsn;
    dsn.host = testenv::value("SUPADESK_TEST_PG_HOST");
    dsn.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
    dsn.user = QStringLiteral("postgres");
    dsn.database = database;
    return dsn;
}

QString pgBin(const char *tool)
{
    return QStringLiteral("/usr/lib/postgresql/15/bin/") + QLatin1String(tool);
}

QStringList connectionArgs(const QString &database)
{
    return {QStringLiteral("-h"), testenv::value("SUPADESK_TEST_PG_HOST"),
            QStringLiteral("-p"), testenv::value("SUPADESK_TEST_PG_PORT"),
            QStringLiteral("-U"), QStringLiteral("postgres"),
            QStringLiteral("-d"), database};
}

QSqlDatabase openSession(const QString &name, const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const PostgresDsn dsn = dsnFor(database);
    db.setHostName(dsn.host);
    db.setPort(dsn.port);
    db.setUserName(dsn.user);
    db.setDatabaseName(dsn.database);
    db.setConnectOptions(QStringLiteral("application_name=metrics-test"));
    if (!db.open())
        qWarning() << db.lastError().text();
    return db;
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

// Runs as the server's owner: pg_ctl refuses to run as root.
QStringList asPgOwner(const QStringList &command)
{
    if (geteuid() == 0)
        return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                           QStringLiteral("--")} +
               command;
    return command;
}

void assertNoNegativeRates(const StatsRates &r)
{
    for (const std::optional<double> &v :
         {r.commitsPerSecond, r.rollbacksPerSecond, r.transactionsPerSecond, r.cacheHitRatio,
          r.tuplesReturnedPerSecond, r.tuplesFetchedPerSecond, r.tuplesInsertedPerSecond,
          r.tuplesUpdatedPerSecond, r.tuplesDeletedPerSecond, r.tempBytesPerSecond, r.deadlocksPerSecond,
          r.walBytesPerSecond, r.checkpointsTimed, r.checkpointsRequested})
        if (v)
            QVERIFY2(*v >= 0, qPrintable(QString::number(*v)));
}

} // namespace

class TestDatabaseStatsReader : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase admin() { return QSqlDatabase::database(QStringLiteral("admin")); }

    // Blocks until no session other than ours is connected to the bench database: a backend flushes
    // its statistics before it leaves pg_stat_activity, so after this the counters are complete.
    void waitForBenchBackendsToExit()
    {
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            if (scalar(admin(),
                       QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                      "application_name = 'pgbench'")
                           .arg(benchDb))
                    .toInt() == 0)
                return;
            QThread::msleep(20);
        }
        QFAIL("pgbench's sessions did not go away");
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QVERIFY(openSession(QStringLiteral("admin"), QStringLiteral("postgres")).isOpen());
        QVERIFY(exec(admin(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(benchDb)));
        QVERIFY(exec(admin(), QStringLiteral("CREATE DATABASE %1").arg(benchDb)));
        QProcess init;
        init.start(pgBin("pgbench"), QStringList{QStringLiteral("-i"), QStringLiteral("-q"),
                                                 QStringLiteral("-s"), QStringLiteral("1")} +
                                         connectionArgs(benchDb).mid(0, 6) + QStringList{benchDb});
        QVERIFY(init.waitForFinished(60000));
        QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());
    }

    void cleanupTestCase()
    {
        if (QSqlDatabase::contains(QStringLiteral("admin"))) {
            exec(admin(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(benchDb));
            QSqlDatabase::database(QStringLiteral("admin")).close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }

    void statementMatchesServerVersion()
    {
        QVERIFY(StatsQuery::sql(150000).contains(QLatin1String("pg_stat_bgwriter")));
        QVERIFY(StatsQuery::sql(160004).contains(QLatin1String("pg_stat_bgwriter")));
        QVERIFY(StatsQuery::sql(170000).contains(QLatin1String("pg_stat_checkpointer")));
        QVERIFY(!StatsQuery::sql(170000).contains(QLatin1String("pg_stat_bgwriter")));
        DatabaseStatsReader reader(dsnFor(QStringLiteral("postgres")));
        const Status opened = reader.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(reader.serverVersion() / 10000, 15);
        const Result<StatsSample> s = reader.sample();
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s.value().connections.maxConnections, 300);
        QVERIFY(s.value().databaseSize > 0);
        QVERIFY(s.value().walLsn > 0);
        QVERIFY(!s.value().inRecovery);
        QVERIFY(s.value().fullVisibility);
        QVERIFY(s.value().standbys.isEmpty());
        QVERIFY(s.value().roundTripUs > 0);
    }

    void databaseSizeIsReadEveryThirtySeconds()
    {
        // pg_database_size() is most of a sample's server cost: the first sample reads it, the next
        // ones within 30 s carry it over (with the time it was read), and a new connection reads it again.
        DatabaseStatsReader reader(dsnFor(QStringLiteral("postgres")));
        QVERIFY(reader.open().ok());
        QVERIFY(reader.sql().contains(QLatin1String("WHEN true THEN pg_database_size")));
        const Result<StatsSample> first = reader.sample();
        QVERIFY(first.ok());
        QVERIFY(first.value().databaseSize > 0);
        QCOMPARE(first.value().databaseSizeTime, first.value().serverTime);
        QVERIFY(reader.sql().contains(QLatin1String("WHEN false THEN pg_database_size")));
        QVERIFY(exec(admin(),
                     QStringLiteral("DROP TABLE IF EXISTS size_probe; CREATE TABLE size_probe AS "
                                    "SELECT g, repeat('x', 200) AS pad FROM generate_series(1, 20000) g")));
        const Result<StatsSample> second = reader.sample();
        QVERIFY(second.ok());
        QCOMPARE(second.value().databaseSize, first.value().databaseSize);
        QCOMPARE(second.value().databaseSizeTime, first.value().databaseSizeTime);
        QVERIFY(second.value().serverTime > first.value().serverTime);
        // A new connection (a restarted or restored server) reads the size at once: the 4 MB table shows.
        reader.close();
        QVERIFY(reader.open().ok());
        const Result<StatsSample> third = reader.sample();
        QVERIFY(third.ok());
        QVERIFY2(third.value().databaseSize > first.value().databaseSize + 3'000'000,
                 qPrintable(QStringLiteral("%1 then %2")
                                .arg(first.value().databaseSize)
                                .arg(third.value().databaseSize)));
        QVERIFY(exec(admin(), QStringLiteral("DROP TABLE size_probe")));
    }

    void wrongDatabaseIsAClearError()
    {
        DatabaseStatsReader reader(dsnFor(QStringLiteral("no_such_database")));
        const Status opened = reader.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("stats.connect"));
        QVERIFY(opened.error().message.contains(QLatin1String("no_such_database")));
    }

    void tpsMatchesPgbench()
    {
        DatabaseStatsReader reader(dsnFor(benchDb));
        QVERIFY(reader.open().ok());

        QProcess bench;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("pgbench"));
        bench.setProcessEnvironment(env);
        bench.start(pgBin("pgbench"),
                    QStringList{QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("4"),
                                QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-T"),
                                QStringLiteral("5")} +
                        connectionArgs(benchDb).mid(0, 6) + QStringList{benchDb});
        // pgbench's figure leaves out the time its clients take to connect; so does this window,
        // which opens once all four are connected (on a busy machine that can take a while).
        QDeadlineTimer connected(20000);
        while (
            !connected.hasExpired() &&
            scalar(admin(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                           "application_name = 'pgbench'")
                                .arg(benchDb))
                    .toInt() < 4)
            QThread::msleep(2);
        const Result<StatsSample> before = reader.sample();
        QVERIFY(before.ok());
        QVERIFY(bench.waitForFinished(60000));
        const QString output = QString::fromLocal8Bit(bench.readAllStandardOutput());
        QVERIFY2(bench.exitCode() == 0, bench.readAllStandardError().constData());
        waitForBenchBackendsToExit();
        const Result<StatsSample> after = reader.sample();
        QVERIFY(after.ok());

        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)"))
                .match(output);
        QVERIFY2(m.hasMatch(), qPrintable(output));
        const double pgbenchTps = m.captured(1).toDouble();
        const StatsRates rates = RateCalculator::between(before.value(), after.value());
        QVERIFY(rates.transactionsPerSecond);
        qInfo("pgbench: %.1f tps; reader: %.1f tps over %.2f s", pgbenchTps, *rates.transactionsPerSecond,
              rates.intervalSeconds);
        QVERIFY(pgbenchTps > 10);
        QVERIFY2(qAbs(*rates.transactionsPerSecond - pgbenchTps) <= 0.10 * pgbenchTps,
                 qPrintable(QStringLiteral("reader %1 tps, pgbench %2 tps")
                                .arg(*rates.transactionsPerSecond)
                                .arg(pgbenchTps)));
        QVERIFY(*rates.commitsPerSecond > 0);
        QVERIFY(*rates.tuplesUpdatedPerSecond > 0);
        QVERIFY(*rates.walBytesPerSecond > 0);
        QVERIFY(rates.cacheHitRatio && *rates.cacheHitRatio > 0.5 && *rates.cacheHitRatio <= 1.0);
        assertNoNegativeRates(rates);
    }

    void connectionsByStateMatchOpenedSessions()
    {
        DatabaseStatsReader reader(dsnFor(QStringLiteral("postgres")));
        QVERIFY(reader.open().ok());
        QVERIFY(exec(admin(), QStringLiteral("CREATE TABLE IF NOT EXISTS metrics_locked(id int)")));
        const Result<StatsSample> baseline = reader.sample();
        QVERIFY(baseline.ok());
        const ConnectionCounts base = baseline.value().connections;

        QSqlDatabase idle = openSession(QStringLiteral("idle"), QStringLiteral("postgres"));
        QSqlDatabase inTransaction = openSession(QStringLiteral("intx"), QStringLiteral("postgres"));
        QSqlDatabase holder = openSession(QStringLiteral("holder"), QStringLiteral("postgres"));
        QVERIFY(idle.isOpen() && inTransaction.isOpen() && holder.isOpen());
        QVERIFY(exec(inTransaction, QStringLiteral("BEGIN")));
        QVERIFY(exec(inTransaction, QStringLiteral("SELECT 1")));
        QVERIFY(exec(holder, QStringLiteral("BEGIN")));
        QVERIFY(exec(holder, QStringLiteral("LOCK TABLE metrics_locked IN ACCESS EXCLUSIVE MODE")));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("metrics-test"));
        QProcess sleeper;
        QProcess blocked;
        // Whatever the outcome, the sessions go away, so the next test starts from a quiet server.
        const auto cleanup = qScopeGuard([&] {
            exec(admin(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                         "application_name = 'metrics-test' AND pid <> pg_backend_pid()"));
            sleeper.waitForFinished(10000);
            blocked.waitForFinished(10000);
            idle.close();
            inTransaction.close();
            holder.close();
            idle = inTransaction = holder = QSqlDatabase();
            for (const char *name : {"idle", "intx", "holder"})
                QSqlDatabase::removeDatabase(QLatin1String(name));
        });
        sleeper.setProcessEnvironment(env);
        blocked.setProcessEnvironment(env);
        sleeper.start(pgBin("psql"),
                      connectionArgs(QStringLiteral("postgres")) +
                          QStringList{QStringLiteral("-c"), QStringLiteral("SELECT pg_sleep(60)")});
        blocked.start(pgBin("psql"), connectionArgs(QStringLiteral("postgres")) +
                                         QStringList{QStringLiteral("-c"),
                                                     QStringLiteral("SELECT count(*) FROM metrics_locked")});
        QVERIFY(sleeper.waitForStarted() && blocked.waitForStarted());

        // Wait until both psql sessions are in place, as the server itself reports them: one sleeping,
        // one queued behind the lock (a session is active for a moment before it reaches the lock).
        QDeadlineTimer deadline(20000);
        while (
            !deadline.hasExpired() &&
            scalar(admin(), QStringLiteral("SELECT count(*) FILTER (WHERE wait_event_type = 'Lock') = 1 AND "
                                           "count(*) FILTER (WHERE query LIKE 'SELECT pg_sleep%' AND state = "
                                           "'active') = 1 FROM pg_stat_activity WHERE application_name = "
                                           "'metrics-test'"))
                    .toBool() == false)
            QThread::msleep(20);

        const Result<StatsSample> s = reader.sample();
        QVERIFY(s.ok());
        const ConnectionCounts now = s.value().connections;
        QCOMPARE(now.active - base.active, 1);
        QCOMPARE(now.waiting - base.waiting, 1);
        QCOMPARE(now.idle - base.idle, 1);
        QCOMPARE(now.idleInTransaction - base.idleInTransaction, 2);
        QCOMPARE(now.idleInTransactionAborted - base.idleInTransactionAborted, 0);
        QCOMPARE(now.total - base.total, 5);
        QCOMPARE(now.active + now.idle + now.idleInTransaction + now.idleInTransactionAborted + now.waiting +
                     now.hidden,
                 now.total);
        QVERIFY(s.value().longestTransactionSeconds > 0);
        QVERIFY(s.value().oldestIdleInTransactionSeconds > 0);
        QVERIFY(s.value().longestTransactionSeconds >= s.value().oldestIdleInTransactionSeconds);
    }

    void samplesWithoutActivityCountTheSessionsButListNone()
    {
        QSqlDatabase idle = openSession(QStringLiteral("listed"), QStringLiteral("postgres"));
        QVERIFY(idle.isOpen());
        const auto cleanup = qScopeGuard([&] {
            idle.close();
            idle = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("listed"));
        });
        DatabaseStatsReader listing(dsnFor(QStringLiteral("postgres")));
        DatabaseStatsReader counting(dsnFor(QStringLiteral("postgres")));
        counting.setActivityWanted(false);
        QVERIFY(listing.open().ok() && counting.open().ok());
        QVERIFY(listing.activityWanted() && !counting.activityWanted());
        QVERIFY(listing.sql().contains(QLatin1String("'blocked_by'")));
        QVERIFY(!counting.sql().contains(QLatin1String("'blocked_by'")));
        const Result<StatsSample> listed = listing.sample();
        const Result<StatsSample> counted = counting.sample();
        QVERIFY(listed.ok() && counted.ok());
        const auto isIdleSession = [](const ActivitySession &a) {
            return a.application == QLatin1String("metrics-test");
        };
        QVERIFY(std::any_of(listed.value().activity.cbegin(), listed.value().activity.cend(), isIdleSession));
        QVERIFY(counted.value().activity.isEmpty());
        QVERIFY(counted.value().connections.idle >= 1);
        QVERIFY(counted.value().connections.total >= 1);
        // The same reader lists them again once asked to.
        counting.setActivityWanted(true);
        const Result<StatsSample> again = counting.sample();
        QVERIFY(again.ok());
        QVERIFY(std::any_of(again.value().activity.cbegin(), again.value().activity.cend(), isIdleSession));
    }

    void statsResetGivesNoNegativeRates()
    {
        DatabaseStatsReader reader(dsnFor(benchDb));
        QVERIFY(reader.open().ok());
        QSqlDatabase work = openSession(QStringLiteral("work"), benchDb);
        for (int i = 0; i < 50; ++i)
            QVERIFY(exec(
                work, QStringLiteral("UPDATE pgbench_branches SET bbalance = bbalance + 1 WHERE bid = 1")));
        work.close();
        work = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("work"));
        waitForBenchBackendsToExit();
        const Result<StatsSample> first = reader.sample();
        QVERIFY(first.ok());
        QVERIFY(first.value().database.xactCommit > 50);

        QSqlDatabase bench = openSession(QStringLiteral("reset"), benchDb);
        QVERIFY(exec(bench, QStringLiteral("SELECT pg_stat_reset()")));
        bench.close();
        bench = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reset"));

        const Result<StatsSample> second = reader.sample();
        QVERIFY(second.ok());
        QVERIFY(second.value().database.xactCommit < first.value().database.xactCommit);
        const StatsRates across = RateCalculator::between(first.value(), second.value());
        QVERIFY(across.databaseCountersReset);
        QVERIFY(!across.transactionsPerSecond);
        assertNoNegativeRates(across);

        const Result<StatsSample> third = reader.sample();
        QVERIFY(third.ok());
        const StatsRates after = RateCalculator::between(second.value(), third.value());
        QVERIFY(!after.databaseCountersReset);
        QVERIFY(after.transactionsPerSecond);
        assertNoNegativeRates(after);
    }

    // A role without pg_read_all_stats still gets a sample; sessions of other roles show up as
    // hidden, and the sample says that its view is partial.
    void unprivilegedRoleGetsAPartialSample()
    {
        QVERIFY(exec(admin(), QStringLiteral("DROP ROLE IF EXISTS metrics_reader")));
        QVERIFY(exec(admin(), QStringLiteral("CREATE ROLE metrics_reader LOGIN")));
        PostgresDsn dsn = dsnFor(QStringLiteral("postgres"));
        dsn.user = QStringLiteral("metrics_reader");
        {
            DatabaseStatsReader reader(dsn);
            QVERIFY(reader.open().ok());
            const Result<StatsSample> s = reader.sample();
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
            QVERIFY(!s.value().fullVisibility);
            QVERIFY(s.value().connections.hidden >= 1); // at least this test's own admin session
            QCOMPARE(s.value().connections.idle, 0);
            QVERIFY(s.value().databaseSize > 0);
        }
        QVERIFY(exec(admin(), QStringLiteral("GRANT pg_read_all_stats TO metrics_reader")));
        {
            DatabaseStatsReader reader(dsn);
            QVERIFY(reader.open().ok());
            const Result<StatsSample> s = reader.sample();
            QVERIFY(s.ok());
            QVERIFY(s.value().fullVisibility);
            QCOMPARE(s.value().connections.hidden, 0);
            QVERIFY(s.value().connections.idle >= 1);
        }
        QVERIFY(exec(admin(), QStringLiteral("DROP ROLE metrics_reader")));
    }

    // The server cost of one sample as pg_stat_statements measures it. Printed, not asserted: a
    // loaded test machine must not fail the suite.
    void serverCostOfOneSample()
    {
        DatabaseStatsReader reader(dsnFor(QStringLiteral("postgres")));
        QVERIFY(reader.open().ok());
        QVERIFY(exec(admin(), QStringLiteral("SELECT pg_stat_statements_reset()")));
        const int samples = 200;
        qint64 roundTripTotal = 0;
        for (int i = 0; i < samples; ++i) {
            const Result<StatsSample> s = reader.sample();
            QVERIFY(s.ok());
            roundTripTotal += s.value().roundTripUs;
        }
        QSqlQuery q(admin());
        QVERIFY(
            q.exec(QStringLiteral("SELECT calls, mean_exec_time, max_exec_time, mean_plan_time FROM "
                                  "pg_stat_statements WHERE query LIKE '%pg_stat_bgwriter%' AND query LIKE "
                                  "'WITH w AS%'")));
        QVERIFY2(q.next(), "the sample statement is missing from pg_stat_statements");
        QCOMPARE(q.value(0).toInt(), samples);
        qInfo("server cost of one sample (pg_stat_statements, %d calls): mean %.3f ms, max %.3f ms; client "
              "round "
              "trip mean %.3f ms",
              samples, q.value(1).toDouble(), q.value(2).toDouble(),
              static_cast<double>(roundTripTotal) / samples / 1000.0);
        QVERIFY(q.value(1).toDouble() > 0);
    }

    // A crash (immediate stop) loses the counters: the interval across it is a gap. A clean restart
    // keeps them (PostgreSQL 15 saves them at shutdown): the interval keeps a real, small rate. Either
    // way the reader reconnects by itself, and no rate is negative or jumps to the counters' totals.
    void serverRestartGivesNoNegativeOrSpikingRates_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("countersLost");
        QTest::newRow("clean restart") << QStringLiteral("fast") << false;
        QTest::newRow("crash") << QStringLiteral("immediate") << true;
    }

    void serverRestartGivesNoNegativeOrSpikingRates()
    {
        QFETCH(QString, mode);
        QFETCH(bool, countersLost);
        // Enough committed work that carrying the counters' totals into one interval would show.
        {
            QSqlDatabase work = openSession(QStringLiteral("work"), benchDb);
            for (int i = 0; i < 300; ++i)
                QVERIFY(exec(work, QStringLiteral("SELECT 1")));
            work.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("work"));
        QDeadlineTimer gone(20000);
        while (
            !gone.hasExpired() &&
            scalar(admin(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                           "application_name = 'metrics-test'")
                                .arg(benchDb))
                    .toInt() > 0)
            QThread::msleep(20);
        DatabaseStatsReader reader(dsnFor(benchDb));
        QVERIFY(reader.open().ok());
        const Result<StatsSample> before = reader.sample();
        QVERIFY(before.ok());
        QVERIFY(before.value().database.xactCommit >= 300);

        QSqlDatabase::database(QStringLiteral("admin")).close();
        QProcess ctl;
        const QString data = testenv::value("SUPADESK_TEST_PG_DATA");
        const QStringList command = asPgOwner(
            {pgBin("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-m"), mode, QStringLiteral("-w"),
             QStringLiteral("-l"), data + QStringLiteral("/../server.log"), QStringLiteral("restart")});
        ctl.start(command.first(), command.mid(1));
        QVERIFY(ctl.waitForFinished(60000));
        QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
        QVERIFY(QSqlDatabase::database(QStringLiteral("admin")).open());

        const Result<StatsSample> after = reader.sample();
        QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
        QVERIFY(after.value().postmasterStart > before.value().postmasterStart);
        const StatsRates rates = RateCalculator::between(before.value(), after.value());
        assertNoNegativeRates(rates);
        QCOMPARE(rates.databaseCountersReset, countersLost);
        QCOMPARE(rates.transactionsPerSecond.has_value(), !countersLost);
        if (rates.transactionsPerSecond) // only the few statements around the restart
            QVERIFY2(*rates.transactionsPerSecond * rates.intervalSeconds < 100,
                     qPrintable(QString::number(*rates.transactionsPerSecond)));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseStatsReader)
#include "tst_databasestatsreader.moc"
