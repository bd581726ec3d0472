// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard's Host tab as the app wires it: a stack connected through the ConnectionManager is read
// over its SSH session at the dashboard's interval, its readings go to the history under the stack's
// key, and disconnecting stops the reading. With SUPADESK_SCREENSHOT_DIR set, the Dashboard with the
// Host tab open is saved at 1280×720 as dashboard-host-<language>.png.
#include "core/host/hostrates.h"
#include "db/historystore.h"
#include "gui/dashboard/dashboardworkspace.h"
#include "gui/dashboard/fleetoverview.h"
#include "gui/dashboard/fleettile.h"
#include "gui/dashboard/hostpanel.h"
#include "harness/harnessstack.h"
#include "services/connectionmanager.h"
#include "services/host/fleethostsampler.h"
#include "services/host/hostsampler.h"
#include "services/secretstore.h"
#include "services/statsfleet.h"
#include "services/translationloader.h"

#include <QDateTime>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestDashboardHost : public QObject
{
    Q_OBJECT

    QTemporaryDir m_history;

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QVERIFY(m_history.isValid());
    }

    void cleanup() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void hostTabFollowsTheConnection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ka") << QStringLiteral("ka");
    }

    void hostTabFollowsTheConnection()
    {
        QFETCH(QString, language);
        QVERIFY(TranslationLoader::instance().apply(language));
        SecretStore secrets(QStringLiteral("Supadesk host tab test"));
        ConnectionManager connections(&secrets);
        const Stack s = testenv::harnessStack(QStringLiteral("host-") + language);
        QVERIFY(testenv::connectStack(connections, s));

        auto *fleet = new StatsFleet;
        fleet->setHistoryDirectory(m_history.path());
        DashboardWorkspace dashboard(
            [&connections](const Stack &stack) { return connections.databaseEndpoint(stack); }, fleet,
            Preferences(m_history.filePath(QStringLiteral("settings.ini"))));
        fleet->setParent(&dashboard);
        dashboard.setConnectionManager(&connections);
        dashboard.resize(1280, 720);
        dashboard.findChild<QSpinBox *>()->setValue(1);
        dashboard.setStack(s);
        auto *tabs = dashboard.findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
        tabs->setCurrentWidget(dashboard.hostPanel());
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));

        HostPanel *panel = dashboard.hostPanel();
        QVERIFY(testenv::waitFor(
            [&] { return panel->lastReading() && panel->lastReading()->rates.cpuBusyPercent; }));
        QVERIFY(panel->lastReading()->sample.memory.has_value());
        QVERIFY(panel->diskTable()->rowCount() >= 1);
        QVERIFY(panel->sampler()->isRunning());
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(
                dashboard.grab().save(dir + QStringLiteral("/dashboard-host-%1.png").arg(language), "PNG"));

        HistoryStore store(m_history.path());
        QVERIFY(store.openForReading().ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto memory = store.query(StatsFleet::keyOf(s), QStringLiteral("host.mem.used"), now - 600000,
                                        now + 1000, HistoryResolution::Raw);
        QVERIFY(memory.ok() && !memory.value().isEmpty());
        const auto disk = store.query(StatsFleet::keyOf(s), HostSeries::diskUsedMetric(QStringLiteral("/")),
                                      now - 600000, now + 1000, HistoryResolution::Raw);
        QVERIFY(disk.ok() && !disk.value().isEmpty());

        connections.disconnectStack(s.id);
        QVERIFY(testenv::waitFor([&] { return !panel->sampler()->isRunning(); }));
        QVERIFY(panel->statusText().contains(s.name));
    }

    // The fleet overview as the app wires it: every connected stack's tile shows its host; the stack
    // open in the Host tab is read there (its tile takes those readings), the others by the fleet's
    // slow sampler, one batch each.
    void fleetTilesShowEveryConnectedHost()
    {
        SecretStore secrets(QStringLiteral("Supadesk fleet host test"));
        ConnectionManager connections(&secrets);
        const Stack shown = testenv::harnessStack(QStringLiteral("fleet-shown"));
        const Stack other = testenv::harnessStack(QStringLiteral("fleet-other"));
        QVERIFY(testenv::connectStack(connections, shown));
        QVERIFY(testenv::connectStack(connections, other));
        auto *fleet = new StatsFleet;
        fleet->setHistoryDirectory(m_history.path());
        DashboardWorkspace dashboard(
            [&connections](const Stack &stack) { return connections.databaseEndpoint(stack); }, fleet,
            Preferences(m_history.filePath(QStringLiteral("settings.ini"))));
        fleet->setParent(&dashboard);
        dashboard.setFleetSource([&] { return StackList{shown, other}; });
        dashboard.setConnectionManager(&connections);
        dashboard.findChild<QSpinBox *>()->setValue(1);
        dashboard.setStack(shown);
        dashboard.resize(1280, 720);
        dashboard.show();
        dashboard.showFleet(true);
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto tile = [&](const Stack &s) {
            return dashboard.fleetOverview()->findChild<FleetTile *>(QStringLiteral("fleetTile-") + s.name);
        };
        QVERIFY(testenv::waitFor(
            [&] { return tile(shown) && tile(shown)->host() && tile(other) && tile(other)->host(); }, 20000));
        QVERIFY(tile(other)->host()->memoryUsedPercent.has_value());
        QVERIFY(tile(shown)->host()->fullestDisk.has_value());
        // A round of the fleet's sampler reads only the stack the Host tab does not read.
        const int before = dashboard.fleetHostSampler()->batchesRun();
        dashboard.fleetHostSampler()->sampleNow();
        QCOMPARE(dashboard.fleetHostSampler()->batchesRun(), before + 1);
        QVERIFY(dashboard.hostPanel()->sampler()->isRunning());

        connections.disconnectStack(other.id);
        QVERIFY(testenv::waitFor(
            [&] { return !dashboard.fleetHostSampler()->lastReading(StatsFleet::keyOf(other)); }));
    }
};

QTEST_MAIN(TestDashboardHost)
#include "tst_dashboardhost.moc"
