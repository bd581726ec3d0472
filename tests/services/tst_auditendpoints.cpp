// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's endpoint checks against real local servers: `openssl s_server` serving certificates made by
// `openssl req -x509` (expiring in 5 days, in 20 days, valid for a year; self-signed or signed by a CA of
// the test's own), a plain HTTP URL, and a gateway stand-in on loopback whose routes answer what each case
// needs. The renewal probe runs locally through a stand-in `systemctl` on PATH.
#include "services/audit/auditcontext.h"
#include "services/audit/endpointauditchecks.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace supadesk;

namespace {

// A gateway stand-in: each path answers the status and body it was given (404 otherwise), and the
// requests' headers are kept to be checked.
class RouteHttpServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body = "ok";
    };
    QHash<QString, Answer> routes;
    QStringList paths;
    QList<QByteArray> requests;

    RouteHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &request = m_pending[socket];
                    request += socket->readAll();
                    if (!request.contains("\r\n\r\n"))
                        return;
                    const QString path =
                        QString::fromLatin1(request.left(request.indexOf("\r\n")).split(' ').value(1));
                    paths << path;
                    requests << request;
                    m_pending.remove(socket);
                    const Answer a = routes.value(path, Answer{404, "no route"});
                    socket->write("HTTP/1.1 " + QByteArray::number(a.status) +
                                  " X\r\nContent-Length: " + QByteArray::number(a.body.size()) +
                                  "\r\nConnection: close\r\n\r\n" + a.body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

Result<ExecResult> runLocally(const QString &command, const QString &path)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), path);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!p.waitForFinished(20000))
        return Error{ErrorCode::AuditCheckUnknown, QStringLiteral("timed out")};
    ExecResult r;
    r.standardOutput = p.readAllStandardOutput();
    r.standardError = p.readAllStandardError();
    r.exitStatus = p.exitCode();
    return r;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestAuditEndpoints : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_tls;
    quint16 m_tlsPort = 0;
    QString m_path; // PATH for the renewal probe: the stand-in systemctl first

    QString file(const QString &name) const { return m_dir.filePath(name); }

    void openssl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // A certificate for localhost valid `days` days: self-signed, or signed by the test's CA.
    void makeCertificate(const QString &name, int days, bool signedByCa)
    {
        QStringList args{QStringLiteral("req"),
                         QStringLiteral("-x509"),
                         QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"),
                         QStringLiteral("-days"),
                         QString::number(days),
                         QStringLiteral("-subj"),
                         QStringLiteral("/O=Test Issuer/CN=localhost"),
                         QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=DNS:localhost"),
                         QStringLiteral("-keyout"),
                         file(name + QStringLiteral(".key")),
                         QStringLiteral("-out"),
                         file(name + QStringLiteral(".pem"))};
        if (signedByCa)
            args << QStringLiteral("-CA") << file(QStringLiteral("ca.pem")) << QStringLiteral("-CAkey")
                 << file(QStringLiteral("ca.key"));
        openssl(args);
    }

    void serve(const QString &name)
    {
        stopServing();
        m_tlsPort = freePort();
        m_tls = std::make_unique<QProcess>();
        m_tls->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_tls->start(QStringLiteral("openssl"),
                     {QStringLiteral("s_server"), QStringLiteral("-accept"),
                      QStringLiteral("127.0.0.1:%1").arg(m_tlsPort), QStringLiteral("-cert"),
                      file(name + QStringLiteral(".pem")), QStringLiteral("-key"),
                      file(name + QStringLiteral(".key")), QStringLiteral("-www"), QStringLiteral("-quiet")});
        QVERIFY(m_tls->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, m_tlsPort);
                return s.waitForConnected(200);
            }(),
            10000);
    }
    void stopServing()
    {
        if (m_tls) {
            m_tls->kill();
            m_tls->waitForFinished();
            m_tls.reset();
        }
    }

    // A stand-in `systemctl` that lists a certbot timer (or none) and knows no caddy service.
    void fakeSystemctl(bool certbotTimer)
    {
        QDir().mkpath(file(QStringLiteral("bin")));
        QFile f(file(QStringLiteral("bin/systemctl")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(
            QByteArray("#!/bin/sh\n"
                       "case \"$1\" in\n"
                       "list-timers) echo 'NEXT LEFT LAST PASSED UNIT ACTIVATES'; ") +
            (certbotTimer ? "echo 'Mon 2026-12-07 21:00:00 UTC 7h - - certbot.timer certbot.service';" : "") +
            " echo 'Tue 2026-12-08 00:00:00 UTC 10h - - logrotate.timer logrotate.service';;\n"
            "is-active) echo inactive; exit 3;;\n"
            "esac\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_path = file(QStringLiteral("bin")) + QLatin1Char(':') + qEnvironmentVariable("PATH");
    }

    AuditContext context(const QString &url) const
    {
        AuditContext ctx;
        ctx.now = QDateTime::currentDateTimeUtc();
        ctx.env.insert(QStringLiteral("API_EXTERNAL_URL"), url);
        ctx.env.insert(QStringLiteral("ANON_KEY"), QStringLiteral("anon-key-of-the-test"));
        const QString path = m_path;
        ctx.exec = [path](const QString &command, const QByteArray &) { return runLocally(command, path); };
        return ctx;
    }

    AuditCheckResult runOne(const AuditContext &ctx, const QString &id, bool trustCa = false)
    {
        EndpointAuditChecks checks;
        checks.setTimeoutMs(5000);
        if (trustCa)
            checks.setExtraTrust(QSslCertificate::fromPath(file(QStringLiteral("ca.pem"))));
        const AuditCheckResults results = checks.run(ctx, {id});
        if (results.size() != 1)
            return {};
        return results.first();
    }

    qint64 daysLeftOf(const QString &name, const QDateTime &now) const
    {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(file(name + QStringLiteral(".pem")));
        return certs.isEmpty() ? -1 : now.secsTo(certs.first().expiryDate()) / 86400;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                 QStringLiteral("400"), QStringLiteral("-subj"),
                 QStringLiteral("/O=Supadesk Test CA/CN=Supadesk Test CA"), QStringLiteral("-keyout"),
                 file(QStringLiteral("ca.key")), QStringLiteral("-out"), file(QStringLiteral("ca.pem"))});
        makeCertificate(QStringLiteral("five-days"), 5, false);
        makeCertificate(QStringLiteral("twenty-days"), 20, true);
        makeCertificate(QStringLiteral("year-self"), 365, false);
        makeCertificate(QStringLiteral("year-ca"), 365, true);
        fakeSystemctl(true);
    }
    void cleanupTestCase() { stopServing(); }

    void theIdsAreStableAndInOrder()
    {
        QCOMPARE(EndpointAuditChecks().checkIds(),
                 (QStringList{QStringLiteral("tls-certificate"), QStringLiteral("health-endpoints"),
                              QStringLiteral("studio-exposed")}));
    }

    void aCertificateExpiringInFiveDaysFailsWithTheDays()
    {
        serve(QStringLiteral("five-days"));
        const AuditContext ctx = context(QStringLiteral("https://localhost:%1/auth/v1").arg(m_tlsPort));
        const AuditCheckResult r = runOne(ctx, QStringLiteral("tls-certificate"), true);
        QCOMPARE(r.status, AuditStatus::Fail);
        const qint64 days = daysLeftOf(QStringLiteral("five-days"), ctx.now);
        QVERIFY(days == 4 || days == 5);
        QVERIFY2(r.evidence.contains(QStringLiteral("expires in %1 day(s)").arg(days)),
                 qPrintable(r.evidence));
        QVERIFY2(r.evidence.contains(QStringLiteral("TLS 1.")), qPrintable(r.evidence));
    }

    void aCertificateWithTwentyDaysLeftIsAWarning()
    {
        serve(QStringLiteral("twenty-days"));
        const AuditContext ctx = context(QStringLiteral("https://localhost:%1").arg(m_tlsPort));
        const AuditCheckResult r = runOne(ctx, QStringLiteral("tls-certificate"), true);
        QVERIFY2(r.status == AuditStatus::Warn, qPrintable(r.evidence));
        QVERIFY2(r.evidence.contains(QStringLiteral("expires in %1 day(s)")
                                         .arg(daysLeftOf(QStringLiteral("twenty-days"), ctx.now))),
                 qPrintable(r.evidence));
    }

    // Self-signed is a failure (documented in DESIGN.md): clients that verify refuse it. Everything
    // else about it is fine, and the evidence says so.
    void aSelfSignedCertificateValidForAYearFailsOnlyOnTrust()
    {
        serve(QStringLiteral("year-self"));
        const AuditContext ctx = context(QStringLiteral("https://localhost:%1").arg(m_tlsPort));
        const AuditCheckResult r = runOne(ctx, QStringLiteral("tls-certificate"));
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY2(r.evidence.contains(QStringLiteral("not trusted")), qPrintable(r.evidence));
        QVERIFY2(!r.evidence.contains(QStringLiteral("expires in")), qPrintable(r.evidence));
        QVERIFY2(!r.evidence.contains(QStringLiteral("does not name")), qPrintable(r.evidence));
        QVERIFY2(r.evidence.contains(QStringLiteral("Test Issuer")), qPrintable(r.evidence));
        QVERIFY2(r.evidence.contains(QStringLiteral("certbot timer")), qPrintable(r.evidence));
    }

    void aTrustedCertificateValidForAYearWithRenewalPasses()
    {
        serve(QStringLiteral("year-ca"));
        const AuditContext ctx = context(QStringLiteral("https://localhost:%1").arg(m_tlsPort));
        const AuditCheckResult r = runOne(ctx, QStringLiteral("tls-certificate"), true);
        QVERIFY2(r.status == AuditStatus::Pass, qPrintable(r.evidence));
        QVERIFY2(r.evidence.contains(QStringLiteral("Supadesk Test CA")), qPrintable(r.evidence));
        QVERIFY2(r.evidence.contains(
                     QStringLiteral("%1 day(s) left").arg(daysLeftOf(QStringLiteral("year-ca"), ctx.now))),
                 qPrintable(r.evidence));

        // The same certificate with no renewer on the server: a warning.
        fakeSystemctl(false);
        const AuditCheckResult noRenewal =
            runOne(context(QStringLiteral("https://localhost:%1").arg(m_tlsPort)),
                   QStringLiteral("tls-certificate"), true);
        fakeSystemctl(true);
        QVERIFY2(noRenewal.status == AuditStatus::Warn, qPrintable(noRenewal.evidence));
        QVERIFY2(noRenewal.evidence.contains(QStringLiteral("no auto-renewal")),
                 qPrintable(noRenewal.evidence));
    }

    void aCertificateForAnotherNameFails()
    {
        serve(QStringLiteral("year-ca"));
        const AuditCheckResult r = runOne(context(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort)),
                                          QStringLiteral("tls-certificate"), true);
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY2(r.evidence.contains(QStringLiteral("does not name 127.0.0.1")), qPrintable(r.evidence));
    }

    void aPlainHttpUrlFails()
    {
        const AuditCheckResult r =
            runOne(context(QStringLiteral("http://example.org:8000")), QStringLiteral("tls-certificate"));
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY2(r.evidence.contains(QStringLiteral("served without TLS")), qPrintable(r.evidence));
        QCOMPARE(r.objects, QStringList{QStringLiteral("http://example.org:8000")});
        // The fix opens the Setup wizard's TLS page.
        QCOMPARE(r.fix.kind, AuditFix::Kind::SetupPage);
        QCOMPARE(r.fix.setupPage, QStringLiteral("tls"));
    }

    void anUnreachableHostCouldNotBeChecked()
    {
        stopServing();
        const AuditCheckResult r = runOne(context(QStringLiteral("https://localhost:%1").arg(freePort())),
                                          QStringLiteral("tls-certificate"));
        QCOMPARE(r.status, AuditStatus::Unknown);
        QVERIFY2(r.evidence.startsWith(QStringLiteral("Could not reach")), qPrintable(r.evidence));

        AuditContext noEnv = context(QString());
        noEnv.env.clear();
        noEnv.envError = QStringLiteral("No .env in /opt/supabase/docker");
        QCOMPARE(runOne(noEnv, QStringLiteral("tls-certificate")).evidence, noEnv.envError);
    }

    void healthRoutesAllAnsweringPass()
    {
        RouteHttpServer gateway;
        QVERIFY(gateway.listen());
        for (const QString &route : EndpointVerdicts::healthRoutes())
            gateway.routes.insert(route, {});
        AuditContext ctx = context(QStringLiteral("https://localhost"));
        ctx.gatewayPort = gateway.port();
        const AuditCheckResult r = runOne(ctx, QStringLiteral("health-endpoints"));
        QVERIFY2(r.status == AuditStatus::Pass, qPrintable(r.evidence));
        QCOMPARE(gateway.paths, EndpointVerdicts::healthRoutes());
        for (const QByteArray &request : gateway.requests)
            QVERIFY2(request.contains("\r\napikey: anon-key-of-the-test\r\n"), request.constData());
        QVERIFY2(r.evidence.contains(QStringLiteral("/auth/v1/health: HTTP 200 in")), qPrintable(r.evidence));
    }

    void aFailingHealthRouteFailsNamingIt()
    {
        RouteHttpServer gateway;
        QVERIFY(gateway.listen());
        for (const QString &route : EndpointVerdicts::healthRoutes())
            gateway.routes.insert(route, {});
        gateway.routes.insert(QStringLiteral("/storage/v1/status"), {503, "down"});
        AuditContext ctx = context(QStringLiteral("https://localhost"));
        ctx.gatewayPort = gateway.port();
        const AuditCheckResult r = runOne(ctx, QStringLiteral("health-endpoints"));
        QCOMPARE(r.status, AuditStatus::Fail);
        QCOMPARE(r.objects, QStringList{QStringLiteral("/storage/v1/status")});
        QVERIFY2(r.evidence.startsWith(QStringLiteral("Failing: /storage/v1/status.")),
                 qPrintable(r.evidence));
        QVERIFY2(r.evidence.contains(QStringLiteral("/storage/v1/status: HTTP 503")), qPrintable(r.evidence));
    }

    void withoutAGatewayForwardHealthCouldNotBeChecked()
    {
        AuditContext ctx = context(QStringLiteral("https://localhost"));
        QCOMPARE(runOne(ctx, QStringLiteral("health-endpoints")).status, AuditStatus::Unknown);
        // A forward nobody answers on: not one route answered, so it is the gateway, not a service.
        ctx.gatewayPort = freePort();
        const AuditCheckResult r = runOne(ctx, QStringLiteral("health-endpoints"));
        QVERIFY2(r.status == AuditStatus::Unknown, qPrintable(r.evidence));
        QVERIFY2(r.evidence.startsWith(QStringLiteral("The gateway did not answer.")),
                 qPrintable(r.evidence));
    }

    void studioAnsweringWithoutCredentialsFails()
    {
        RouteHttpServer gateway;
        QVERIFY(gateway.listen());
        gateway.routes.insert(
            QStringLiteral("/"),
            {200, "<!DOCTYPE html><html><head><title>Supabase Studio</title></head></html>"});
        AuditContext ctx = context(QStringLiteral("https://localhost"));
        ctx.gatewayPort = gateway.port();
        const AuditCheckResult r = runOne(ctx, QStringLiteral("studio-exposed"));
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY2(r.evidence.contains(QStringLiteral("without credentials")), qPrintable(r.evidence));
        QVERIFY(!gateway.requests.isEmpty());
        QVERIFY(!gateway.requests.first().toLower().contains("authorization"));
    }

    void studioBehindBasicAuthPasses()
    {
        RouteHttpServer gateway;
        QVERIFY(gateway.listen());
        gateway.routes.insert(QStringLiteral("/"), {401, ""});
        AuditContext ctx = context(QStringLiteral("https://localhost"));
        ctx.gatewayPort = gateway.port();
        ctx.host.listeningKnown = true;
        ctx.host.listening = {{QStringLiteral("127.0.0.1"), 3000}, {QStringLiteral("0.0.0.0"), 8000}};
        const AuditCheckResult r = runOne(ctx, QStringLiteral("studio-exposed"));
        QVERIFY2(r.status == AuditStatus::Pass, qPrintable(r.evidence));

        // Studio's own port on every interface fails even behind a gateway that asks for credentials.
        ctx.host.listening << ListeningSocket{QStringLiteral("0.0.0.0"), 3000};
        const AuditCheckResult open = runOne(ctx, QStringLiteral("studio-exposed"));
        QCOMPARE(open.status, AuditStatus::Fail);
        QVERIFY2(open.evidence.contains(QStringLiteral("0.0.0.0:3000")), qPrintable(open.evidence));
    }

    // Docker publishes past ufw: a compose file that publishes Studio's port on every interface fails.
    void studioPublishedByComposeFails()
    {
        AuditContext ctx = context(QStringLiteral("https://localhost"));
        PublishedPort port;
        port.service = QStringLiteral("studio");
        port.hostAddress = QStringLiteral("0.0.0.0");
        port.hostPort = 3000;
        port.containerPort = 3000;
        port.file = QStringLiteral("docker-compose.override.yml");
        port.line = 4;
        ctx.layout.published = {port};
        const AuditCheckResult r = runOne(ctx, QStringLiteral("studio-exposed"));
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY2(r.evidence.contains(QStringLiteral("0.0.0.0:3000 (docker-compose.override.yml, line 4)")),
                 qPrintable(r.evidence));
        port.hostAddress = QStringLiteral("127.0.0.1");
        ctx.layout.published = {port};
        ctx.host.listeningKnown = true;
        QCOMPARE(runOne(ctx, QStringLiteral("studio-exposed")).status, AuditStatus::Pass);
    }

    void studioWithNothingToReadCouldNotBeChecked()
    {
        AuditContext ctx = context(QStringLiteral("https://localhost"));
        ctx.hostError = QStringLiteral("ss is missing");
        const AuditCheckResult r = runOne(ctx, QStringLiteral("studio-exposed"));
        QCOMPARE(r.status, AuditStatus::Unknown);
        QVERIFY2(r.evidence.contains(QStringLiteral("ss is missing")), qPrintable(r.evidence));
    }
};

QTEST_MAIN(TestAuditEndpoints)
#include "tst_auditendpoints.moc"
