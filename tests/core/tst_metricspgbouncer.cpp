// SPDX-License-Identifier: GPL-3.0-or-later
// PgBouncer's SHOW POOLS / SHOW STATS read by column name, across versions.
#include "core/metrics/pgbouncerfigures.h"

#include <QtTest>

using namespace supadesk;

namespace {

AdminTable csv(const QString &text)
{
    AdminTable t;
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    t.columns = lines.first().split(QLatin1Char(','));
    for (const QString &line : lines.mid(1))
        t.rows.append(line.split(QLatin1Char(',')));
    return t;
}

// As PgBouncer 1.18 prints them (psql --csv).
const char *const pools118 =
    "database,user,cl_active,cl_waiting,cl_active_cancel_req,cl_waiting_cancel_req,sv_active,sv_active_"
    "cancel,"
    "sv_being_canceled,sv_idle,sv_used,sv_tested,sv_login,maxwait,maxwait_us,pool_mode\n"
    "pgbouncer,pgbouncer,1,0,0,0,0,0,0,0,0,0,0,0,0,statement\n"
    "postgres,authenticator,12,3,0,0,10,0,0,0,0,0,0,2,250000,transaction\n"
    "postgres,supabase_admin,4,0,0,0,1,0,0,2,1,0,1,0,0,transaction\n";

// PgBouncer 1.12 had cl_cancel_req and no cancel columns on servers.
const char *const pools112 =
    "database,user,cl_active,cl_waiting,cl_cancel_req,sv_active,sv_idle,sv_used,sv_tested,"
    "sv_login,maxwait,maxwait_us,pool_mode\n"
    "app,app,7,1,0,5,0,0,0,0,0,500000,session\n";

const char *const stats118 =
    "database,total_xact_count,total_query_count,total_received,total_sent,total_xact_time,total_query_time,"
    "total_wait_time,avg_xact_count,avg_query_count,avg_recv,avg_sent,avg_xact_time,avg_query_time,avg_wait_"
    "time\n"
    "pgbouncer,5,5,0,0,0,0,0,0,0,0,0,0,0,0\n"
    "postgres,1000,3000,70000,372000,500000,900000,200000,0,0,0,4,228,228,30\n";

} // namespace

class TestMetricsPgBouncer : public QObject
{
    Q_OBJECT

private slots:
    void poolsOf118()
    {
        const QList<PgBouncerPool> pools = PgBouncerFigures::pools(csv(QString::fromLatin1(pools118)));
        QCOMPARE(pools.size(), 3);
        QCOMPARE(pools.at(1).user, QStringLiteral("authenticator"));
        QCOMPARE(pools.at(1).clientsActive, 12);
        QCOMPARE(pools.at(1).clientsWaiting, 3);
        QCOMPARE(pools.at(1).serversActive, 10);
        QCOMPARE(pools.at(1).maxWaitSeconds, 2.25);
        QCOMPARE(pools.at(1).poolMode, QStringLiteral("transaction"));

        const PgBouncerSummary s = PgBouncerFigures::summarize(pools);
        QCOMPARE(s.clientsActive, 16); // the admin console's own pool is not the application's
        QCOMPARE(s.clientsWaiting, 3);
        QCOMPARE(s.serversActive, 11);
        QCOMPARE(s.serversIdle, 2);
        QCOMPARE(s.serversOther, 2);
        QCOMPARE(s.maxWaitSeconds, 2.25);
    }

    void poolsOf112()
    {
        const QList<PgBouncerPool> pools = PgBouncerFigures::pools(csv(QString::fromLatin1(pools112)));
        QCOMPARE(pools.size(), 1);
        QCOMPARE(pools.at(0).clientsActive, 7);
        QCOMPARE(pools.at(0).clientsWaiting, 1);
        QCOMPARE(pools.at(0).serversActive, 5);
        QCOMPARE(pools.at(0).maxWaitSeconds, 0.5);
    }

    void statsAndRates()
    {
        const QList<PgBouncerDatabaseStats> before =
            PgBouncerFigures::stats(csv(QString::fromLatin1(stats118)));
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.at(1).transactions, 1000);
        QCOMPARE(before.at(1).waitTimeUs, 200000);
        QList<PgBouncerDatabaseStats> after = before;
        after[1].transactions += 500;
        after[1].queries += 1500;
        after[1].waitTimeUs += 1'000'000; // 1 s of waiting spread over 500 transactions
        after[1].queryTimeUs += 3'000'000;
        after[0].transactions += 7; // the console's own: not counted
        const PgBouncerRates r = PgBouncerFigures::rates(before, after, 10);
        QCOMPARE(*r.transactionsPerSecond, 50.0);
        QCOMPARE(*r.queriesPerSecond, 150.0);
        QCOMPARE(*r.averageWaitMs, 2.0);
        QCOMPARE(*r.averageQueryMs, 2.0);
    }

    void restartedPoolerGivesNoRate()
    {
        const QList<PgBouncerDatabaseStats> before =
            PgBouncerFigures::stats(csv(QString::fromLatin1(stats118)));
        QList<PgBouncerDatabaseStats> after = before;
        after[1].transactions = 3;
        const PgBouncerRates r = PgBouncerFigures::rates(before, after, 10);
        QVERIFY(!r.transactionsPerSecond);
        QVERIFY(!r.averageWaitMs);
        QVERIFY(!PgBouncerFigures::rates(before, before, 0).transactionsPerSecond);
        QVERIFY(!PgBouncerFigures::rates(before, before, 5).averageWaitMs); // nothing happened: no average
    }

    void missingColumnsAreZero()
    {
        AdminTable t;
        t.columns = QStringList{QStringLiteral("database"), QStringLiteral("user")};
        t.rows.append(QStringList{QStringLiteral("db"), QStringLiteral("u")});
        const QList<PgBouncerPool> pools = PgBouncerFigures::pools(t);
        QCOMPARE(pools.size(), 1);
        QCOMPARE(pools.at(0).clientsActive, 0);
        QCOMPARE(t.text(5, QStringLiteral("user")), QString());
    }
};

QTEST_GUILESS_MAIN(TestMetricsPgBouncer)
#include "tst_metricspgbouncer.moc"
