// SPDX-License-Identifier: GPL-3.0-or-later
// The generated proxy configurations with the real proxies: nginx and Caddy accept them, certbot and
// Caddy obtain certificates from a local pebble, and TlsProber sees — through 127.0.0.1 and high ports,
// naming the test host in SNI — a chain that verifies against pebble's root, the http:// redirect, HSTS,
// a route to the stand-in gateway and a WebSocket echoed through the proxy; certbot renews. No internet.
#include "core/tls/acmeoutcome.h"
#include "core/tls/proxyconfigwriter.h"
#include "core/tls/proxyinstallscript.h"
#include "core/tls/tlspreflight.h"
#include "harness/harnessstack.h"
#include "services/tls/tlsnameresolver.h"
#include "services/tls/tlsprober.h"
#include "services/tls/tlsverifier.h"
#include "tlstesthelpers.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;
using namespace tlstest;

namespace {

// A real bcrypt hash (of "secret"), as `caddy hash-password` writes one.
const QString kHash = QStringLiteral("$2a$14$gC3ZAEsFwnIXzOjgzBLYc.AlnyBWCMpjtl5cg3bUP6m6JedeoUd4m");

} // namespace

class TstTlsProxies : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Daemons m_daemons;
    Pebble m_pebble;
    int m_gatewayPort = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    TlsSite site(const QString &api, const QString &studio = QString()) const
    {
        TlsSite s;
        s.apiName = api;
        s.studioName = studio;
        s.email = QStringLiteral("ops@supadesk.test");
        s.gatewayPort = m_gatewayPort;
        s.bindAddress = QStringLiteral("127.0.0.1");
        s.httpPort = freePort();
        s.httpsPort = freePort();
        s.fileSizeLimit = 1024 * 1024;
        return s;
    }

    // A main nginx.conf of the test's own around the generated site file.
    QString nginxMain(const QString &dir, const QString &siteFile) const
    {
        QDir().mkpath(dir + QStringLiteral("/logs"));
        const QString conf = dir + QStringLiteral("/nginx.conf");
        writeFile(conf, QStringLiteral(
                            "user root;\nworker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                            "events { worker_connections 64; }\n"
                            "http {\n    access_log off;\n    client_body_temp_path %1/body;\n"
                            "    proxy_temp_path %1/proxy;\n    fastcgi_temp_path %1/fastcgi;\n"
                            "    uwsgi_temp_path %1/uwsgi;\n    scgi_temp_path %1/scgi;\n"
                            "    include %2;\n}\n")
                            .arg(dir, siteFile)
                            .toUtf8());
        return conf;
    }

    QStringList nginxArgs(const QString &dir) const
    {
        return {QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf")};
    }

    // certbot talks to pebble over HTTPS: it must trust the certificate of pebble's own listener.
    QProcessEnvironment certbotEnv(const Pebble &pebble) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REQUESTS_CA_BUNDLE"), pebble.listenerCertFile());
        return env;
    }

    QStringList certbotDirs(const QString &dir) const
    {
        return {QStringLiteral("--config-dir"), dir + QStringLiteral("/config"),
                QStringLiteral("--work-dir"),   dir + QStringLiteral("/work"),
                QStringLiteral("--logs-dir"),   dir + QStringLiteral("/logs")};
    }

    QProcess *startCaddy(const QString &dir, const QString &file)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/home"));
        return m_daemons.start(QStringLiteral("caddy"),
                               {QStringLiteral("run"), QStringLiteral("--adapter"),
                                QStringLiteral("caddyfile"), QStringLiteral("--config"), file},
                               env, dir + QStringLiteral("/caddy.log"));
    }

    // Everything a visitor checks, through 127.0.0.1 and the site's ports with the name in SNI.
    void verifyServing(const TlsSite &s, const QString &name)
    {
        // The one call the TLS page makes before it closes the gateway's port.
        TlsVerifyRequest request;
        request.name = name;
        request.address = QStringLiteral("127.0.0.1");
        request.httpsPort = s.httpsPort;
        request.httpPort = s.httpPort;
        request.routes = {QStringLiteral("/auth/v1/health"), QStringLiteral("/rest/v1/")};
        request.webSocketPath = QStringLiteral("/realtime/v1/websocket");
        request.extraTrust = m_pebble.root();
        const TlsVerifyReport report = TlsVerifier::verify(request);
        QVERIFY2(report.status.ok(),
                 qPrintable(report.status.ok() ? QString() : report.status.error().message));
        QCOMPARE(report.passed.size(), 5);
        // Without pebble's root it stops at the certificate, with tls.verify.
        request.extraTrust.clear();
        const TlsVerifyReport untrustedReport = TlsVerifier::verify(request);
        QCOMPARE(untrustedReport.status.error().code, QStringLiteral("tls.verify"));
        QVERIFY(untrustedReport.passed.isEmpty());

        const TlsTarget https{name, QStringLiteral("127.0.0.1"), s.httpsPort};
        const TlsProbe probe = TlsProber::probe(https, m_pebble.root(), 5000);
        QVERIFY2(probe.observation.reached, qPrintable(probe.observation.error));
        QVERIFY2(probe.observation.trusted, qPrintable(probe.observation.verificationErrors.join("; ")));
        QVERIFY(probe.observation.namesMatch);
        QVERIFY(probe.observation.names.contains(name));
        QVERIFY2(probe.observation.issuer.contains(QStringLiteral("Pebble")),
                 qPrintable(probe.observation.issuer));
        QVERIFY(probe.chain.size() >= 2); // leaf and pebble's intermediate
        QVERIFY(probe.daysLeft > 30);
        QVERIFY2(probe.observation.protocol == QStringLiteral("TLS 1.3") ||
                     probe.observation.protocol == QStringLiteral("TLS 1.2"),
                 qPrintable(probe.observation.protocol));

        // Without pebble's root the same chain is not trusted: the check above is not a formality.
        const TlsProbe untrusted = TlsProber::probe(https, {}, 5000);
        QVERIFY(untrusted.observation.reached);
        QVERIFY(!untrusted.observation.trusted);
        // And another name is a mismatch.
        const TlsProbe other = TlsProber::probe(
            {QStringLiteral("other.supadesk.test"), QStringLiteral("127.0.0.1"), s.httpsPort},
            m_pebble.root(), 5000);
        QVERIFY(!other.observation.reached || !other.observation.namesMatch);

        const Status redirect =
            TlsProber::checkRedirect({name, QStringLiteral("127.0.0.1"), s.httpPort}, s.httpsPort);
        QVERIFY2(redirect.ok(), qPrintable(redirect.ok() ? QString() : redirect.error().message));
        // The gateway itself does not redirect: the check can fail.
        QVERIFY(
            !TlsProber::checkRedirect({name, QStringLiteral("127.0.0.1"), m_gatewayPort}, s.httpsPort).ok());

        const HttpExchange route =
            TlsProber::get(https, true, QStringLiteral("/rest/v1/health"), {}, m_pebble.root());
        QCOMPARE(route.status, 200);
        QVERIFY2(route.body.contains("\"path\":\"/rest/v1/health\""), route.body.constData());
        QCOMPARE(route.headers.value("strict-transport-security"), ProxyConfigWriter::hstsValue().toUtf8());

        const Status ws =
            TlsProber::checkWebSocketEcho(https, QStringLiteral("/realtime/v1/websocket?vsn=1.0.0"),
                                          "hello through the proxy", m_pebble.root());
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
        // The stand-in gateway is an echo server: a frame that did not cross a real upgrade fails.
        QVERIFY(!TlsProber::checkWebSocketEcho({name, QStringLiteral("127.0.0.1"), s.httpPort},
                                               QStringLiteral("/realtime/v1/websocket"), "x", {}, 3000)
                     .ok());
    }

    // The TLS page's fallback when the public name is not reachable from the desktop: the same checks
    // through a real SSH tunnel (the harness's sshd) to the proxy's ports, the public name as SNI.
    void verifyThroughTunnel(const TlsSite &s, const QString &name)
    {
        StackConnection::Settings settings = testenv::harnessSsh();
        settings.forwards = {
            PortForward{QStringLiteral("https"), 0, QStringLiteral("127.0.0.1"), quint16(s.httpsPort)},
            PortForward{QStringLiteral("http"), 0, QStringLiteral("127.0.0.1"), quint16(s.httpPort)}};
        StackConnection tunnel(settings);
        QVERIFY(tunnel.connectToStack().ok());
        QVERIFY2(testenv::waitFor([&] { return tunnel.state() == StackConnection::State::Connected; }),
                 qPrintable(tunnel.reason()));
        TlsVerifyRequest request;
        request.name = name; // resolves nowhere: only the tunnel reaches the proxy
        request.httpsPort = s.httpsPort;
        request.httpPort = s.httpPort;
        request.routes = {QStringLiteral("/auth/v1/health")};
        request.webSocketUpgradePath = QStringLiteral("/realtime/v1/websocket?vsn=1.0.0");
        request.extraTrust = m_pebble.root();
        request.timeoutMs = 5000;
        auto verify = [](const TlsVerifyRequest &r) {
            QFuture<TlsVerifyReport> f = QtConcurrent::run([r] { return TlsVerifier::verify(r); });
            testenv::waitFor([&] { return f.isFinished(); }, 60000);
            return f.result();
        };
        const TlsVerifyReport direct = verify(request);
        QVERIFY(TlsVerifier::unreachable(direct));
        const TlsVerifyReport through = verify(TlsVerifier::throughTunnel(
            request, tunnel.localPort(QStringLiteral("https")), tunnel.localPort(QStringLiteral("http"))));
        QVERIFY2(through.status.ok(),
                 qPrintable(through.status.ok() ? QString() : through.status.error().message));
        // Certificate, redirect (to the public port, not the tunnel's), route, WebSocket upgrade (101).
        QCOMPARE(through.passed.size(), 4);
        QVERIFY(through.probe.observation.names.contains(name));
        // A name the certificate does not carry fails through the tunnel too: SNI and the name check
        // are the public name's, not 127.0.0.1's.
        TlsVerifyRequest wrong =
            TlsVerifier::throughTunnel(request, tunnel.localPort(QStringLiteral("https")), 0);
        wrong.name = QStringLiteral("other.supadesk.test");
        QCOMPARE(verify(wrong).status.error().code, QStringLiteral("tls.verify"));
        // The upgrade is checked, not assumed: a path the stand-in gateway does not upgrade fails.
        TlsVerifyRequest plain =
            TlsVerifier::throughTunnel(request, tunnel.localPort(QStringLiteral("https")), 0);
        plain.routes.clear();
        plain.webSocketUpgradePath = QStringLiteral("/rest/v1/health");
        const TlsVerifyReport refused = verify(plain);
        QVERIFY(!refused.status.ok());
        QVERIFY2(refused.status.error().message.contains(QStringLiteral("not 101")),
                 qPrintable(refused.status.error().message));
        tunnel.disconnectFromStack();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // SUPADESK_KEEP_TEST_DIR keeps the logs of pebble, certbot and the proxies for a look afterwards.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SUPADESK_KEEP_TEST_DIR"));
        if (!m_dir.autoRemove())
            qInfo("keeping %s", qPrintable(m_dir.path()));
        for (const char *tool : {"caddy", "nginx", "certbot", "pebble", "openssl"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty() ||
                         QFile::exists(QStringLiteral("/usr/sbin/") + QString::fromLatin1(tool)),
                     tool);
        const QString pebble = m_pebble.start(m_daemons, path(QStringLiteral("pebble")), true);
        QVERIFY2(pebble.isEmpty(), qPrintable(pebble));
        m_gatewayPort = freePort();
        m_daemons.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(SUPADESK_TEST_DATA_DIR "/tls/echoserver.py"), QString::number(m_gatewayPort)});
        QVERIFY(waitUntil(
            [&] {
                return TlsProber::get(
                           {QStringLiteral("gw.supadesk.test"), QStringLiteral("127.0.0.1"), m_gatewayPort},
                           false, QStringLiteral("/"))
                           .status == 200;
            },
            10000));
    }

    void configsPassTheProxiesOwnChecks()
    {
        const QString dir = path(QStringLiteral("check"));
        QDir().mkpath(dir);
        TlsSite s = site(QStringLiteral("api.supadesk.test"), QStringLiteral("studio.supadesk.test"));
        s.studioAuth = StudioAuth::Proxy;
        s.studioUser = QStringLiteral("supabase");
        s.studioPassHash = kHash;
        QVERIFY(TlsSiteCheck::validate(s).ok());
        TlsSite one = s;
        one.studioName.clear();
        // As on a server: every interface, IPv4 and IPv6, ports 80 and 443 (checked, not bound).
        TlsSite server = s;
        server.bindAddress.clear();
        server.httpPort = 80;
        server.httpsPort = 443;
        server.gatewayPort = 8000;

        // Caddy, for each shape, with and without the test's ACME endpoint.
        for (const TlsSite &candidate : {s, one, server}) {
            for (const CaddyOptions &options :
                 {CaddyOptions{},
                  CaddyOptions{{m_pebble.directoryUrl(), m_pebble.listenerCertFile()}, dir, "off", {}}}) {
                const QString file = dir + QStringLiteral("/Caddyfile");
                writeFile(file, ProxyConfigWriter::caddyfile(candidate, options).toUtf8());
                const Run r = run(QStringLiteral("caddy"),
                                  {QStringLiteral("validate"), QStringLiteral("--adapter"),
                                   QStringLiteral("caddyfile"), QStringLiteral("--config"), file});
                QVERIFY2(r.code == 0, qPrintable(r.err.right(1500)));
            }
        }
        // The check is real: a Caddyfile with an unknown directive is refused.
        writeFile(dir + QStringLiteral("/Caddyfile"),
                  ProxyConfigWriter::caddyfile(s)
                      .replace(QStringLiteral("reverse_proxy"), QStringLiteral("reverse_proxi"))
                      .toUtf8());
        QVERIFY(run(QStringLiteral("caddy"),
                    {QStringLiteral("validate"), QStringLiteral("--adapter"), QStringLiteral("caddyfile"),
                     QStringLiteral("--config"), dir + QStringLiteral("/Caddyfile")})
                    .code != 0);

        // nginx: both stages, both shapes, with a certificate where the full stage names it.
        NginxOptions options;
        options.certificateFile = dir + QStringLiteral("/cert.pem");
        options.keyFile = dir + QStringLiteral("/key.pem");
        options.webroot = dir + QStringLiteral("/acme");
        options.htpasswdFile = dir + QStringLiteral("/htpasswd");
        QVERIFY(selfSigned(options.certificateFile, options.keyFile, s.names()).isEmpty());
        writeFile(options.htpasswdFile, ProxyConfigWriter::nginxHtpasswd(s).toUtf8());
        const QString siteFile = dir + QStringLiteral("/site.conf");
        nginxMain(dir, siteFile);
        for (const TlsSite &candidate : {s, one, server, site(QStringLiteral("plain.supadesk.test"))}) {
            for (const auto stage :
                 {ProxyConfigWriter::NginxStage::Challenge, ProxyConfigWriter::NginxStage::Full}) {
                writeFile(siteFile, ProxyConfigWriter::nginxSite(candidate, stage, options).toUtf8());
                const Run r =
                    run(QStringLiteral("nginx"), QStringList{QStringLiteral("-t")} + nginxArgs(dir));
                QVERIFY2(r.code == 0, qPrintable(r.err));
            }
        }
        // The check is real: the full stage without its certificate is refused.
        options.certificateFile = dir + QStringLiteral("/missing.pem");
        writeFile(siteFile,
                  ProxyConfigWriter::nginxSite(s, ProxyConfigWriter::NginxStage::Full, options).toUtf8());
        const Run missing = run(QStringLiteral("nginx"), QStringList{QStringLiteral("-t")} + nginxArgs(dir));
        QVERIFY(missing.code != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("missing.pem")), qPrintable(missing.err));
    }

    void nginxAndCertbot()
    {
        const QString dir = path(QStringLiteral("nginx"));
        QDir().mkpath(dir + QStringLiteral("/acme"));
        const QString name = QStringLiteral("api.supadesk.test");
        TlsSite s = site(name);
        NginxOptions options;
        options.webroot = dir + QStringLiteral("/acme");
        options.certificateFile = dir + QStringLiteral("/certbot/config/live/%1/fullchain.pem").arg(name);
        options.keyFile = dir + QStringLiteral("/certbot/config/live/%1/privkey.pem").arg(name);
        const QString siteFile = dir + QStringLiteral("/site.conf");
        nginxMain(dir, siteFile);

        // First the HTTP block alone (ACME challenge and redirect), then certbot, then the full site.
        writeFile(
            siteFile,
            ProxyConfigWriter::nginxSite(s, ProxyConfigWriter::NginxStage::Challenge, options).toUtf8());
        QProcess *nginx = m_daemons.start(
            QStringLiteral("nginx"),
            nginxArgs(dir) + QStringList{QStringLiteral("-g"), QStringLiteral("daemon off;")});
        QVERIFY(waitUntil(
            [&] {
                return TlsProber::get({name, QStringLiteral("127.0.0.1"), s.httpPort}, false, "/").status ==
                       301;
            },
            10000));

        const QString reload = QStringLiteral("nginx -p %1 -c %1/nginx.conf -s reload").arg(dir);
        const QStringList args =
            ProxyConfigWriter::certbotArguments(s, options, {m_pebble.directoryUrl(), {}}, reload) +
            certbotDirs(dir + QStringLiteral("/certbot"));
        const Run issued = run(QStringLiteral("certbot"), args, certbotEnv(m_pebble));
        QVERIFY2(issued.code == 0, qPrintable(issued.out + issued.err));
        QVERIFY(AcmeOutcome::fromCertbot(issued.code, issued.out + issued.err).ok());
        QVERIFY(QFile::exists(options.certificateFile));

        const QString installed = dir + QStringLiteral("/installed");
        const QString script =
            ProxyInstallScript::install(siteFile, siteFile + QStringLiteral(".supadesk-backup-1"),
                                        QStringLiteral("nginx -t -q -p %1 -c %1/nginx.conf").arg(dir),
                                        reload + QStringLiteral(" && touch ") + installed);
        const Run install =
            run(QStringLiteral("sh"), {QStringLiteral("-c"), script}, {},
                ProxyConfigWriter::nginxSite(s, ProxyConfigWriter::NginxStage::Full, options).toUtf8());
        QVERIFY2(ProxyInstallScript::outcome(install.code, install.err).ok(), qPrintable(install.err));
        QVERIFY(QFile::exists(installed));
        QVERIFY(waitUntil(
            [&] {
                return TlsProber::probe({name, QStringLiteral("127.0.0.1"), s.httpsPort}, m_pebble.root(),
                                        2000)
                    .verified();
            },
            10000));
        verifyServing(s, name);
        if (QTest::currentTestFailed())
            return;
        verifyThroughTunnel(s, name);
        if (QTest::currentTestFailed())
            return;

        // Renewal, forced: certbot renews from its saved configuration and its deploy hook reloads nginx.
        const QByteArray before =
            TlsProber::probe({name, QStringLiteral("127.0.0.1"), s.httpsPort}, m_pebble.root())
                .chain.value(0)
                .serialNumber();
        QVERIFY(!before.isEmpty());
        const Run renewed = run(QStringLiteral("certbot"),
                                QStringList{QStringLiteral("renew"), QStringLiteral("--force-renewal"),
                                            QStringLiteral("--non-interactive"),
                                            QStringLiteral("--no-random-sleep-on-renew")} +
                                    certbotDirs(dir + QStringLiteral("/certbot")),
                                certbotEnv(m_pebble));
        QVERIFY2(renewed.code == 0, qPrintable((renewed.out + renewed.err).right(1500)));
        QVERIFY2(waitUntil(
                     [&] {
                         return TlsProber::probe({name, QStringLiteral("127.0.0.1"), s.httpsPort},
                                                 m_pebble.root(), 2000)
                                    .chain.value(0)
                                    .serialNumber() != before;
                     },
                     15000),
                 "nginx still serves the certificate from before the renewal");
        verifyServing(s, name);
        m_daemons.stop(nginx);
    }

    void caddyWithPebble()
    {
        const QString dir = path(QStringLiteral("caddy"));
        QDir().mkpath(dir + QStringLiteral("/home"));
        const QString name = QStringLiteral("caddy.supadesk.test");
        const TlsSite s = site(name);
        CaddyOptions options{{m_pebble.directoryUrl(), m_pebble.listenerCertFile()},
                             dir + QStringLiteral("/storage"),
                             QStringLiteral("off"),
                             {}};
        const QString file = dir + QStringLiteral("/Caddyfile");
        writeFile(file, ProxyConfigWriter::caddyfile(s, options).toUtf8());
        QProcess *caddy = startCaddy(dir, file);
        const bool issued = waitUntil(
            [&] {
                return TlsProber::probe({name, QStringLiteral("127.0.0.1"), s.httpsPort}, m_pebble.root(),
                                        2000)
                    .verified();
            },
            90000);
        QVERIFY2(issued, readFile(dir + QStringLiteral("/caddy.log")).right(3000).constData());
        verifyServing(s, name);
        verifyThroughTunnel(s, name);
        m_daemons.stop(caddy);
    }

    void caddyRenewsAShortLivedCertificate()
    {
        // A pebble of its own that issues for 90 seconds: Caddy renews with a third of the lifetime left.
        Pebble shortLived;
        const QString started = shortLived.start(m_daemons, path(QStringLiteral("shortlived")), true, 90);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString dir = path(QStringLiteral("caddyrenew"));
        QDir().mkpath(dir + QStringLiteral("/home"));
        const QString name = QStringLiteral("renew.supadesk.test");
        const TlsSite s = site(name);
        CaddyOptions options{{shortLived.directoryUrl(), shortLived.listenerCertFile()},
                             dir + QStringLiteral("/storage"),
                             QStringLiteral("off"),
                             QStringLiteral("5s")};
        const QString file = dir + QStringLiteral("/Caddyfile");
        writeFile(file, ProxyConfigWriter::caddyfile(s, options).toUtf8());
        QProcess *caddy = startCaddy(dir, file);
        const TlsTarget target{name, QStringLiteral("127.0.0.1"), s.httpsPort};
        QVERIFY2(
            waitUntil([&] { return TlsProber::probe(target, shortLived.root(), 2000).verified(); }, 90000),
            readFile(dir + QStringLiteral("/caddy.log")).right(3000).constData());
        const TlsProbe first = TlsProber::probe(target, shortLived.root());
        QVERIFY(first.observation.expiry < QDateTime::currentDateTimeUtc().addSecs(120));
        QVERIFY2(waitUntil(
                     [&] {
                         const TlsProbe now = TlsProber::probe(target, shortLived.root(), 2000);
                         return now.verified() &&
                                now.chain.value(0).serialNumber() != first.chain.value(0).serialNumber();
                     },
                     120000),
                 readFile(dir + QStringLiteral("/caddy.log")).right(3000).constData());
        m_daemons.stop(caddy);
    }

    void namesThatDoNotResolve()
    {
        const Status missing =
            TlsNameResolver::check({QStringLiteral("nothing.supadesk.invalid")}, {"127.0.0.1"});
        QCOMPARE(missing.error().code, QStringLiteral("tls.dns"));
        QVERIFY(missing.error().message.contains(QStringLiteral("nothing.supadesk.invalid")));
        const QHash<QString, QStringList> local = TlsNameResolver::resolve({QStringLiteral("localhost")});
        QVERIFY(!local.value(QStringLiteral("localhost")).isEmpty());
        QVERIFY(
            TlsNameResolver::check({QStringLiteral("localhost")}, local.value(QStringLiteral("localhost")))
                .ok());
        QCOMPARE(TlsNameResolver::check({QStringLiteral("localhost")}, {"203.0.113.9"}).error().code,
                 QStringLiteral("tls.dns"));
    }

    void portTakenByAnotherProgram()
    {
        const int http = freePort();
        const int https = freePort();
        QProcess *other =
            m_daemons.start(QStringLiteral("/usr/bin/python3"),
                            {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                             QStringLiteral("127.0.0.1"), QString::number(http)});
        QVERIFY(waitUntil(
            [&] {
                return TlsProber::get({QStringLiteral("x.supadesk.test"), QStringLiteral("127.0.0.1"), http},
                                      false, "/")
                           .status == 200;
            },
            10000));
        const Run ss =
            run(QStringLiteral("sh"), {QStringLiteral("-c"), TlsPreflight::portsCommand(http, https)});
        QCOMPARE(ss.code, 0);
        const Status taken = TlsPreflight::checkPorts(TlsPreflight::parsePorts(ss.out), TlsProxyKind::Nginx,
                                                      false, http, https);
        QCOMPARE(taken.error().code, QStringLiteral("tls.port"));
        QVERIFY2(taken.error().message.contains(QStringLiteral("python")), qPrintable(taken.error().message));
        QVERIFY(taken.error().message.contains(QString::number(other->processId())));
        m_daemons.stop(other);
        const Run after =
            run(QStringLiteral("sh"), {QStringLiteral("-c"), TlsPreflight::portsCommand(http, https)});
        QVERIFY(TlsPreflight::checkPorts(TlsPreflight::parsePorts(after.out), TlsProxyKind::Nginx, false,
                                         http, https)
                    .ok());
    }

    void acmeErrorLeavesNothingBehind()
    {
        // A pebble that really validates: the name does not resolve, so HTTP-01 fails.
        Pebble strict;
        const QString started = strict.start(m_daemons, path(QStringLiteral("strict")), false);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString dir = path(QStringLiteral("acmeerror"));
        QDir().mkpath(dir + QStringLiteral("/acme"));
        const TlsSite s = site(QStringLiteral("nowhere.supadesk.test"));
        NginxOptions options;
        options.webroot = dir + QStringLiteral("/acme");
        const Run r =
            run(QStringLiteral("certbot"),
                ProxyConfigWriter::certbotArguments(s, options, {strict.directoryUrl(), {}}, QString()) +
                    certbotDirs(dir + QStringLiteral("/certbot")),
                certbotEnv(strict));
        QVERIFY(r.code != 0);
        const Status outcome = AcmeOutcome::fromCertbot(r.code, r.out + r.err);
        QCOMPARE(outcome.error().code, QStringLiteral("tls.acme"));
        QVERIFY2(outcome.error().message.contains(QStringLiteral("nowhere.supadesk.test")),
                 qPrintable((r.out + r.err).right(1500)));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/certbot/config/live/nowhere.supadesk.test")));
    }

    void refusedConfigurationIsUndone()
    {
        const QString dir = path(QStringLiteral("undo"));
        QDir().mkpath(dir);
        const TlsSite s = site(QStringLiteral("undo.supadesk.test"));
        NginxOptions options;
        options.webroot = dir + QStringLiteral("/acme");
        options.certificateFile = dir + QStringLiteral("/absent.pem");
        const QString siteFile = dir + QStringLiteral("/site.conf");
        nginxMain(dir, siteFile);
        const QByteArray old =
            ProxyConfigWriter::nginxSite(s, ProxyConfigWriter::NginxStage::Challenge, options).toUtf8();
        writeFile(siteFile, old);
        const QString reloaded = dir + QStringLiteral("/reloaded");
        const QString script =
            ProxyInstallScript::install(siteFile, siteFile + QStringLiteral(".supadesk-backup-1"),
                                        QStringLiteral("nginx -t -q -p %1 -c %1/nginx.conf").arg(dir),
                                        QStringLiteral("touch ") + reloaded);
        // The full site names a certificate that does not exist: nginx refuses, the old file comes back.
        const Run refused =
            run(QStringLiteral("sh"), {QStringLiteral("-c"), script}, {},
                ProxyConfigWriter::nginxSite(s, ProxyConfigWriter::NginxStage::Full, options).toUtf8());
        QCOMPARE(refused.code, ProxyInstallScript::RefusedExit);
        const Status outcome = ProxyInstallScript::outcome(refused.code, refused.err);
        QCOMPARE(outcome.error().code, QStringLiteral("tls.config"));
        QVERIFY2(outcome.error().message.contains(QStringLiteral("absent.pem")),
                 qPrintable(outcome.error().message));
        QCOMPARE(readFile(siteFile), old);
        QVERIFY(!QFile::exists(reloaded));

        // With no file before, a refused one is removed again.
        QFile::remove(siteFile);
        const Run fresh =
            run(QStringLiteral("sh"), {QStringLiteral("-c"), script}, {},
                ProxyConfigWriter::nginxSite(s, ProxyConfigWriter::NginxStage::Full, options).toUtf8());
        QCOMPARE(fresh.code, ProxyInstallScript::RefusedExit);
        QVERIFY(!QFile::exists(siteFile));

        // A good one is installed and the proxy reloaded.
        writeFile(siteFile, old);
        const QByteArray good =
            ProxyConfigWriter::nginxSite(site(QStringLiteral("good.supadesk.test")),
                                         ProxyConfigWriter::NginxStage::Challenge, options)
                .toUtf8();
        const Run ok = run(QStringLiteral("sh"), {QStringLiteral("-c"), script}, {}, good);
        QCOMPARE(ok.code, 0);
        QCOMPARE(readFile(siteFile), good);
        QCOMPARE(readFile(siteFile + QStringLiteral(".supadesk-backup-1")), old);
        QVERIFY(QFile::exists(reloaded));
    }

    void cleanupTestCase() { m_daemons.stopAll(); }
};

QTEST_GUILESS_MAIN(TstTlsProxies)
#include "tst_tlsproxies.moc"
