// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard's pooler charts for a stack whose pooler is Supavisor, end to end: the tunnel of a real
// SSH connection (the harness's sshd) forwards the pooler port and the Supavisor metrics port to a
// Supavisor stand-in, the JWT secret comes from the real keychain (gnome-keyring), and the dashboard
// tells Supavisor from PgBouncer by its answer, reads /metrics with a signed token, charts and stores
// the figures, and says what is missing when they cannot be read.
#include "core/metrics/poolerseries.h"
#include "db/historystore.h"
#include "gui/dashboard/dashboardworkspace.h"
#include "gui/dashboard/livechart.h"
#include "harness/harnessstack.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/statsfleet.h"
#include "services/translationloader.h"
#include "supavisorstandin.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace supadesk;

namespace {

const QByteArray MetricsSecret = "the-stacks-jwt-secret-with-at-least-32-characters";

} // namespace

class TestDashboardSupavisor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SupavisorStandIn> m_supavisor;
    QStringList m_written;

    void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    Stack stack(const QString &name, int metricsPort, const std::optional<QByteArray> &secret)
    {
        Stack s = testenv::harnessStack(name);
        s.poolerPort = m_supavisor->postgresPort();
        s.poolerMetricsPort = metricsPort;
        if (secret) {
            if (!m_secrets
                     ->writeNow(s.id, SecretStore::envSecretName(QStringLiteral("JWT_SECRET")),
                                QString::fromUtf8(*secret))
                     .ok())
                qFatal("the keychain refused the test's secret");
            m_written.append(s.id);
        }
        return s;
    }

    std::unique_ptr<DashboardWorkspace> dashboardFor(ConnectionManager &connections, const Stack &s)
    {
        // The app's fleet belongs to AppServices; here each dashboard has one of its own, which goes with it.
        auto *fleet = new StatsFleet;
        fleet->setHistoryDirectory(m_history.path());
        auto dashboard = std::make_unique<DashboardWorkspace>(
            [&connections](const Stack &stack) { return connections.databaseEndpoint(stack); }, fleet,
            Preferences(m_history.filePath(QStringLiteral("settings.ini"))));
        fleet->setParent(dashboard.get());
        dashboard->setConnectionManager(&connections);
        dashboard->resize(1100, 760);
        dashboard->findChild<QSpinBox *>()->setValue(1);
        dashboard->setStack(s);
        return dashboard;
    }

    // The note both pooler charts show once the stack's pooler could not be read.
    static QString noteOnceRead(DashboardWorkspace &dashboard)
    {
        LiveChart *pool = dashboard.chart(DashboardWorkspace::Pooler);
        testenv::waitFor([&] { return !pool->note().isEmpty(); });
        if (dashboard.chart(DashboardWorkspace::PoolerWait)->note() != pool->note())
            return QStringLiteral("the two pooler charts disagree");
        return pool->note();
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "the test keyring (apt-get install gnome-keyring)");
        QVERIFY(m_history.isValid());
        m_supavisor = std::make_unique<SupavisorStandIn>(MetricsSecret);
        QVERIFY2(m_supavisor->listen(), "the stand-in could not listen, or tests/data/supavisor is missing");
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("Supadesk dashboard test"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_written))
            QVERIFY(m_secrets->removeAllNow(id).ok());
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }

    void supavisorsMetricsAreCharted()
    {
        const Stack s = stack(QStringLiteral("supavisor"), m_supavisor->metricsPort(), MetricsSecret);
        ConnectionManager connections(m_secrets.get());
        QVERIFY(testenv::connectStack(connections, s));
        const int loginsBefore = m_supavisor->logins;
        auto dashboard = dashboardFor(connections, s);
        dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(dashboard.get()));

        LiveChart *pool = dashboard->chart(DashboardWorkspace::Pooler);
        LiveChart *wait = dashboard->chart(DashboardWorkspace::PoolerWait);
        QVERIFY2(testenv::waitFor([&] { return pool->pointCount(0) >= 3 && wait->pointCount(0) >= 1; }),
                 qPrintable(pool->note()));
        // The pooler was asked for its admin console once, through the tunnel, and answered like
        // Supavisor; from then on only its metrics are read.
        QVERIFY(m_supavisor->logins > loginsBefore);
        const int logins = m_supavisor->logins;
        QCOMPARE(m_supavisor->refused, 0);
        // Seven clients in the scrape (5 in transaction mode, 2 in session mode), 0.3 ms per checkout
        // between the two scrapes (60 ms over 200 checkouts).
        QCOMPARE(pool->lastValue(0), 7.0);
        QCOMPARE(wait->lastValue(0), 0.3);
        // What Supavisor does not report is neither drawn nor listed in the legend.
        for (int series : {1, 2, 3}) {
            QCOMPARE(pool->pointCount(series), 0);
            QVERIFY(!pool->isSeriesShown(series));
        }
        QVERIFY(pool->isSeriesShown(0));
        QCOMPARE(wait->pointCount(1), 0);
        QVERIFY(!wait->isSeriesShown(1));
        QVERIFY2(pool->title().contains(QLatin1String("Supavisor")), qPrintable(pool->title()));
        QVERIFY2(pool->note().isEmpty(), qPrintable(pool->note()));
        const auto reading = dashboard->fleet()->lastPoolerSample(s.id);
        QVERIFY(reading && reading->pooler == PoolerSample::Pooler::Supavisor);
        QCOMPARE(m_supavisor->logins, logins);
        // A short-lived token: Supavisor's check wants `exp`; a minute is enough for one request.
        const qint64 expires = m_supavisor->lastClaims.value(QStringLiteral("exp")).toInteger();
        QVERIFY(expires > QDateTime::currentSecsSinceEpoch());
        QVERIFY(expires <= QDateTime::currentSecsSinceEpoch() + 61);

        // The readings are in the history, under the stack's key.
        HistoryStore store(m_history.path());
        QVERIFY(store.openForReading().ok());
        const qint64 end = QDateTime::currentMSecsSinceEpoch() + 1;
        const auto clients = store.query(s.id, PoolerSeries::ClientsActive, 0, end, HistoryResolution::Raw);
        QVERIFY(clients.ok());
        QVERIFY(clients.value().size() >= 3);
        QCOMPARE(clients.value().constLast().max, 7.0);
        const auto queries =
            store.query(s.id, PoolerSeries::QueriesPerSecond, 0, end, HistoryResolution::Raw);
        QVERIFY(queries.ok());
        QVERIFY(!queries.value().isEmpty());
        QVERIFY(queries.value().constLast().max > 0);
        const auto waiting = store.query(s.id, PoolerSeries::ClientsWaiting, 0, end, HistoryResolution::Raw);
        QVERIFY(waiting.ok());
        QVERIFY(waiting.value().isEmpty());

        auto *scroll = dashboard->findChild<QScrollArea *>(QStringLiteral("charts"));
        scroll->verticalScrollBar()->setValue(pool->mapTo(scroll->widget(), QPoint(0, 0)).y() - 8);
        QTest::qWait(1500);
        screenshot(dashboard.get(), QStringLiteral("dashboard-supavisor-en"));
        const QString english = pool->title();
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(pool->title() != english);
        QTest::qWait(1500);
        screenshot(dashboard.get(), QStringLiteral("dashboard-supavisor-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
        connections.disconnectStack(s.id);
    }

    void wrongSecretIsExplained()
    {
        const Stack s = stack(QStringLiteral("wrong secret"), m_supavisor->metricsPort(),
                              QByteArray("a-secret-the-pooler-does-not-run-with-0123456789"));
        ConnectionManager connections(m_secrets.get());
        QVERIFY(testenv::connectStack(connections, s));
        const int refusedBefore = m_supavisor->refused;
        auto dashboard = dashboardFor(connections, s);
        const QString note = noteOnceRead(*dashboard);
        QVERIFY2(note.contains(QLatin1String("METRICS_JWT_SECRET")), qPrintable(note));
        QVERIFY(m_supavisor->refused > refusedBefore);
        QCOMPARE(dashboard->chart(DashboardWorkspace::Pooler)->pointCount(0), 0);
        connections.disconnectStack(s.id);
    }

    void missingSecretIsExplained()
    {
        const Stack s = stack(QStringLiteral("no secret"), m_supavisor->metricsPort(), std::nullopt);
        ConnectionManager connections(m_secrets.get());
        QVERIFY(testenv::connectStack(connections, s));
        const int servedBefore = m_supavisor->served;
        auto dashboard = dashboardFor(connections, s);
        const QString note = noteOnceRead(*dashboard);
        QVERIFY2(note.contains(QLatin1String("keychain")) && note.contains(QLatin1String("JWT secret")),
                 qPrintable(note));
        QCOMPARE(m_supavisor->served, servedBefore); // no unsigned request was made

        // The Setup wizard stores the secret: the dashboard reads the metrics from then on.
        QVERIFY(m_secrets
                    ->writeNow(s.id, SecretStore::envSecretName(QStringLiteral("JWT_SECRET")),
                               QString::fromUtf8(MetricsSecret))
                    .ok());
        m_written.append(s.id);
        connections.reloadSecrets(s.id);
        LiveChart *pool = dashboard->chart(DashboardWorkspace::Pooler);
        QVERIFY2(testenv::waitFor([&] { return pool->pointCount(0) >= 1; }), qPrintable(pool->note()));
        QCOMPARE(pool->lastValue(0), 7.0);
        QTRY_VERIFY(pool->note().isEmpty());
        connections.disconnectStack(s.id);
    }

    void unpublishedMetricsPortIsExplained()
    {
        // A port nothing listens on, as on a server whose compose file does not publish the metrics.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const int port = closed.serverPort();
        closed.close();
        const Stack s = stack(QStringLiteral("unpublished"), port, MetricsSecret);
        ConnectionManager connections(m_secrets.get());
        QVERIFY(testenv::connectStack(connections, s));
        auto dashboard = dashboardFor(connections, s);
        const QString note = noteOnceRead(*dashboard);
        QVERIFY2(note.contains(QStringLiteral("port %1").arg(port)), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("\"127.0.0.1:%1:4000\"").arg(port)), qPrintable(note));
        // Said in Georgian after a switch at run time.
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(dashboard->chart(DashboardWorkspace::Pooler)->note() != note);
        QVERIFY(dashboard->chart(DashboardWorkspace::Pooler)->note().contains(QString::number(port)));
        TranslationLoader::instance().apply(QStringLiteral("en"));
        connections.disconnectStack(s.id);
    }

    void stackWithoutMetricsPortIsExplained()
    {
        const Stack s = stack(QStringLiteral("no metrics port"), 0, MetricsSecret);
        ConnectionManager connections(m_secrets.get());
        QVERIFY(testenv::connectStack(connections, s));
        QCOMPARE(connections.connection(s.id)->localPort(StackConnection::PoolerMetrics), quint16(0));
        auto dashboard = dashboardFor(connections, s);
        const QString note = noteOnceRead(*dashboard);
        QVERIFY2(note.contains(QLatin1String("Supavisor metrics port")), qPrintable(note));
        connections.disconnectStack(s.id);
    }
};

QTEST_MAIN(TestDashboardSupavisor)
#include "tst_dashboardsupavisor.moc"
