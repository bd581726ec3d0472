// The Dashboard against the harness's real PostgreSQL: samples arrive off the GUI thread, commits the
// test makes show up as transactions per second, and the connections chart knows max_connections.
#include "gui/dashboard/dashboardworkspace.h"
#include "gui/dashboard/livechart.h"
#include "harness/testenv.h"
#include "services/translationloader.h"

#include <QAction>
#include <QLabel>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace supadesk;

class TestDashboard : public QObject
{
    Q_OBJECT

    std::optional<DbEndpoint> m_endpoint;
    std::unique_ptr<DashboardWorkspace> m_dashboard;

    void screenshot(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_dashboard->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        TranslationLoader::instance().apply(QStringLiteral("en"));
        m_dashboard = std::make_unique<DashboardWorkspace>([this](const Stack &) { return m_endpoint; });
        m_dashboard->resize(1000, 700);
        m_dashboard->findChild<QSpinBox *>()->setValue(1);
        m_dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    }

    void chartsFollowTheDatabase()
    {
        Stack s;
        s.name = QStringLiteral("prod");
        m_dashboard->setStack(s);
        QVERIFY(m_dashboard->findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .contains(QLatin1String("Connect")));

        DbEndpoint endpoint;
        endpoint.host = testenv::value("SUPADESK_TEST_PG_HOST");
        endpoint.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_endpoint = endpoint;
        m_dashboard->connectionChanged();

        // Commit transactions while the dashboard samples.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("load"));
            db.setHostName(endpoint.host);
            db.setPort(endpoint.port);
            db.setUserName(endpoint.user);
            db.setDatabaseName(endpoint.database);
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
        screenshot(QStringLiteral("dashboard-en"));
    }

    void pauseStopsSampling()
    {
        auto *pause = m_dashboard->findChild<QAction *>(QStringLiteral("pause"));
        pause->setChecked(true);
        QTest::qWait(300);
        const int before = m_dashboard->samplesShown();
        QTest::qWait(2500);
        QCOMPARE(m_dashboard->samplesShown(), before);
        pause->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->samplesShown() > before, 10000);
    }

    void georgian()
    {
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(m_dashboard->findChild<QAction *>(QStringLiteral("pause"))->text() !=
                    QLatin1String("Pause"));
        QTest::qWait(1500);
        screenshot(QStringLiteral("dashboard-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
