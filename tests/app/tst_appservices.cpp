// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: AppServices builds one of each long-lived service in the profile's
// locations, and the main window's workspaces are handed those very ones (one uptime history
// connection for the monitor and the Uptime workspace, one statistics fleet).
#include "gui/dashboard/dashboardworkspace.h"
#include "gui/uptime/uptimeworkspace.h"
#include "harness/appwindow.h"
#include "services/statsfleet.h"
#include "services/translationloader.h"
#include "services/uptime/uptimemonitor.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

// The uptime history connections open in this process (UptimeStore names its own).
int uptimeConnections()
{
    int n = 0;
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.startsWith(QLatin1String("supadesk-uptime-")) &&
            QSqlDatabase::database(name, false).isOpen())
            ++n;
    return n;
}

const QString kKeychain = QStringLiteral("Supadesk app services test");

} // namespace

class TestAppServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void servicesLiveInTheProfileLocations()
    {
        QTemporaryDir dir;
        const AppLocations where = testenv::appLocations(dir.path(), kKeychain);
        AppServices services(where);
        QCOMPARE(services.locations().dataDir, where.dataDir);
        QVERIFY2(services.uptimeProblem().isEmpty(), qPrintable(services.uptimeProblem()));
        QVERIFY(services.uptimeStore().isOpen());
        QVERIFY(QFile::exists(services.uptimeStore().filePath()));
        QVERIFY(services.uptimeStore().filePath().startsWith(where.dataDir));
        QVERIFY(services.uptimeMonitor());
        QCOMPARE(services.statsFleet().historyDirectory(), where.dataDir);
        QCOMPARE(services.secrets().service(), kKeychain);

        Stack s;
        s.name = QStringLiteral("kept");
        s.sshHost = QStringLiteral("db.example");
        s.sshUser = QStringLiteral("ops");
        QVERIFY(services.stacks().add(s).ok());
        services.preferences().setLastStackId(QStringLiteral("x"));
        // Both were written to the profile's settings file.
        QCOMPARE(StackRepository(StackStore(where.settingsFile)).stacks().size(), 1);
        QCOMPARE(Preferences(where.settingsFile).lastStackId(), QStringLiteral("x"));
    }

    void theWorkspacesShareTheServices()
    {
        QTemporaryDir dir;
        AppServices services(testenv::appLocations(dir.path(), kKeychain));
        Stack s;
        s.name = QStringLiteral("shared");
        s.sshHost = QStringLiteral("db.example");
        s.sshUser = QStringLiteral("ops");
        QVERIFY(services.stacks().add(s).ok());
        const QString id = services.stacks().findByName(s.name)->id;
        MainWindow window(windowServices(services));
        window.show();
        window.selectStack(id);
        QCOMPARE(window.currentStack()->id, id);

        // The Uptime workspace reads the monitor's store: no second connection to the history file.
        auto *uptime = window.findChild<UptimeWorkspace *>();
        QVERIFY(uptime);
        QVERIFY(uptime->overview().has_value());
        QCOMPARE(uptimeConnections(), 1);
        // What the workspace saves is in the store the monitor reads its settings from.
        auto *target = uptime->findChild<QDoubleSpinBox *>(QStringLiteral("target"));
        target->setValue(99.5);
        QCOMPARE(services.uptimeStore().target(id).value(), 0.995);

        // The Dashboard samples through the app's one fleet.
        auto *dashboard = window.findChild<DashboardWorkspace *>();
        QVERIFY(dashboard);
        QCOMPARE(dashboard->fleet(), &services.statsFleet());
    }

    void anUnopenableHistoryLeavesTheMonitorOutAndSaysWhy()
    {
        QTemporaryDir dir;
        const AppLocations where = testenv::appLocations(dir.path(), kKeychain);
        QFile blocker(where.dataDir); // a file where the data directory should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        testenv::AppWindow app(dir.path(), kKeychain);
        QVERIFY(!app.services->uptimeStore().isOpen());
        QVERIFY(!app.services->uptimeMonitor());
        QVERIFY(!app.services->uptimeProblem().isEmpty());
        QCOMPARE(app.window->statusBar()->currentMessage(), app.services->uptimeProblem());
    }
};

QTEST_MAIN(TestAppServices)
#include "tst_appservices.moc"
