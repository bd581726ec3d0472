// SPDX-License-Identifier: GPL-3.0-or-later
// The app's own probes against real services: the harness's sshd and PostgreSQL, and a loopback
// HTTP server standing in for Kong's health routes.
#include "db/uptimestore.h"
#include "harness/testenv.h"
#include "services/uptime/uptimeprober.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

// Answers GET PATH with the status set for PATH; a status of 0 never answers.
class FakeGateway : public QObject
{
public:
    QHash<QString, int> statuses;
    QString requiredApiKey;
    QTcpServer server;

    FakeGateway()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray request = s->peek(65536);
                    if (!request.contains("\r\n\r\n"))
                        return;
                    s->readAll();
                    const QString path = QString::fromLatin1(request.split(' ').value(1));
                    int status = statuses.value(path, 404);
                    if (!requiredApiKey.isEmpty() &&
                        !request.contains("apikey: " + requiredApiKey.toLatin1()))
                        status = 401;
                    if (status == 0)
                        return;
                    s->write(
                        QStringLiteral("HTTP/1.1 %1 X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                            .arg(status)
                            .toLatin1());
                    s->disconnectFromHost();
                });
            }
        });
    }
};

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when `probe` goes
}

} // namespace

class TestUptimeProber : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    UptimeProberConfig config(const FakeGateway &gateway) const
    {
        UptimeProberConfig c;
        c.timeoutMs = 1500;
        c.sshHost = testenv::value("SUPADESK_TEST_SSH_HOST");
        c.sshPort = testenv::value("SUPADESK_TEST_SSH_PORT").toUShort();
        c.database.host = testenv::value("SUPADESK_TEST_PG_HOST");
        c.database.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        c.database.user = testenv::value("SUPADESK_TEST_PG_USER");
        c.gatewayPort = gateway.server.serverPort();
        c.apiKey = QStringLiteral("anon-key");
        return c;
    }

    static QList<ProbeResult> round(UptimeProber &prober)
    {
        QSignalSpy spy(&prober, &UptimeProber::roundFinished);
        prober.probeNow();
        if (!spy.wait(15000))
            return {};
        return spy.first().first().value<QList<ProbeResult>>();
    }

    static ProbeResult find(const QList<ProbeResult> &results, const QString &component)
    {
        for (const ProbeResult &r : results)
            if (r.component == component)
                return r;
        return {};
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the test PostgreSQL");
        qRegisterMetaType<QList<ProbeResult>>();
    }

    void oneRoundProbesEveryTarget()
    {
        FakeGateway gateway;
        gateway.requiredApiKey = QStringLiteral("anon-key");
        gateway.statuses = {{QStringLiteral("/auth/v1/health"), 200},
                            {QStringLiteral("/rest/v1/"), 200},
                            {QStringLiteral("/realtime/v1/api/tenants/realtime-dev/health"), 503},
                            {QStringLiteral("/storage/v1/status"), 0}};
        UptimeStore store(m_dir.filePath(QStringLiteral("round")));
        QVERIFY(store.open().ok());
        UptimeProber prober(QStringLiteral("prod"), &store);
        prober.setConfig(config(gateway));
        const QList<ProbeResult> results = round(prober);
        QCOMPARE(results.size(), 6);
        QStringList order;
        for (const ProbeResult &r : results) {
            order.append(r.component);
            QCOMPARE(r.source, QStringLiteral("app"));
            QCOMPARE(r.tMs, results.first().tMs); // one instant per round
            QVERIFY(r.latencyMs.has_value());
        }
        QCOMPARE(order, (QStringList{QStringLiteral("ssh"), QStringLiteral("postgres"),
                                     QStringLiteral("auth"), QStringLiteral("rest"),
                                     QStringLiteral("realtime"), QStringLiteral("storage")}));
        QVERIFY2(find(results, QStringLiteral("ssh")).ok,
                 qPrintable(find(results, QStringLiteral("ssh")).reason));
        QVERIFY2(find(results, QStringLiteral("postgres")).ok,
                 qPrintable(find(results, QStringLiteral("postgres")).reason));
        QVERIFY(find(results, QStringLiteral("auth")).ok);
        QVERIFY(find(results, QStringLiteral("rest")).ok);
        QCOMPARE(find(results, QStringLiteral("realtime")).reason, QStringLiteral("HTTP 503"));
        QCOMPARE(find(results, QStringLiteral("storage")).reason, QStringLiteral("no answer within 1.5 s"));
        // Stored as the app's probes.
        const ProbeResults stored =
            store.probes(QStringLiteral("prod"), {results.first().tMs, results.first().tMs + 1}).value();
        QCOMPARE(stored.size(), 6);
    }

    void downAfterConsecutiveFailuresWithTheFirstReason()
    {
        FakeGateway gateway;
        gateway.statuses = {{QStringLiteral("/auth/v1/health"), 502}};
        UptimeProberConfig c = config(gateway);
        c.targets = {
            {QStringLiteral("auth"), ProbeTarget::Kind::GatewayHttp, QStringLiteral("/auth/v1/health")}};
        c.failureThreshold = 2;
        UptimeProber prober(QStringLiteral("prod"), nullptr);
        prober.setConfig(c);
        QSignalSpy changes(&prober, &UptimeProber::componentChanged);
        QCOMPARE(round(prober).size(), 1);
        QCOMPARE(changes.size(), 0); // one failure is a blip
        gateway.statuses[QStringLiteral("/auth/v1/health")] = 503;
        round(prober);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toString(), QStringLiteral("auth"));
        QCOMPARE(changes.first().at(1).toBool(), true);
        QCOMPARE(changes.first().at(2).toString(), QStringLiteral("HTTP 502"));
        QVERIFY(prober.isDown(QStringLiteral("auth")));
        round(prober);
        QCOMPARE(changes.size(), 1);
        gateway.statuses[QStringLiteral("/auth/v1/health")] = 200;
        round(prober);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.last().at(1).toBool(), false);
        QVERIFY(!prober.isDown(QStringLiteral("auth")));
    }

    void unreachableServicesSayWhy()
    {
        FakeGateway gateway;
        UptimeProberConfig c = config(gateway);
        c.sshPort = closedPort();
        c.database.port = closedPort();
        c.gatewayPort = closedPort();
        c.targets = ProbeTargets::standard().mid(0, 3);
        UptimeProber prober(QStringLiteral("prod"), nullptr);
        prober.setConfig(c);
        const QList<ProbeResult> results = round(prober);
        QCOMPARE(results.size(), 3);
        QCOMPARE(find(results, QStringLiteral("ssh")).reason, QStringLiteral("connection refused"));
        QCOMPARE(find(results, QStringLiteral("auth")).reason, QStringLiteral("connection refused"));
        const ProbeResult pg = find(results, QStringLiteral("postgres"));
        QVERIFY(!pg.ok);
        QVERIFY2(pg.reason.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(pg.reason));
    }

    void aPortThatIsNotSsh()
    {
        FakeGateway gateway; // speaks HTTP only when spoken to: no banner
        UptimeProberConfig c = config(gateway);
        c.sshPort = gateway.server.serverPort();
        c.timeoutMs = 800;
        c.targets = ProbeTargets::standard().mid(0, 1);
        UptimeProber prober(QStringLiteral("prod"), nullptr);
        prober.setConfig(c);
        const QList<ProbeResult> results = round(prober);
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.first().ok);
        QCOMPARE(results.first().reason, QStringLiteral("no answer within 0.8 s"));
    }

    void timerRepeatsRounds()
    {
        FakeGateway gateway;
        gateway.statuses = {{QStringLiteral("/auth/v1/health"), 200}};
        UptimeProberConfig c = config(gateway);
        c.intervalMs = 1000;
        c.targets = {
            {QStringLiteral("auth"), ProbeTarget::Kind::GatewayHttp, QStringLiteral("/auth/v1/health")}};
        UptimeProber prober(QStringLiteral("prod"), nullptr);
        prober.setConfig(c);
        QSignalSpy rounds(&prober, &UptimeProber::roundFinished);
        prober.start();
        QVERIFY(prober.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 3, 10000);
        prober.stop();
        QVERIFY(!prober.isActive());
    }

    // The stack's settings as the Uptime workspace stores them: the prober runs at the stored
    // interval and reports down only after the stored number of failures.
    void storedSettingsDecideIntervalAndThreshold()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY(store.setProbeSettings(QStringLiteral("prod"), {10, 3}).ok());
        FakeGateway gateway;
        gateway.statuses = {{QStringLiteral("/auth/v1/health"), 200}};
        UptimeProberConfig c = config(gateway);
        c.targets = {
            {QStringLiteral("auth"), ProbeTarget::Kind::GatewayHttp, QStringLiteral("/auth/v1/health")}};
        UptimeProber prober(QStringLiteral("prod"), &store);
        prober.setConfig(c);
        prober.setProbeSettings(store.probeSettings(QStringLiteral("prod")).value());
        QCOMPARE(prober.intervalMs(), 10'000);

        // Started: a round at once, the next from the timer one stored interval later.
        QSignalSpy rounds(&prober, &UptimeProber::roundFinished);
        prober.start();
        QVERIFY(prober.isActive());
        QCOMPARE(prober.intervalMs(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 2, 25'000);
        prober.stop();
        QVERIFY(
            store.probes(QStringLiteral("prod"), {0, std::numeric_limits<qint64>::max()}).value().size() >=
            2);

        // Three failures before down.
        gateway.statuses[QStringLiteral("/auth/v1/health")] = 503;
        QSignalSpy changes(&prober, &UptimeProber::componentChanged);
        round(prober);
        round(prober);
        QCOMPARE(changes.size(), 0);
        QVERIFY(!prober.isDown(QStringLiteral("auth")));
        round(prober);
        QCOMPARE(changes.size(), 1);
        QVERIFY(prober.isDown(QStringLiteral("auth")));

        // A change takes effect on the next round without forgetting the state.
        QVERIFY(store.setProbeSettings(QStringLiteral("prod"), {30, 1}).ok());
        prober.setProbeSettings(store.probeSettings(QStringLiteral("prod")).value());
        QCOMPARE(prober.intervalMs(), 30'000);
        QVERIFY(prober.isDown(QStringLiteral("auth")));
    }
};

QTEST_MAIN(TestUptimeProber)
#include "tst_uptimeprober.moc"
