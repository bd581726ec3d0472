// SPDX-License-Identifier: GPL-3.0-or-later
// What the dashboard reads and does beyond the charts, against the harness's real PostgreSQL: the
// sessions and lock waits in the one-statement sample, cancel and terminate over a connection of their
// own, and the sampler storing every sample in the local history.
#include "core/metrics/statsseries.h"
#include "db/backendsignaller.h"
#include "db/databasestatsreader.h"
#include "db/historystore.h"
#include "harness/testenv.h"
#include "services/databasesampler.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace supadesk;

namespace {

const QString appName = QStringLiteral("dashboard-test");

DbEndpoint endpoint()
{
    DbEndpoint e;
    e.host = testenv::value("SUPADESK_TEST_PG_HOST");
    e.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
    return e;
}

PostgresDsn dsn()
{
    PostgresDsn d;
    d.host = endpoint().host;
    d.port = endpoint().port;
    d.user = QStringLiteral("postgres");
    d.database = QStringLiteral("postgres");
    return d;
}

QSqlDatabase openSession(const QString &name)
{
    QSqlDatabase db = endpoint().addConnection(name, QStringLiteral("application_name=") + appName);
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
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

const ActivitySession *find(const QList<ActivitySession> &sessions, int pid)
{
    for (const ActivitySession &s : sessions)
        if (s.pid == pid)
            return &s;
    return nullptr;
}

} // namespace

class TestStatsDashboard : public QObject
{
    Q_OBJECT

    QSqlDatabase admin() { return QSqlDatabase::database(QStringLiteral("admin")); }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QVERIFY(openSession(QStringLiteral("admin")).isOpen());
        QVERIFY(exec(admin(), QStringLiteral("CREATE TABLE IF NOT EXISTS dashboard_accounts (id int PRIMARY "
                                             "KEY, balance int)")));
        QVERIFY(exec(admin(), QStringLiteral("INSERT INTO dashboard_accounts VALUES (1, 0) ON CONFLICT DO "
                                             "NOTHING")));
    }

    void blockedSessionIsListedCancelledAndItsBlockerTerminated()
    {
        DatabaseStatsReader sampler(dsn());
        QVERIFY(sampler.open().ok());

        // The holder updates a row and stays idle in its transaction; psql then tries the same row.
        QSqlDatabase holder = openSession(QStringLiteral("holder"));
        QVERIFY(holder.isOpen());
        const int holderPid = scalar(holder, QStringLiteral("SELECT pg_backend_pid()")).toInt();
        QVERIFY(exec(holder, QStringLiteral("BEGIN")));
        QVERIFY(
            exec(holder, QStringLiteral("UPDATE dashboard_accounts SET balance = balance + 1 WHERE id = 1")));
        QProcess blocked;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGAPPNAME"), appName);
        blocked.setProcessEnvironment(env);
        const auto cleanup = qScopeGuard([&] {
            exec(admin(), QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                         "application_name = '%1' AND pid <> pg_backend_pid()")
                              .arg(appName));
            blocked.waitForFinished(10000);
            holder.close();
            holder = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        });
        blocked.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                      {QStringLiteral("-h"), endpoint().host, QStringLiteral("-p"),
                       QString::number(endpoint().port), QStringLiteral("-U"), QStringLiteral("postgres"),
                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                       QStringLiteral("UPDATE dashboard_accounts SET balance = 5 WHERE id = 1")});
        QVERIFY(blocked.waitForStarted());

        // The sample itself must see the wait: poll with it until psql queues behind the lock.
        QList<ActivitySession> sessions;
        int blockedPid = 0;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && blockedPid == 0) {
            const Result<StatsSample> s = sampler.sample();
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
            sessions = s.value().activity;
            for (const ActivitySession &a : std::as_const(sessions))
                // pg_blocking_pids() is live while pg_stat_activity is a snapshot: for a moment psql
                // can be blocked already but still "idle" in the view; a later sample agrees.
                if (a.application == appName && a.isWaitingOnLock() &&
                    a.waitEventType == QLatin1String("Lock"))
                    blockedPid = a.pid;
            if (blockedPid == 0)
                QThread::msleep(50);
        }
        QVERIFY2(blockedPid > 0, "the blocked psql session never showed up in the sample");

        const ActivitySession *h = find(sessions, holderPid);
        QVERIFY(h);
        QCOMPARE(h->state, QStringLiteral("idle in transaction"));
        QCOMPARE(h->user, QStringLiteral("postgres"));
        QCOMPARE(h->application, appName);
        QVERIFY(h->query.startsWith(QLatin1String("UPDATE dashboard_accounts")));
        QVERIFY(h->transactionSeconds.value_or(-1) >= 0);
        const ActivitySession *b = find(sessions, blockedPid);
        QCOMPARE(b->state, QStringLiteral("active"));
        QCOMPARE(b->waitEventType, QStringLiteral("Lock"));
        QCOMPARE(b->waitEvent, QStringLiteral("transactionid"));
        QCOMPARE(b->blockedBy, QList<int>{holderPid});
        const QList<BlockingPair> pairs = ActivitySnapshot::blockingPairs(sessions);
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.at(0).blockedPid, blockedPid);
        QCOMPARE(pairs.at(0).blockingPid, holderPid);
        QCOMPARE(pairs.at(0).blockingState, QStringLiteral("idle in transaction"));
        // The sampler never lists itself.
        QVERIFY(!find(sessions, scalar(admin(), QStringLiteral("SELECT pid FROM pg_stat_activity WHERE "
                                                               "application_name = 'supadesk-stats'"))
                                    .toInt()));

        // Cancel: the blocked statement fails with the server's own message, psql exits with an error.
        QVERIFY(BackendSignaller(endpoint()).send(BackendSignaller::Action::Cancel, blockedPid).ok());
        QVERIFY(blocked.waitForFinished(10000));
        QVERIFY(blocked.exitCode() != 0);
        QVERIFY2(
            QString::fromUtf8(blocked.readAllStandardError()).contains(QLatin1String("canceling statement")),
            "psql did not report a cancelled statement");

        // Terminate the holder: its session is gone from the next sample, and its transaction with it.
        QVERIFY(BackendSignaller(endpoint()).send(BackendSignaller::Action::Terminate, holderPid).ok());
        deadline.setRemainingTime(10000);
        bool gone = false;
        while (!deadline.hasExpired() && !gone) {
            const Result<StatsSample> s = sampler.sample();
            QVERIFY(s.ok());
            gone = !find(s.value().activity, holderPid);
            if (!gone)
                QThread::msleep(50);
        }
        QVERIFY(gone);
        QVERIFY(!exec(holder, QStringLiteral("SELECT 1")));
        QCOMPARE(
            scalar(admin(), QStringLiteral("SELECT balance FROM dashboard_accounts WHERE id = 1")).toInt(),
            0);
    }

    void signallingAGoneSessionSaysSo()
    {
        const Status sent = BackendSignaller(endpoint()).send(BackendSignaller::Action::Terminate, 999999);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, QStringLiteral("signal.gone"));
        QVERIFY(sent.error().message.contains(QLatin1String("999999")));
        DbEndpoint closed = endpoint();
        closed.port = 1;
        const Status refused = BackendSignaller(closed).send(BackendSignaller::Action::Cancel, 1);
        QCOMPARE(refused.error().code, QStringLiteral("signal.connect"));
    }

    void samplerStoresEverySampleInTheHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            DatabaseSampler sampler;
            QSignalSpy samples(&sampler, &DatabaseSampler::sampled);
            QSignalSpy notices(&sampler, &DatabaseSampler::historyNotice);
            sampler.start(endpoint(), 1000, dir.path(), QStringLiteral("stack-a"));
            QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3, 15000);
            sampler.stop();
            QCOMPARE(notices.size(), 0);
        }
        // A new store, as after a restart, finds what the sampler wrote.
        HistoryStore store(dir.path());
        QVERIFY(store.openForReading().ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto connections = store.query(QStringLiteral("stack-a"), StatsSeries::ConnectionsTotal,
                                             now - 60000, now + 1, HistoryResolution::Raw);
        QVERIFY(connections.ok());
        QVERIFY2(connections.value().size() >= 3, qPrintable(QString::number(connections.value().size())));
        // Rates need two samples: one fewer than the gauges.
        const auto tps = store.query(QStringLiteral("stack-a"), StatsSeries::Tps, now - 60000, now + 1,
                                     HistoryResolution::Raw);
        QCOMPARE(tps.value().size(), connections.value().size() - 1);
        const auto minute = store.query(QStringLiteral("stack-a"), StatsSeries::ConnectionsTotal,
                                        now - 120000, now + 1, HistoryResolution::Minute);
        qint64 counted = 0;
        for (const RollupBucket &b : minute.value())
            counted += b.count;
        QCOMPARE(counted, qint64(connections.value().size()));
        // Another stack's key sees nothing of it.
        QVERIFY(store
                    .query(QStringLiteral("stack-b"), StatsSeries::ConnectionsTotal, now - 60000, now + 1,
                           HistoryResolution::Raw)
                    .value()
                    .isEmpty());
    }
};

QTEST_MAIN(TestStatsDashboard)
#include "tst_statsdashboard.moc"
