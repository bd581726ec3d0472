// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard's replication table against the harness's real PostgreSQL with a real WAL receiver
// (pg_receivewal streams from it as a standby does), what a role without pg_monitor is told, a stack
// whose tunnel is reconnecting, and the history retention a user sets from the dashboard.
#include "core/metrics/statsseries.h"
#include "db/historystore.h"
#include "gui/dashboard/dashboardworkspace.h"
#include "gui/dashboard/fleetoverview.h"
#include "gui/dashboard/fleettile.h"
#include "gui/dashboard/historyretentiondialog.h"
#include "gui/dashboard/livechart.h"
#include "gui/dashboard/standbytable.h"
#include "harness/testenv.h"
#include "services/statsfleet.h"
#include "services/translationloader.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace supadesk;

namespace {

const QString standbyName = QStringLiteral("supadesk-standby-test");

DbEndpoint database(const QString &user = QStringLiteral("postgres"))
{
    DbEndpoint e;
    e.host = testenv::value("SUPADESK_TEST_PG_HOST");
    e.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
    e.user = user;
    return e;
}

Stack stackNamed(const QString &name)
{
    Stack s;
    s.id = QStringLiteral("id-") + name;
    s.name = name;
    return s;
}

QString psql(const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
            {QStringLiteral("-h"), database().host, QStringLiteral("-p"), QString::number(database().port),
             QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-qAt"), QStringLiteral("-c"),
             sql, QStringLiteral("postgres")});
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestDashboardStandbys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_receiver;

    void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // Georgian as it will be once translations/pending is merged, when a catalogue with it is given.
    void georgian() { QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka"))); }

    void english() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    std::unique_ptr<DashboardWorkspace> makeDashboard(DatabaseWorkspace::EndpointResolver resolver)
    {
        // The app's fleet belongs to AppServices; here each dashboard has one of its own, which goes with it.
        auto *fleet = new StatsFleet;
        fleet->setHistoryDirectory(m_dir.filePath(QStringLiteral("history")));
        auto dashboard = std::make_unique<DashboardWorkspace>(
            std::move(resolver), fleet, Preferences(m_dir.filePath(QStringLiteral("settings.ini"))));
        fleet->setParent(dashboard.get());
        dashboard->resize(1100, 760);
        dashboard->findChild<QSpinBox *>()->setValue(1);
        return dashboard;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QVERIFY(m_dir.isValid());
        english();
        // A standby's WAL receiver, streaming from the harness's server and flushing what it gets.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("wal"))));
        m_receiver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_receiver.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_receivewal"),
                         {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("wal")),
                          QStringLiteral("--synchronous"), QStringLiteral("--no-loop"), QStringLiteral("-d"),
                          QStringLiteral("host=%1 port=%2 user=postgres application_name=%3")
                              .arg(database().host)
                              .arg(database().port)
                              .arg(standbyName)});
        QVERIFY(m_receiver.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(
            psql(QStringLiteral("SELECT state FROM pg_stat_replication WHERE application_name = '%1'")
                     .arg(standbyName)),
            QStringLiteral("streaming"), 20000);
        psql(QStringLiteral("DROP ROLE IF EXISTS dash_viewer; CREATE ROLE dash_viewer LOGIN"));
    }

    void cleanupTestCase()
    {
        m_receiver.terminate();
        m_receiver.waitForFinished(5000);
        english();
    }

    void standbyTableShowsTheReceiver()
    {
        auto dashboard = makeDashboard([](const Stack &) { return database(); });
        dashboard->resize(1100, 1000);
        dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(dashboard.get()));
        dashboard->setStack(stackNamed(QStringLiteral("primary")));
        // Some WAL to stream, so the lag columns have something to say.
        psql(QStringLiteral("CREATE TABLE IF NOT EXISTS standby_load (n int); INSERT INTO standby_load "
                            "SELECT generate_series(1, 1000)"));
        QTableWidget *table = dashboard->standbyTable()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 1, 20000);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, StandbyTable::Application)->text() == standbyName)
                row = r;
        QVERIFY2(row >= 0, "the WAL receiver is not in the standby table");
        // What pg_stat_replication says, read independently.
        const QStringList shown = psql(QStringLiteral("SELECT host(client_addr), state, sync_state, "
                                                      "replay_lsn IS NULL FROM pg_stat_replication WHERE "
                                                      "application_name = '%1'")
                                           .arg(standbyName))
                                      .split(QLatin1Char('|'));
        QCOMPARE(shown.size(), 4);
        QCOMPARE(table->item(row, StandbyTable::Address)->text(), shown.at(0));
        QCOMPARE(table->item(row, StandbyTable::State)->text(), shown.at(1));
        QCOMPARE(table->item(row, StandbyTable::SyncState)->text(), shown.at(2));
        // The receiver writes and flushes but never replays: write and flush lag in bytes, replay empty.
        QTableWidgetItem *write = table->item(row, StandbyTable::WriteLag);
        QTableWidgetItem *flush = table->item(row, StandbyTable::FlushLag);
        QVERIFY(write->data(Qt::UserRole).isValid() && write->data(Qt::UserRole).toLongLong() >= 0);
        QVERIFY(flush->data(Qt::UserRole).isValid() && flush->data(Qt::UserRole).toLongLong() >= 0);
        QCOMPARE(shown.at(3), QStringLiteral("t"));
        QVERIFY(!table->item(row, StandbyTable::ReplayLag)->data(Qt::UserRole).isValid());
        QVERIFY(table->item(row, StandbyTable::ReplayLag)->text().startsWith(QStringLiteral("–")));
        QVERIFY(!dashboard->standbyTable()->note().contains(QLatin1String("GRANT")));

        auto *scroll = dashboard->findChild<QScrollArea *>(QStringLiteral("charts"));
        scroll->verticalScrollBar()->setValue(
            dashboard->chart(DashboardWorkspace::Replication)->mapTo(scroll->widget(), QPoint(0, 0)).y() - 8);
        QTest::qWait(1200);
        screenshot(dashboard.get(), QStringLiteral("dashboard-standbys-en"));
        georgian();
        QTRY_VERIFY(dashboard->title() != QLatin1String("Dashboard"));
        QTest::qWait(1200);
        screenshot(dashboard.get(), QStringLiteral("dashboard-standbys-ka"));
        english();
    }

    void roleWithoutPgMonitorIsTold()
    {
        auto dashboard = makeDashboard([](const Stack &) { return database(QStringLiteral("dash_viewer")); });
        dashboard->setStack(stackNamed(QStringLiteral("viewer")));
        StandbyTable *standbys = dashboard->standbyTable();
        QTRY_VERIFY_WITH_TIMEOUT(!standbys->note().isEmpty(), 20000);
        QVERIFY2(standbys->note().contains(QLatin1String("GRANT pg_monitor TO dash_viewer")),
                 qPrintable(standbys->note()));
        // The rest of the dashboard works for this role.
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->connectionsChart()->pointCount(0) >= 1, 20000);

        // Granted pg_monitor, the same role sees the receiver's details.
        psql(QStringLiteral("GRANT pg_monitor TO dash_viewer"));
        QTRY_VERIFY_WITH_TIMEOUT(!standbys->note().contains(QLatin1String("GRANT")), 20000);
        bool found = false;
        for (int r = 0; r < standbys->table()->rowCount(); ++r)
            found = found ||
                    standbys->table()->item(r, StandbyTable::State)->text() == QLatin1String("streaming");
        QVERIFY(found);
        psql(QStringLiteral("REVOKE pg_monitor FROM dash_viewer"));
    }

    void reconnectingKeepsTheLastFigures()
    {
        std::optional<DbEndpoint> endpoint = database();
        bool reconnecting = false;
        auto dashboard = makeDashboard([&endpoint](const Stack &) { return endpoint; });
        dashboard->setReconnectingSource([&reconnecting](const Stack &) { return reconnecting; });
        dashboard->setFleetSource([] { return StackList{stackNamed(QStringLiteral("flaky"))}; });
        dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(dashboard.get()));
        dashboard->setStack(stackNamed(QStringLiteral("flaky")));
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->samplesShown() >= 2, 20000);
        const int points = dashboard->connectionsChart()->pointCount(0);

        // The tunnel drops and is being re-established: no endpoint, but not "not connected".
        endpoint.reset();
        reconnecting = true;
        dashboard->connectionChanged();
        auto *status = dashboard->findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY2(status->text().startsWith(QStringLiteral("Reconnecting to “flaky”…")),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String(" s ago")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(QLatin1String("Connect “flaky”")));
        QCOMPARE(dashboard->connectionsChart()->pointCount(0), points);

        dashboard->showFleet(true);
        FleetOverview *overview = dashboard->fleetOverview();
        QTRY_VERIFY_WITH_TIMEOUT(overview->tiles().size() == 1 && overview->tiles().first()->stateText() ==
                                                                      QStringLiteral("Reconnecting…"),
                                 5000);
        FleetTile *tile = overview->tiles().first();
        QVERIFY(tile->stateText() != QStringLiteral("Not connected"));
        // The tile keeps the last figures and says how old they are.
        const QStringList labels = [tile] {
            QStringList texts;
            for (QLabel *l : tile->findChildren<QLabel *>())
                texts << l->text();
            return texts;
        }();
        QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                             [](const QString &t) { return t.endsWith(QLatin1String(" s ago")); }),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QTest::qWait(1100);
        screenshot(dashboard.get(), QStringLiteral("fleet-reconnecting-en"));
        georgian();
        QTest::qWait(1100);
        screenshot(dashboard.get(), QStringLiteral("fleet-reconnecting-ka"));
        english();
        dashboard->showFleet(false);

        // Back up: sampling resumes.
        endpoint = database();
        reconnecting = false;
        dashboard->connectionChanged();
        const int before = dashboard->samplesShown();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->samplesShown() > before, 20000);
        QVERIFY2(status->text().startsWith(QLatin1String("Live")), qPrintable(status->text()));
    }

    void retentionIsSetFromTheDashboardAndPrunes()
    {
        // History older than a day: a raw sample and its minute and hour roll-ups, 36 hours ago.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 old = now - 36 * Rollup::HourMs;
        {
            HistoryStore store(m_dir.filePath(QStringLiteral("history")));
            QVERIFY(store.open().ok());
            QVERIFY(store.append(QStringLiteral("id-kept"), old, {{StatsSeries::Tps, 42.0}}).ok());
        }
        auto dashboard = makeDashboard([](const Stack &) { return std::optional<DbEndpoint>(); });
        QCOMPARE(dashboard->fleet()->retention(), RetentionPolicy{});

        // The dialog from the toolbar: every sample for 1 day instead of 2; minutes for 3 days.
        QString seen;
        QTimer::singleShot(0, this, [&seen] {
            auto *dialog = qobject_cast<HistoryRetentionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = dialog->windowTitle();
            dialog->findChild<QSpinBox *>(QStringLiteral("rawDays"))->setValue(1);
            dialog->findChild<QSpinBox *>(QStringLiteral("minuteDays"))->setValue(3);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        dashboard->findChild<QAction *>(QStringLiteral("retention"))->trigger();
        QCOMPARE(seen, QStringLiteral("History Retention"));
        const RetentionPolicy chosen = RetentionPolicy::fromDays(1, 3, RetentionPolicy::DefaultHourDays);
        QCOMPARE(dashboard->fleet()->retention(), chosen);
        QCOMPARE(Preferences(m_dir.filePath(QStringLiteral("settings.ini"))).historyRetention(), chosen);

        // The next sample prunes with it: the raw sample goes, its roll-ups stay.
        auto sampler = makeDashboard([](const Stack &) { return database(); });
        QCOMPARE(sampler->fleet()->retention(), chosen); // read back from the preferences
        sampler->setStack(stackNamed(QStringLiteral("kept")));
        HistoryStore reader(m_dir.filePath(QStringLiteral("history")));
        QVERIFY(reader.openForReading().ok());
        auto count = [&](HistoryResolution r) {
            return reader.query(QStringLiteral("id-kept"), StatsSeries::Tps, old - Rollup::HourMs, old + 1, r)
                .value()
                .size();
        };
        QTRY_COMPARE_WITH_TIMEOUT(count(HistoryResolution::Raw), 0, 20000);
        QCOMPARE(count(HistoryResolution::Minute), 1);
        QCOMPARE(count(HistoryResolution::Hour), 1);
    }

    void retentionDialogInGeorgian()
    {
        HistoryRetentionDialog dialog(RetentionPolicy{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, QStringLiteral("dashboard-retention-en"));
        georgian();
        QTest::qWait(100);
        dialog.adjustSize();
        screenshot(&dialog, QStringLiteral("dashboard-retention-ka"));
        english();
        // Restore Defaults puts the defaults back; the order is kept as the user types.
        dialog.findChild<QSpinBox *>(QStringLiteral("rawDays"))->setValue(10);
        dialog.findChild<QSpinBox *>(QStringLiteral("minuteDays"))->setValue(5);
        QCOMPARE(dialog.policy().minuteDays(), 10);
        dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaults"))->click();
        QCOMPARE(dialog.policy(), RetentionPolicy{});
    }
};

QTEST_MAIN(TestDashboardStandbys)
#include "tst_dashboardstandbys.moc"
