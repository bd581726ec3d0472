// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS page's pure parts: input rules, the proxy configurations, the .env plan (own proxy and
// Supabase's overlay), PostgreSQL's SSL settings and pg_hba rewrite, and the preflight rules. The
// generated configurations are checked by the proxies themselves in tests/tls/tst_tlsproxies.
#include "core/tls/acmeoutcome.h"
#include "core/tls/pgsslconfig.h"
#include "core/tls/proxyconfigwriter.h"
#include "core/tls/studioproxyauth.h"
#include "core/tls/tlsenvplan.h"
#include "core/tls/tlspreflight.h"
#include "core/tls/tlssite.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace supadesk;

namespace {

TlsSite site(const QString &studio = QString())
{
    TlsSite s;
    s.apiName = QStringLiteral("api.example.com");
    s.studioName = studio;
    s.email = QStringLiteral("admin@example.com");
    return s;
}

const QString kHash = QStringLiteral("$2a$14$Zkx19XLiW6VYouLHR5NmfOFU0z2GTNmpkT/5qqR7hx4IjWJPDhjvG");

} // namespace

class TstTlsConfig : public QObject
{
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("studio");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "api.example.com"
                               << ""
                               << "a@example.com" << true;
        QTest::newRow("two names") << "api.example.com"
                                   << "studio.example.com"
                                   << "a.b+c@example.com" << true;
        QTest::newRow("capitals and space") << " API.Example.com "
                                            << ""
                                            << "a@example.com" << true;
        QTest::newRow("no api") << ""
                                << ""
                                << "a@example.com" << false;
        QTest::newRow("address") << "203.0.113.4"
                                 << ""
                                 << "a@example.com" << false;
        QTest::newRow("single label") << "localhost"
                                      << ""
                                      << "a@example.com" << false;
        QTest::newRow("wildcard") << "*.example.com"
                                  << ""
                                  << "a@example.com" << false;
        QTest::newRow("port") << "api.example.com:8443"
                              << ""
                              << "a@example.com" << false;
        QTest::newRow("underscore") << "api_x.example.com"
                                    << ""
                                    << "a@example.com" << false;
        QTest::newRow("hyphen edge") << "-api.example.com"
                                     << ""
                                     << "a@example.com" << false;
        QTest::newRow("bad studio") << "api.example.com"
                                    << "studio..example.com"
                                    << "a@example.com" << false;
        QTest::newRow("no at") << "api.example.com"
                               << ""
                               << "admin.example.com" << false;
        QTest::newRow("no domain dot") << "api.example.com"
                                       << ""
                                       << "admin@example" << false;
        QTest::newRow("two ats") << "api.example.com"
                                 << ""
                                 << "a@b@example.com" << false;
        QTest::newRow("double dot user") << "api.example.com"
                                         << ""
                                         << "a..b@example.com" << false;
        QTest::newRow("empty email") << "api.example.com"
                                     << ""
                                     << "" << false;
    }
    void validation()
    {
        QFETCH(QString, api);
        QFETCH(QString, studio);
        QFETCH(QString, email);
        QFETCH(bool, ok);
        TlsSite s = site(studio);
        s.apiName = api;
        s.email = email;
        const Status status = TlsSiteCheck::validate(s);
        QCOMPARE(status.ok(), ok);
        if (!ok) {
            QCOMPARE(status.error().code, QStringLiteral("tls.value"));
            QVERIFY(!status.error().message.isEmpty());
        }
    }

    void proxyAuthNeedsBcrypt()
    {
        TlsSite s = site(QStringLiteral("studio.example.com"));
        s.studioAuth = StudioAuth::Proxy;
        s.studioUser = QStringLiteral("supabase");
        s.studioPassHash = QStringLiteral("plain-password");
        QCOMPARE(TlsSiteCheck::validate(s).error().code, QStringLiteral("tls.value"));
        s.studioPassHash = kHash;
        QVERIFY(TlsSiteCheck::validate(s).ok());
        s.httpsPort = 80;
        QVERIFY(!TlsSiteCheck::validate(s).ok());
    }

    void namesAndUrls()
    {
        TlsSite s = site(QStringLiteral("Studio.Example.com"));
        QCOMPARE(s.names(), (QStringList{"api.example.com", "studio.example.com"}));
        QCOMPARE(s.apiUrl(), QStringLiteral("https://api.example.com"));
        QCOMPARE(s.studioUrl(), QStringLiteral("https://studio.example.com"));
        s.studioName = QStringLiteral("api.example.com");
        QCOMPARE(s.names(), QStringList{"api.example.com"});
        s.httpsPort = 18443;
        QCOMPARE(s.apiUrl(), QStringLiteral("https://api.example.com:18443"));
    }

    void caddyfile()
    {
        const QString text = ProxyConfigWriter::caddyfile(site(QStringLiteral("studio.example.com")));
        QVERIFY(text.contains(QStringLiteral("\temail admin@example.com\n")));
        QVERIFY(!text.contains(QStringLiteral("http_port"))); // 80/443 are Caddy's own defaults
        QVERIFY(text.contains(QStringLiteral("protocols tls1.2 tls1.3")));
        QVERIFY(text.contains(QStringLiteral("header Strict-Transport-Security \"max-age=31536000\"")));
        QVERIFY(text.contains(QStringLiteral("max_size 53477376"))); // 50 MiB + 1 MiB
        QVERIFY(text.contains(QStringLiteral("\napi.example.com {\n\timport supadesk_tls\n\treverse_proxy "
                                             "127.0.0.1:8000\n}")));
        QVERIFY(text.contains(QStringLiteral("\nstudio.example.com {\n")));
        QVERIFY(!text.contains(QStringLiteral("basicauth")));
    }

    void caddyProxyAuth()
    {
        TlsSite one = site();
        one.studioAuth = StudioAuth::Proxy;
        one.studioUser = QStringLiteral("supabase");
        one.studioPassHash = kHash;
        CaddyOptions options;
        options.acme = {QStringLiteral("https://127.0.0.1:14000/dir"), QStringLiteral("/tmp/root.pem")};
        options.adminAddress = QStringLiteral("off");
        one.httpPort = 18080;
        one.httpsPort = 18443;
        const QString text = ProxyConfigWriter::caddyfile(one, options);
        QVERIFY(text.contains(QStringLiteral("\thttp_port 18080\n")));
        QVERIFY(!text.contains(QStringLiteral("https_port")));
        QVERIFY(text.contains(QStringLiteral("\napi.example.com:18443 {\n")));
        QVERIFY(text.contains(
            QStringLiteral("acme_ca https://127.0.0.1:14000/dir\n\tacme_ca_root /tmp/root.pem")));
        QVERIFY(text.contains(QStringLiteral("\tadmin off\n")));
        // One name: the API's routes stay open, Studio's pages ask for the password.
        QVERIFY(text.contains(QStringLiteral("@studio not path /auth/v1/* /rest/v1/* /realtime/v1/*")));
        QVERIFY(text.contains(QStringLiteral("basicauth @studio {\n\t\tsupabase ") + kHash));

        TlsSite two = one;
        two.studioName = QStringLiteral("studio.example.com");
        const QString both = ProxyConfigWriter::caddyfile(two, options);
        QVERIFY(!both.contains(QStringLiteral("@studio")));
        const qsizetype studioBlock = both.indexOf(QStringLiteral("\nstudio.example.com:18443 {"));
        QVERIFY(studioBlock > 0);
        QVERIFY(both.indexOf(QStringLiteral("basicauth {")) > studioBlock);
    }

    void nginx()
    {
        TlsSite s = site(QStringLiteral("studio.example.com"));
        s.fileSizeLimit = 104857600;
        const QString challenge = ProxyConfigWriter::nginxSite(s, ProxyConfigWriter::NginxStage::Challenge);
        QVERIFY(challenge.contains(QStringLiteral("listen 80;")));
        QVERIFY(challenge.contains(QStringLiteral("listen [::]:80;")));
        QVERIFY(challenge.contains(QStringLiteral("server_name api.example.com studio.example.com;")));
        QVERIFY(challenge.contains(QStringLiteral("root /var/www/supadesk-acme;")));
        QVERIFY(challenge.contains(QStringLiteral("return 301 https://$host$request_uri;")));
        QVERIFY(!challenge.contains(QStringLiteral("ssl_certificate")));

        const QString full = ProxyConfigWriter::nginxSite(s, ProxyConfigWriter::NginxStage::Full);
        QVERIFY(full.startsWith(challenge));
        QCOMPARE(full.count(QStringLiteral("listen 443 ssl http2;")), 2);
        QCOMPARE(full.count(
                     QStringLiteral("ssl_certificate /etc/letsencrypt/live/api.example.com/fullchain.pem;")),
                 2);
        QCOMPARE(full.count(QStringLiteral("ssl_protocols TLSv1.2 TLSv1.3;")), 2);
        QCOMPARE(
            full.count(QStringLiteral("add_header Strict-Transport-Security \"max-age=31536000\" always;")),
            2);
        QCOMPARE(full.count(QStringLiteral("client_max_body_size 105906176;")), 2);
        QCOMPARE(full.count(QStringLiteral("proxy_set_header Connection $supadesk_connection_upgrade;")), 2);
        QVERIFY(full.contains(QStringLiteral("location /realtime/ {")));
        QVERIFY(full.contains(QStringLiteral("proxy_pass http://127.0.0.1:8000;")));
        QVERIFY(!full.contains(QStringLiteral("auth_basic")));
        QVERIFY(ProxyConfigWriter::nginxHtpasswd(s).isEmpty());

        s.bindAddress = QStringLiteral("127.0.0.1");
        s.httpPort = 18080;
        s.httpsPort = 18443;
        s.studioAuth = StudioAuth::Proxy;
        s.studioUser = QStringLiteral("supabase");
        s.studioPassHash = kHash;
        const QString test = ProxyConfigWriter::nginxSite(s, ProxyConfigWriter::NginxStage::Full);
        QVERIFY(test.contains(QStringLiteral("listen 127.0.0.1:18080;")));
        QVERIFY(test.contains(QStringLiteral("listen 127.0.0.1:18443 ssl http2;")));
        QVERIFY(!test.contains(QStringLiteral("[::]")));
        QVERIFY(test.contains(QStringLiteral("return 301 https://$host:18443$request_uri;")));
        QCOMPARE(test.count(QStringLiteral("auth_basic \"Supabase Studio\";")), 1); // the Studio name only
        QVERIFY(test.indexOf(QStringLiteral("auth_basic ")) >
                test.indexOf(QStringLiteral("server_name studio.")));
        QCOMPARE(ProxyConfigWriter::nginxHtpasswd(s),
                 QStringLiteral("supabase:") + kHash + QLatin1Char('\n'));
    }

    void certbotArguments()
    {
        const TlsSite s = site(QStringLiteral("studio.example.com"));
        const QStringList args =
            ProxyConfigWriter::certbotArguments(s, {}, {QStringLiteral("https://ca/dir"), {}});
        QCOMPARE(args.mid(0, 6), (QStringList{"certonly", "--webroot", "--webroot-path",
                                              "/var/www/supadesk-acme", "--cert-name", "api.example.com"}));
        QVERIFY(args.join(' ').contains(QStringLiteral("-d api.example.com -d studio.example.com --email "
                                                       "admin@example.com --agree-tos")));
        QVERIFY(args.join(' ').contains(QStringLiteral("--deploy-hook systemctl reload nginx")));
        QCOMPARE(args.mid(args.size() - 2), (QStringList{"--server", "https://ca/dir"}));
    }

    void envPlanOwnProxy()
    {
        const EnvFile env = EnvFile::parse(QStringLiteral("SITE_URL=http://localhost:3000\n"
                                                          "API_EXTERNAL_URL=http://203.0.113.4:8000/auth/v1\n"
                                                          "SUPABASE_PUBLIC_URL=http://203.0.113.4:8000\n"));
        const TlsEnvPlan plan = TlsEnvPlanner::plan(site(), TlsProxyKind::Caddy, env, StackLayout{});
        QCOMPARE(plan.assignments, (EnvAssignments{{"SUPABASE_PUBLIC_URL", "https://api.example.com"},
                                                   {"API_EXTERNAL_URL", "https://api.example.com/auth/v1"}}));
        QCOMPARE(plan.notes.size(), 1); // SITE_URL on localhost is the application's, left with a note
        QVERIFY(plan.notes.first().contains(QStringLiteral("http://localhost:3000")));
        QVERIFY(plan.overlay.isEmpty());

        const EnvFile app = EnvFile::parse(QStringLiteral("SITE_URL=http://app.example.com:80/start\n"
                                                          "API_EXTERNAL_URL=https://api.example.com\n"
                                                          "SUPABASE_PUBLIC_URL=https://api.example.com\n"));
        const TlsEnvPlan second = TlsEnvPlanner::plan(site(), TlsProxyKind::Nginx, app, StackLayout{});
        QCOMPARE(second.assignments, (EnvAssignments{{"SITE_URL", "https://app.example.com/start"}}));
        QVERIFY(second.notes.isEmpty());
    }

    void envPlanSupabaseOverlay()
    {
        const EnvFile env = EnvFile::parse(QStringLiteral("SITE_URL=https://app.example.com\n"
                                                          "API_EXTERNAL_URL=http://localhost:8000\n"
                                                          "PROXY_DOMAIN=your-domain.example.com\n"
                                                          "CERTBOT_EMAIL=admin@example.com\n"));
        StackLayout layout;
        layout.composeFiles = {QStringLiteral("docker-compose.yml")};
        layout.availableOverlays = {QStringLiteral("docker-compose.caddy.yml"),
                                    QStringLiteral("docker-compose.nginx.yml")};
        TlsSite s = site(QStringLiteral("studio.example.com"));
        s.email = QStringLiteral("ops@example.com");
        const TlsEnvPlan caddy = TlsEnvPlanner::plan(s, TlsProxyKind::Caddy, env, layout);
        QCOMPARE(caddy.overlay, QStringLiteral("docker-compose.caddy.yml"));
        QCOMPARE(caddy.composeFiles, (QStringList{"docker-compose.yml", "docker-compose.caddy.yml"}));
        QCOMPARE(caddy.assignments,
                 (EnvAssignments{{"SUPABASE_PUBLIC_URL", "https://api.example.com"},
                                 {"API_EXTERNAL_URL", "https://api.example.com"},
                                 {"PROXY_DOMAIN", "api.example.com"},
                                 {"COMPOSE_FILE", "docker-compose.yml:docker-compose.caddy.yml"}}));
        QCOMPARE(caddy.notes.size(), 1); // one name only in Supabase's overlay

        const TlsEnvPlan nginx = TlsEnvPlanner::plan(s, TlsProxyKind::Nginx, env, layout);
        QVERIFY(nginx.assignments.contains(EnvAssignment{"CERTBOT_EMAIL", "ops@example.com"}));

        // Already active: COMPOSE_FILE is left alone.
        layout.composeFiles << QStringLiteral("docker-compose.caddy.yml");
        layout.overlays = {QStringLiteral("docker-compose.caddy.yml")};
        layout.availableOverlays.removeAll(QStringLiteral("docker-compose.caddy.yml"));
        const TlsEnvPlan active = TlsEnvPlanner::plan(site(), TlsProxyKind::Caddy, env, layout);
        QVERIFY(std::none_of(active.assignments.cbegin(), active.assignments.cend(),
                             [](const EnvAssignment &a) { return a.key == QLatin1String("COMPOSE_FILE"); }));
    }

    void pgSettings()
    {
        QCOMPARE(PgSslConfig::settings(QStringLiteral("/etc/ssl/pg's.crt"), QStringLiteral("/k.key")),
                 QStringLiteral("ssl = on\nssl_cert_file = '/etc/ssl/pg''s.crt'\nssl_key_file = '/k.key'\n"
                                "ssl_min_protocol_version = 'TLSv1.2'\n"));
    }

    void pgHbaRewrite()
    {
        // Supabase's image's pg_hba.conf, in substance.
        const QString hba = QStringLiteral("# TYPE DATABASE USER ADDRESS METHOD\n"
                                           "local all supabase_admin scram-sha-256\n"
                                           "local all all peer map=supabase_map\n"
                                           "host all all 127.0.0.1/32 trust\n"
                                           "host all all ::1/128 trust\n"
                                           "host all all 172.16.0.0/12 scram-sha-256\n"
                                           "host all all 10.0.0.0/8 scram-sha-256\n"
                                           "host all all 192.168.0.0 255.255.0.0 md5\n"
                                           "host all all 0.0.0.0/0 scram-sha-256 # the world\n"
                                           "hostnossl all all ::0/0 trust\n"
                                           "host all all 0.0.0.0/0 reject\n"
                                           "hostssl all all 0.0.0.0/0 cert\n");
        const PgSslConfig::HbaRewrite out = PgSslConfig::requireSsl(hba);
        QCOMPARE(out.changes.size(), 4);
        const QStringList lines = out.text.split('\n');
        QVERIFY(lines.contains(QStringLiteral("host all all 127.0.0.1/32 trust")));
        QVERIFY(lines.contains(QStringLiteral("host all all 172.16.0.0/12 scram-sha-256")));
        QVERIFY(lines.contains(QStringLiteral("hostssl all all 10.0.0.0/8 scram-sha-256")));
        QVERIFY(lines.contains(QStringLiteral("hostssl all all 192.168.0.0 255.255.0.0 scram-sha-256")));
        QVERIFY(lines.contains(QStringLiteral("hostssl all all 0.0.0.0/0 scram-sha-256")));
        QVERIFY(lines.contains(QStringLiteral("# host all all 0.0.0.0/0 scram-sha-256 # the world")));
        QVERIFY(lines.contains(QStringLiteral("hostssl all all ::0/0 scram-sha-256")));
        QVERIFY(lines.contains(QStringLiteral("host all all 0.0.0.0/0 reject")));
        QVERIFY(lines.contains(QStringLiteral("hostssl all all 0.0.0.0/0 cert")));
        QVERIFY(!lines.contains(QStringLiteral("host all all 0.0.0.0/0 scram-sha-256 # the world")));
        // Running it again changes nothing more.
        QCOMPARE(PgSslConfig::requireSsl(out.text).text, out.text);
        // With no internal ranges, the Docker networks' rule is rewritten too.
        QCOMPARE(PgSslConfig::requireSsl(hba, {}).changes.size(), 5);
    }

    void needsSslReadsTheServersRules()
    {
        // pg_hba_file_rules' shape (address and netmask apart), as the audit reads it.
        auto rule = [](const QString &type, const QString &address, const QString &mask,
                       const QString &method) {
            HbaRuleFact r;
            r.type = type;
            r.address = address;
            r.netmask = mask;
            r.method = method;
            return r;
        };
        QVERIFY(PgSslConfig::needsSsl(rule("host", "0.0.0.0", "0.0.0.0", "scram-sha-256")));
        QVERIFY(PgSslConfig::needsSsl(rule("hostnossl", "10.0.0.0", "255.0.0.0", "md5")));
        QVERIFY(!PgSslConfig::needsSsl(rule("host", "172.16.0.0", "255.240.0.0", "scram-sha-256")));
        QVERIFY(PgSslConfig::needsSsl(rule("host", "172.0.0.0", "255.0.0.0", "scram-sha-256")));
        QVERIFY(!PgSslConfig::needsSsl(rule("host", "127.0.0.1", "255.255.255.255", "trust")));
        QVERIFY(!PgSslConfig::needsSsl(rule("host", "0.0.0.0", "0.0.0.0", "reject")));
        QVERIFY(!PgSslConfig::needsSsl(rule("hostssl", "0.0.0.0", "0.0.0.0", "scram-sha-256")));
        QVERIFY(PgSslConfig::needsSsl(rule("host", "all", "", "scram-sha-256")));
    }

    void ports()
    {
        const QString ss = QStringLiteral(
            "LISTEN 0      511          0.0.0.0:80        0.0.0.0:*    "
            "users:((\"nginx\",pid=812,fd=6),(\"nginx\",pid=811,fd=6))\n"
            "LISTEN 0      4096            [::]:443          [::]:*    "
            "users:((\"docker-proxy\",pid=900,fd=4))\n"
            "LISTEN 0      5          127.0.0.1:18080     0.0.0.0:*    users:((\"python3\",pid=4242,fd=3))\n"
            "LISTEN 0      5          127.0.0.1:18443     0.0.0.0:*\n");
        const QList<PortHolder> holders = TlsPreflight::parsePorts(ss);
        QCOMPARE(holders.size(), 4);
        QCOMPARE(holders.at(0).process, QStringLiteral("nginx"));
        QCOMPARE(holders.at(1).address, QStringLiteral("::"));
        QCOMPARE(holders.at(2).pid, 4242);
        QVERIFY(holders.at(3).process.isEmpty());

        QVERIFY(TlsPreflight::checkPorts(holders.mid(0, 1), TlsProxyKind::Nginx, false, 80, 443).ok());
        const Status caddy = TlsPreflight::checkPorts(holders.mid(0, 1), TlsProxyKind::Caddy, false, 80, 443);
        QCOMPARE(caddy.error().code, QStringLiteral("tls.port"));
        QVERIFY(caddy.error().message.contains(QStringLiteral("nginx")));
        QVERIFY(TlsPreflight::checkPorts(holders.mid(1, 1), TlsProxyKind::Caddy, true, 80, 443).ok());
        QVERIFY(!TlsPreflight::checkPorts(holders.mid(1, 1), TlsProxyKind::Caddy, false, 80, 443).ok());
        const Status python = TlsPreflight::checkPorts(holders, TlsProxyKind::Caddy, false, 18080, 18443);
        QVERIFY(python.error().message.contains(QStringLiteral("python3 (process 4242)")));
        QVERIFY(!TlsPreflight::checkPorts(holders.mid(3), TlsProxyKind::Caddy, false, 18080, 18443).ok());
        QVERIFY(TlsPreflight::portsCommand(80, 443).contains(QStringLiteral("sport = :80 or sport = :443")));
    }

    void names()
    {
        const QStringList names{"api.example.com", "studio.example.com"};
        QHash<QString, QStringList> resolved{{"api.example.com", {"203.0.113.4"}},
                                             {"studio.example.com", {"203.0.113.4", "2001:db8::4"}}};
        QVERIFY(TlsPreflight::checkNames(names, resolved, {"203.0.113.4", "2001:db8::4"}).ok());
        const Status elsewhere = TlsPreflight::checkNames(names, resolved, {"203.0.113.4"});
        QCOMPARE(elsewhere.error().code, QStringLiteral("tls.dns"));
        QVERIFY(elsewhere.error().message.contains(QStringLiteral("2001:db8::4")));
        resolved.remove(QStringLiteral("api.example.com"));
        const Status missing = TlsPreflight::checkNames(names, resolved, {"203.0.113.4"});
        QVERIFY(missing.error().message.startsWith(QStringLiteral("api.example.com does not resolve")));
    }

    void acmeOutcome()
    {
        QVERIFY(AcmeOutcome::fromCertbot(0, QStringLiteral("Successfully received certificate.")).ok());
        const QString connection = QStringLiteral(
            "Certbot failed to authenticate some domains (authenticator: webroot). The Certificate Authority "
            "reported these problems:\n  Domain: api.example.com\n  Type:   connection\n  Detail: "
            "203.0.113.4: "
            "Fetching http://api.example.com/.well-known/acme-challenge/x: Timeout during connect\n\nHint: "
            "…\n");
        const Status c = AcmeOutcome::fromCertbot(1, connection);
        QCOMPARE(c.error().code, QStringLiteral("tls.acme"));
        QVERIFY(c.error().message.contains(QStringLiteral("port 80 of api.example.com")));
        QVERIFY(c.error().message.endsWith(QStringLiteral("Timeout during connect")));
        const Status rate = AcmeOutcome::fromCertbot(
            1, QStringLiteral(
                   "An unexpected error occurred:\nurn:ietf:params:acme:error:rateLimited :: too many "
                   "certificates already issued for \"example.com\"\n"));
        QCOMPARE(AcmeOutcome::errorType(QStringLiteral("x urn:ietf:params:acme:error:rateLimited :: y")),
                 QStringLiteral("rateLimited"));
        QVERIFY(rate.error().message.contains(QStringLiteral("rate limit")));
        QVERIFY(rate.error().message.endsWith(
            QStringLiteral("too many certificates already issued for \"example.com\"")));
        const Status contact = AcmeOutcome::fromCertbot(
            1, QStringLiteral("urn:ietf:params:acme:error:invalidContact :: Error creating new account :: "
                              "contact email has forbidden domain \"example.com\""));
        QVERIFY(contact.error().message.contains(QStringLiteral("e-mail address")));
        QVERIFY(!AcmeOutcome::fromCertbot(2, QString()).error().message.isEmpty());
        // Let's Encrypt's documented CAA refusal, in certbot's layout.
        const Status caa = AcmeOutcome::fromCertbot(
            1,
            QStringLiteral("  Domain: api.example.com\n  Type:   caa\n  Detail: CAA record for example.com "
                           "prevents issuance\n"));
        QVERIFY(caa.error().message.contains(QStringLiteral("CAA record does not allow")));
    }

    // Studio's extra password: hashed by the real hashers on standard input, bcrypt that the system's
    // crypt (what nginx uses) accepts for that password and no other.
    void studioPasswordHashedFromStandardInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("caddy") << QString::fromLocal8Bit(qgetenv("PATH"));
        QTest::newRow("python3 without caddy") << QStringLiteral("/nonexistent:/usr/bin/python3-only");
    }

    void studioPasswordHashedFromStandardInput()
    {
        QFETCH(QString, path);
        QTemporaryDir bin;
        if (path.endsWith(QStringLiteral("python3-only"))) {
            // A PATH with python3 but no caddy.
            QVERIFY(QFile::link(QStringLiteral("/usr/bin/python3"), bin.filePath(QStringLiteral("python3"))));
            QVERIFY(QFile::link(QStringLiteral("/usr/bin/tail"), bin.filePath(QStringLiteral("tail"))));
            path = bin.path();
        }
        const QString password = StudioProxyAuth::newPassword();
        QCOMPARE(password.size(), 24);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), path);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), StudioProxyAuth::hashCommand()});
        p.write(password.toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const Result<QString> hash = StudioProxyAuth::parseHash(QString::fromUtf8(p.readAllStandardOutput()));
        QVERIFY2(hash.ok(), qPrintable(QString::fromUtf8(p.readAllStandardError())));
        auto matches = [&](const QString &candidate) {
            QProcess check;
            check.start(QStringLiteral("python3"),
                        {QStringLiteral("-W"), QStringLiteral("ignore"), QStringLiteral("-c"),
                         QStringLiteral("import crypt, sys; h = sys.stdin.readline().strip(); "
                                        "print(crypt.crypt(sys.stdin.readline().rstrip('\\n'), h) == h)")});
            check.write(hash.value().toUtf8() + '\n' + candidate.toUtf8() + '\n');
            check.closeWriteChannel();
            check.waitForFinished(30000);
            return check.readAllStandardOutput().trimmed() == "True";
        };
        QVERIFY(matches(password));
        QVERIFY(!matches(password + QLatin1Char('x')));
        // It is what the site's own check takes.
        TlsSite s;
        s.apiName = QStringLiteral("api.example.com");
        s.studioAuth = StudioAuth::Proxy;
        s.email = QStringLiteral("ops@example.com");
        s.studioUser = StudioProxyAuth::defaultUser();
        s.studioPassHash = hash.value();
        QVERIFY(TlsSiteCheck::validate(s).ok());
        QCOMPARE(StudioProxyAuth::parseHash(QStringLiteral("Traceback")).error().code,
                 QStringLiteral("tls.value"));
    }

    // certbot's real output against a real pebble (tests/data/tls/certbot-*.txt, captured with
    // certbot 2.x and Debian's pebble): each failure gets its own advice, and the detail stays below it.
    void acmeOutcomeOnCapturedCertbotOutput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("advice");
        QTest::addColumn<QString>("detail");
        QTest::newRow("name does not resolve") << "certbot-dns.txt"
                                               << "nowhere.supadesk.invalid does not resolve to this server"
                                               << "no such host";
        QTest::newRow("port 80 closed") << "certbot-refused.txt"
                                        << "Nothing answered the certificate authority "
                                           "on port 80 of localhost"
                                        << "connection refused";
        QTest::newRow("another server answers")
            << "certbot-404.txt"
            << "Another server answered the certificate authority for localhost"
            << "404";
    }

    void acmeOutcomeOnCapturedCertbotOutput()
    {
        QFETCH(QString, file);
        QFETCH(QString, advice);
        QFETCH(QString, detail);
        QFile f(QStringLiteral(SUPADESK_TEST_DATA_DIR "/tls/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString output = QString::fromUtf8(f.readAll());
        const Status s = AcmeOutcome::fromCertbot(1, output);
        QCOMPARE(s.error().code, QStringLiteral("tls.acme"));
        QVERIFY2(s.error().message.startsWith(advice), qPrintable(s.error().message));
        QVERIFY(s.error().message.section(QLatin1Char('\n'), 1).contains(detail));
        // Through the applier's hook only for the certbot step.
        QCOMPARE(AcmeOutcome::adviceForStep(QStringLiteral("tls-certificate"), 1, output), s.error().message);
        QVERIFY(AcmeOutcome::adviceForStep(QStringLiteral("tls-site-reload"), 1, output).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTlsConfig)
#include "tst_tlsconfig.moc"
