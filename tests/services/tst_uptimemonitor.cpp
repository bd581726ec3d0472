// SPDX-License-Identifier: GPL-3.0-or-later
// The app's probes while a stack is connected, end to end: ConnectionManager connects to the
// harness's sshd, the monitor's prober probes the SSH endpoint, PostgreSQL through the database
// tunnel and a loopback HTTP endpoint through the gateway tunnel at the stack's stored interval,
// and stores the results.
#include "db/uptimestore.h"
#include "harness/harnessstack.h"
#include "services/connectionmanager.h"
#include "services/uptime/uptimemonitor.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestUptimeMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the test PostgreSQL");
        qRegisterMetaType<QList<ProbeResult>>();
    }

    void probesWhileConnected()
    {
        // Kong's auth health route, answering 200.
        QTcpServer gateway;
        QVERIFY(gateway.listen(QHostAddress::LocalHost, 0));
        connect(&gateway, &QTcpServer::newConnection, &gateway, [&gateway] {
            while (QTcpSocket *s = gateway.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    if (!s->readAll().contains("GET /auth/v1/health"))
                        return;
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    s->disconnectFromHost();
                });
            }
        });

        Stack stack = testenv::harnessStack(QStringLiteral("prod"));
        stack.gatewayPort = gateway.serverPort();

        UptimeStore store(m_dir.path());
        QVERIFY(store.open().ok());
        // Raw probes from long ago: pruned once the monitor stores a round; their timeline stays.
        const qint64 longAgo = QDateTime::currentMSecsSinceEpoch() - 200LL * 86'400'000;
        QVERIFY(store
                    .addProbes(stack.id, {{longAgo, QStringLiteral("postgres"), true, 3, QString(),
                                           UptimeStore::ServerSource}})
                    .ok());
        // The stack's own probe settings, as the Uptime workspace stores them, win over the
        // configuration's defaults.
        QVERIFY(store.setProbeSettings(stack.id, {10, 3}).ok());
        ConnectionManager connections(nullptr);
        UptimeMonitor monitor(&connections, &store);
        monitor.setConfigProvider([](const QString &) {
            UptimeProberConfig c;
            c.timeoutMs = 3000;
            c.targets = ProbeTargets::standard().mid(0, 3); // ssh, postgres, auth
            return c;
        });
        QSignalSpy recorded(&monitor, &UptimeMonitor::recorded);

        // Supadesk's own known_hosts is fresh: the harness's key is trusted as the user would.
        QVERIFY2(testenv::connectStack(connections, stack),
                 qPrintable(connections.connection(stack.id)->reason()));

        QVERIFY(testenv::waitFor([&] { return !recorded.isEmpty(); }));
        QCOMPARE(recorded.first().first().toString(), stack.id);
        QVERIFY(monitor.prober(stack.id));
        QVERIFY(monitor.prober(stack.id)->isActive());
        QCOMPARE(monitor.prober(stack.id)->intervalMs(), 10'000);
        QCOMPARE(monitor.prober(stack.id)->config().failureThreshold, 3);
        // Changed while connected: from the next round on.
        QVERIFY(store.setProbeSettings(stack.id, {20, 4}).ok());
        monitor.reloadProbeSettings(stack.id);
        QCOMPARE(monitor.prober(stack.id)->intervalMs(), 20'000);
        QCOMPARE(monitor.prober(stack.id)->config().failureThreshold, 4);
        QVERIFY(monitor.prober(stack.id)->isActive());
        QVERIFY(store.probes(stack.id, {0, longAgo + 1}).value().isEmpty());
        QCOMPARE(
            store.timeline(stack.id, QStringLiteral("postgres"), {longAgo, longAgo + 10'000}).value().size(),
            1);
        const ProbeResults stored =
            store.probes(stack.id, {longAgo + 1, QDateTime::currentMSecsSinceEpoch() + 1}).value();
        QCOMPARE(stored.size(), 3);
        for (const ProbeResult &p : stored) {
            QVERIFY2(p.ok, qPrintable(p.component + QStringLiteral(": ") + p.reason));
            QCOMPARE(p.source, QStringLiteral("app"));
        }
        const StackUptime figures =
            store.uptime(stack.id, {stored.first().tMs, stored.first().tMs + 30'000}).value();
        QCOMPARE(*figures.wholeStack()->availability.availability, 1.0);

        connections.disconnectStack(stack.id);
        QVERIFY(testenv::waitFor([&] { return monitor.prober(stack.id) == nullptr; }));
        QVERIFY(monitor.monitoredStacks().isEmpty());
    }
};

QTEST_MAIN(TestUptimeMonitor)
#include "tst_uptimemonitor.moc"
