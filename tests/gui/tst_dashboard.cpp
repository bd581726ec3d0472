// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard against the harness's real PostgreSQL: samples arrive off the GUI thread, commits the
// test makes show up as transactions per second, the connections chart knows max_connections, a
// blocked session shows up in the Activity tab and can be cancelled there, past ranges come from the
// local history (also in a new window, as after a restart), and the fleet overview puts the stack that
// needs attention first.
#include "core/metrics/statsseries.h"
#include "gui/dashboard/activitypanel.h"
#include "gui/dashboard/dashboardworkspace.h"
#include "gui/dashboard/fleetoverview.h"
#include "gui/dashboard/fleettile.h"
#include "gui/dashboard/livechart.h"
#include "harness/testenv.h"
#include "services/statsfleet.h"
#include "services/translationloader.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

DbEndpoint harnessEndpoint()
{
    DbEndpoint endpoint;
    endpoint.host = testenv::value("SUPADESK_TEST_PG_HOST");
    endpoint.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
    return endpoint;
}

Stack stackNamed(const QString &name)
{
    Stack s;
    s.id = QStringLiteral("id-") + name;
    s.name = name;
    return s;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    std::optional<DbEndpoint> m_endpoint;
    std::unique_ptr<DashboardWorkspace> m_dashboard;
    QTemporaryDir m_history;

    void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    std::unique_ptr<DashboardWorkspace> makeDashboard(DatabaseWorkspace::EndpointResolver resolver)
    {
        // The app's fleet belongs to AppServices; here each dashboard has one of its own, which goes with it.
        auto *fleet = new StatsFleet;
        fleet->setHistoryDirectory(m_history.path());
        auto dashboard = std::make_unique<DashboardWorkspace>(
            std::move(resolver), fleet, Preferences(m_history.filePath(QStringLiteral("settings.ini"))));
        fleet->setParent(dashboard.get());
        dashboard->resize(1100, 760);
        dashboard->findChild<QSpinBox *>()->setValue(1);
        return dashboard;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QVERIFY(m_history.isValid());
        TranslationLoader::instance().apply(QStringLiteral("en"));
        m_dashboard = makeDashboard([this](const Stack &) { return m_endpoint; });
        m_dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    }

    void chartsFollowTheDatabase()
    {
        m_dashboard->setStack(stackNamed(QStringLiteral("prod")));
        QVERIFY(m_dashboard->findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .contains(QLatin1String("Connect")));

        m_endpoint = harnessEndpoint();
        m_dashboard->connectionChanged();

        // Commit transactions while the dashboard samples.
        {
            QSqlDatabase db = harnessEndpoint().addConnection(QStringLiteral("load"), QString());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dashboard_load (n int)")));
            QElapsedTimer timer;
            timer.start();
            while (m_dashboard->samplesShown() < 4 && timer.elapsed() < 30000) {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO dashboard_load VALUES (1)")));
                QTest::qWait(5);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("load"));
        QVERIFY(m_dashboard->samplesShown() >= 4);
        QVERIFY(m_dashboard->transactionsChart()->pointCount(0) >= 3);
        QVERIFY2(m_dashboard->transactionsChart()->lastValue(0) > 1.0,
                 qPrintable(QString::number(m_dashboard->transactionsChart()->lastValue(0))));
        QVERIFY(m_dashboard->connectionsChart()->pointCount(0) >= 4);
        const QString summary = m_dashboard->findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QLatin1String("of 300 connections")), qPrintable(summary));
        // The harness has no standby: the replication chart says so instead of staying blank.
        QVERIFY2(
            m_dashboard->chart(DashboardWorkspace::Replication)->note().contains(QLatin1String("standby")),
            qPrintable(m_dashboard->chart(DashboardWorkspace::Replication)->note()));
        QVERIFY(m_dashboard->chart(DashboardWorkspace::DatabaseSize)->lastValue(0) > 1); // MiB
        screenshot(m_dashboard.get(), QStringLiteral("dashboard-en"));
    }

    void activityShowsABlockedSessionAndCancelsIt()
    {
        QSqlDatabase holder = harnessEndpoint().addConnection(QStringLiteral("holder"),
                                                              QStringLiteral("application_name=gui-holder"));
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dashboard_lock (id int)")));
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("LOCK TABLE dashboard_lock IN ACCESS EXCLUSIVE MODE")));
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        const int holderPid = q.value(0).toInt();
        QProcess blocked;
        const auto cleanup = qScopeGuard([&] {
            blocked.kill();
            blocked.waitForFinished(5000);
            holder.close();
            holder = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        });
        blocked.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                      {QStringLiteral("-h"), harnessEndpoint().host, QStringLiteral("-p"),
                       QString::number(harnessEndpoint().port), QStringLiteral("-U"),
                       QStringLiteral("postgres"), QStringLiteral("-c"),
                       QStringLiteral("SELECT count(*) FROM dashboard_lock")});
        QVERIFY(blocked.waitForStarted());

        auto *tabs = m_dashboard->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
        tabs->setCurrentWidget(m_dashboard->activityPanel());
        ActivityPanel *panel = m_dashboard->activityPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->blockingTable()->rowCount(), 1, 20000);
        QCOMPARE(panel->blockingTable()->item(0, 3)->text(), QString::number(holderPid));
        const int blockedPid = panel->blockingTable()->item(0, 0)->text().toInt();
        screenshot(m_dashboard.get(), QStringLiteral("dashboard-activity-en"));

        // Declining the confirmation sends nothing.
        QString asked;
        panel->setConfirmation([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return false;
        });
        QVERIFY(panel->selectSession(blockedPid));
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelQuery"));
        QVERIFY(cancel->isEnabled());
        QSignalSpy finished(panel, &ActivityPanel::signalFinished);
        cancel->click();
        QVERIFY(asked.contains(QString::number(blockedPid)));
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(blocked.state(), QProcess::Running);

        panel->setConfirmation([](QWidget *, const QString &, const QString &) { return true; });
        QVERIFY(panel->selectSession(blockedPid));
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        // The event loop runs while the test waits, so QProcess may have seen psql exit already.
        if (blocked.state() != QProcess::NotRunning)
            QVERIFY(blocked.waitForFinished(10000));
        QVERIFY(
            QString::fromUtf8(blocked.readAllStandardError()).contains(QLatin1String("canceling statement")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->blockingTable()->rowCount(), 0, 10000);
        tabs->setCurrentIndex(0);
    }

    void pastRangesComeFromTheHistory()
    {
        // A second dashboard, as after a restart, shows the last hour from what the first one stored
        // (at exit the samples still queued for the file are written: here the first one lives on).
        m_dashboard->fleet()->flushHistory();
        auto again = makeDashboard([](const Stack &) { return std::optional<DbEndpoint>(); });
        again->setStack(stackNamed(QStringLiteral("prod")));
        again->setRange(HistoryRange::Range::Hour);
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        LiveChart *tps = again->transactionsChart();
        QVERIFY2(tps->pointCount(0) >= 1, "the last hour is empty");
        QCOMPARE(tps->viewEndMs() - tps->viewStartMs(), qint64(3'600'000));
        QVERIFY(again->connectionsChart()->pointCount(0) >= 1);

        // Zoom around the newest point, pan back, reset.
        tps->zoom(0.1, 1.0);
        QVERIFY(tps->isZoomed());
        QCOMPARE(tps->viewEndMs() - tps->viewStartMs(), qint64(360'000));
        const qint64 end = tps->viewEndMs();
        tps->pan(-60'000);
        QCOMPARE(tps->viewEndMs(), end - 60'000);
        QWheelEvent wheel(QPointF(200, 100), tps->mapToGlobal(QPointF(200, 100)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(tps->viewport(), &wheel);
        QVERIFY(tps->viewEndMs() - tps->viewStartMs() < 360'000);
        again->findChild<QAction *>(QStringLiteral("resetZoom"))->trigger();
        QVERIFY(!tps->isZoomed());
        QCOMPARE(tps->viewEndMs() - tps->viewStartMs(), qint64(3'600'000));

        // Export: a PNG that is an image, and CSV with a header and the points.
        QTemporaryDir out;
        QVERIFY(tps->exportPng(out.filePath(QStringLiteral("tps.png"))).ok());
        QVERIFY(!QImage(out.filePath(QStringLiteral("tps.png"))).isNull());
        QVERIFY(tps->exportCsv(out.filePath(QStringLiteral("tps.csv"))).ok());
        QFile csv(out.filePath(QStringLiteral("tps.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("time,Commits,Rollbacks"));
        QCOMPARE(lines.size(), tps->pointCount(0) + 1);
        QVERIFY(!tps->exportCsv(QStringLiteral("/nonexistent-dir/tps.csv")).ok());
        screenshot(again.get(), QStringLiteral("dashboard-hour-en"));

        // Back to live: the last five minutes are filled from the history at once.
        again->setRange(HistoryRange::Range::Live);
        QVERIFY(again->transactionsChart()->pointCount(0) >= 3);
        QCOMPARE(again->findChild<QComboBox *>(QStringLiteral("range"))->currentIndex(), 0);
    }

    void pauseFreezesTheCharts()
    {
        auto *pause = m_dashboard->findChild<QAction *>(QStringLiteral("pause"));
        pause->setChecked(true);
        QTest::qWait(300);
        const int before = m_dashboard->samplesShown();
        const int points = m_dashboard->connectionsChart()->pointCount(0);
        QTest::qWait(2500);
        QCOMPARE(m_dashboard->samplesShown(), before);
        QCOMPARE(m_dashboard->connectionsChart()->pointCount(0), points);
        pause->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->samplesShown() > before, 10000);
    }

    void fleetOverviewWorstFirst()
    {
        // prod and staging reach the harness's server; broken is "connected" to a port nobody listens
        // on; offline is not connected.
        DbEndpoint broken = harnessEndpoint();
        broken.port = 1;
        const QHash<QString, std::optional<DbEndpoint>> endpoints = {
            {QStringLiteral("prod"), harnessEndpoint()},
            {QStringLiteral("staging"), harnessEndpoint()},
            {QStringLiteral("broken"), broken},
            {QStringLiteral("offline"), std::nullopt}};
        auto fleet = makeDashboard([endpoints](const Stack &s) { return endpoints.value(s.name); });
        fleet->setFleetSource([] {
            return StackList{stackNamed(QStringLiteral("offline")), stackNamed(QStringLiteral("prod")),
                             stackNamed(QStringLiteral("broken")), stackNamed(QStringLiteral("staging"))};
        });
        fleet->show();
        QVERIFY(QTest::qWaitForWindowExposed(fleet.get()));
        FleetOverview *overview = fleet->fleetOverview();
        QVERIFY(overview->isVisible());
        auto names = [overview] {
            QStringList n;
            for (FleetTile *t : overview->tiles())
                n.append(t->stackId());
            return n;
        };
        // Once both healthy stacks have two samples (TPS needs two), the order settles.
        QTRY_VERIFY_WITH_TIMEOUT(overview->tiles().size() == 4 &&
                                     overview->tiles().at(1)->stateText().startsWith(QLatin1String("Up")) &&
                                     overview->tiles().at(2)->stateText().startsWith(QLatin1String("Up")) &&
                                     fleet->fleet()->statuses().at(1).tps.has_value() &&
                                     fleet->fleet()->statuses().at(3).tps.has_value(),
                                 20000);
        QCOMPARE(names().first(), QStringLiteral("id-broken"));
        QVERIFY(overview->tiles().first()->stateText().startsWith(QLatin1String("Down")));
        QCOMPARE(names().last(), QStringLiteral("id-offline"));
        QCOMPARE(overview->tiles().last()->stateText(), QStringLiteral("Not connected"));
        QTest::qWait(1100); // the tiles refresh once a second
        screenshot(fleet.get(), QStringLiteral("fleet-en"));

        // A click opens the stack.
        QSignalSpy activated(fleet.get(), &DashboardWorkspace::stackActivated);
        FleetTile *prod = overview->findChild<FleetTile *>(QStringLiteral("fleetTile-prod"));
        QVERIFY(prod);
        QTest::mouseClick(prod, Qt::LeftButton);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("id-prod"));
        fleet->setStack(stackNamed(QStringLiteral("prod")));
        QVERIFY(!overview->isVisible());
        // Each stack is sampled once, whichever page shows it.
        QCOMPARE(fleet->fleet()->keys().size(), 4);
        fleet->showFleet(true);
        QVERIFY(overview->isVisible());

        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTest::qWait(1100);
        screenshot(fleet.get(), QStringLiteral("fleet-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }

    void georgian()
    {
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(m_dashboard->findChild<QAction *>(QStringLiteral("pause"))->text() !=
                    QLatin1String("Pause"));
        QTest::qWait(1500);
        // Every chart writes its axes in Georgian: decimal commas on the value axis, Georgian month
        // names on the time axis.
        for (int c = 0; c < DashboardWorkspace::ChartCount; ++c) {
            QVERIFY(m_dashboard->chart(DashboardWorkspace::Chart(c))->chart()->localizeNumbers());
            QCOMPARE(m_dashboard->chart(DashboardWorkspace::Chart(c))->chart()->locale().language(),
                     QLocale::Georgian);
        }
        screenshot(m_dashboard.get(), QStringLiteral("dashboard-ka"));
        auto *tabs = m_dashboard->findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
        tabs->setCurrentWidget(m_dashboard->activityPanel());
        QTest::qWait(200);
        screenshot(m_dashboard.get(), QStringLiteral("dashboard-activity-ka"));
        tabs->setCurrentIndex(0);
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
