// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard's pooler charts against the harness's real PgBouncer: with a known set of clients the
// chart shows what SHOW POOLS shows, the readings go to the local history beside the database's, and
// when the pooler cannot be read the chart says what is missing and how to fix it.
#include "core/metrics/poolerseries.h"
#include "db/historystore.h"
#include "gui/dashboard/dashboardworkspace.h"
#include "gui/dashboard/livechart.h"
#include "harness/testenv.h"
#include "services/statsfleet.h"
#include "services/translationloader.h"

#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace supadesk;

namespace {

DbEndpoint database()
{
    DbEndpoint e;
    e.host = testenv::value("SUPADESK_TEST_PG_HOST");
    e.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
    return e;
}

DbEndpoint pooler()
{
    DbEndpoint e = database();
    e.port = testenv::value("SUPADESK_TEST_PGBOUNCER_PORT").toInt();
    return e;
}

Stack stackNamed(const QString &name)
{
    Stack s;
    s.id = QStringLiteral("id-") + name;
    s.name = name;
    return s;
}

// SHOW POOLS as psql prints it, summed over the application's pools (the admin console's own pool
// is the dashboard reading it), read independently of the code under test.
QMap<QString, int> psqlPoolSums()
{
    QProcess psql;
    psql.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
               {QStringLiteral("-h"), pooler().host, QStringLiteral("-p"), QString::number(pooler().port),
                QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--csv"),
                QStringLiteral("-c"), QStringLiteral("SHOW POOLS"), QStringLiteral("pgbouncer")});
    if (!psql.waitForFinished(20000))
        return {};
    const QStringList lines =
        QString::fromUtf8(psql.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).split(QLatin1Char(','));
    QMap<QString, int> sums;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.value(int(header.indexOf(QStringLiteral("database")))) == QLatin1String("pgbouncer"))
            continue;
        for (const char *column : {"cl_active", "cl_waiting", "sv_active", "sv_idle"})
            sums[QLatin1String(column)] += cells.value(int(header.indexOf(QLatin1String(column)))).toInt();
    }
    return sums;
}

} // namespace

class TestDashboardPooler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_history;
    QStringList m_clients;

    void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    std::unique_ptr<DashboardWorkspace> makeDashboard(std::optional<DbEndpoint> poolerEndpoint)
    {
        // The app's fleet belongs to AppServices; here each dashboard has one of its own, which goes with it.
        auto *fleet = new StatsFleet;
        fleet->setHistoryDirectory(m_history.path());
        auto dashboard = std::make_unique<DashboardWorkspace>(
            [](const Stack &) { return database(); }, fleet,
            Preferences(m_history.filePath(QStringLiteral("settings.ini"))));
        fleet->setParent(dashboard.get());
        dashboard->setPoolerResolver([poolerEndpoint](const Stack &) { return poolerEndpoint; });
        dashboard->resize(1100, 760);
        dashboard->findChild<QSpinBox *>()->setValue(1);
        return dashboard;
    }

    // A client of the application database through the pooler; `inTransaction` holds a server.
    bool openClient(const QString &name, bool inTransaction)
    {
        QSqlDatabase db = pooler().addConnection(name, QString());
        m_clients << name;
        if (!db.open()) {
            qWarning() << db.lastError().text();
            return false;
        }
        if (!inTransaction)
            return true;
        QSqlQuery q(db);
        return q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("SELECT 1"));
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        REQUIRE_SERVICE("SUPADESK_TEST_PGBOUNCER_PORT", "PgBouncer (apt-get install pgbouncer)");
        QVERIFY(m_history.isValid());
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_clients)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }

    void chartShowsShowPools()
    {
        // Four clients: two inside a transaction (each holds a server in transaction pooling), two idle.
        QVERIFY(openClient(QStringLiteral("a"), true));
        QVERIFY(openClient(QStringLiteral("b"), true));
        QVERIFY(openClient(QStringLiteral("c"), false));
        QVERIFY(openClient(QStringLiteral("d"), false));
        const QMap<QString, int> shown = psqlPoolSums();
        QCOMPARE(shown.value(QStringLiteral("cl_active")), 4);
        QCOMPARE(shown.value(QStringLiteral("sv_active")), 2);

        auto dashboard = makeDashboard(pooler());
        dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(dashboard.get()));
        dashboard->setStack(stackNamed(QStringLiteral("pooled")));
        LiveChart *pool = dashboard->chart(DashboardWorkspace::Pooler);
        QTRY_VERIFY_WITH_TIMEOUT(pool->pointCount(0) >= 2, 20000);
        QCOMPARE(pool->lastValue(0), double(shown.value(QStringLiteral("cl_active"))));
        QCOMPARE(pool->lastValue(1), double(shown.value(QStringLiteral("cl_waiting"))));
        QCOMPARE(pool->lastValue(2), double(shown.value(QStringLiteral("sv_active"))));
        QCOMPARE(pool->lastValue(3), double(shown.value(QStringLiteral("sv_idle"))));
        QVERIFY2(pool->note().isEmpty(), qPrintable(pool->note()));
        const auto reading = dashboard->fleet()->lastPoolerSample(QStringLiteral("id-pooled"));
        QVERIFY(reading.has_value());
        QCOMPARE(reading->pools.clientsActive, 4);
        QCOMPARE(reading->pools.serversActive, 2);
        // The wait chart: the longest current wait at every reading, the average wait per transaction
        // for intervals that had transactions.
        LiveChart *wait = dashboard->chart(DashboardWorkspace::PoolerWait);
        QVERIFY(wait->pointCount(1) >= 1);
        QCOMPARE(wait->lastValue(1), 0.0); // nobody waits: a pool with a free server
        {
            QSqlQuery traffic(QSqlDatabase::database(QStringLiteral("c")));
            QElapsedTimer timer;
            timer.start();
            while (wait->pointCount(0) < 1 && timer.elapsed() < 15000) {
                QVERIFY(traffic.exec(QStringLiteral("SELECT 1")));
                QTest::qWait(20);
            }
        }
        QVERIFY(wait->pointCount(0) >= 1);
        QVERIFY(wait->lastValue(0) >= 0);

        // Every reading is in the history, under the stack's key, next to the database's samples.
        HistoryStore store(m_history.path());
        QVERIFY(store.openForReading().ok());
        const auto stored = store.query(QStringLiteral("id-pooled"), PoolerSeries::ClientsActive, 0,
                                        QDateTime::currentMSecsSinceEpoch() + 1, HistoryResolution::Raw);
        QVERIFY(stored.ok());
        QVERIFY(stored.value().size() >= 2);
        QCOMPARE(stored.value().constLast().max, 4.0);

        // The chart's place on the page, in both languages.
        auto *scroll = dashboard->findChild<QScrollArea *>(QStringLiteral("charts"));
        scroll->verticalScrollBar()->setValue(pool->mapTo(scroll->widget(), QPoint(0, 0)).y() - 8);
        QTest::qWait(3000);
        screenshot(dashboard.get(), QStringLiteral("dashboard-pooler-en"));
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(dashboard->title() != QLatin1String("Dashboard"));
        QTest::qWait(1200);
        screenshot(dashboard.get(), QStringLiteral("dashboard-pooler-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));

        // A past range draws the same readings from the history.
        dashboard->setRange(HistoryRange::Range::Hour);
        QVERIFY(pool->pointCount(0) >= 1);
        QCOMPARE(pool->lastValue(0), 4.0);
    }

    void unreachablePoolerIsExplained()
    {
        DbEndpoint nobody = pooler();
        nobody.port = 1;
        auto dashboard = makeDashboard(nobody);
        Stack s = stackNamed(QStringLiteral("unreachable"));
        s.poolerPort = 6543;
        dashboard->setStack(s);
        LiveChart *pool = dashboard->chart(DashboardWorkspace::Pooler);
        QTRY_VERIFY_WITH_TIMEOUT(!pool->note().isEmpty(), 20000);
        QVERIFY2(pool->note().contains(QLatin1String("Nothing answers on the pooler port 6543")),
                 qPrintable(pool->note()));
        QCOMPARE(dashboard->chart(DashboardWorkspace::PoolerWait)->note(), pool->note());
        QCOMPARE(pool->pointCount(0), 0);
        // The database's charts are not affected.
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->connectionsChart()->pointCount(0) >= 1, 20000);
    }

    void roleWithoutConsoleRightsIsExplained()
    {
        // PgBouncer knows only "postgres" (admin_users, stats_users, auth_file).
        DbEndpoint stranger = pooler();
        stranger.user = QStringLiteral("dashboard_viewer");
        auto dashboard = makeDashboard(stranger);
        dashboard->setStack(stackNamed(QStringLiteral("stranger")));
        LiveChart *pool = dashboard->chart(DashboardWorkspace::Pooler);
        QTRY_VERIFY_WITH_TIMEOUT(!pool->note().isEmpty(), 20000);
        QVERIFY2(pool->note().contains(QLatin1String("stats_users")) &&
                     pool->note().contains(QLatin1String("dashboard_viewer")),
                 qPrintable(pool->note()));
    }

    void tunnelWithoutPoolerIsExplained()
    {
        auto dashboard = makeDashboard(std::nullopt);
        dashboard->setStack(stackNamed(QStringLiteral("nopooler")));
        QVERIFY2(dashboard->chart(DashboardWorkspace::Pooler)->note().contains(QLatin1String("pooler port")),
                 qPrintable(dashboard->chart(DashboardWorkspace::Pooler)->note()));
    }
};

QTEST_MAIN(TestDashboardPooler)
#include "tst_dashboardpooler.moc"
