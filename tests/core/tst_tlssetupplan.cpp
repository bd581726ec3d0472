// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS page's apply steps: their order (the gateway's ports are closed only after HTTPS answered on
// the server), each undo, the overlay taken only for a compose service and only where the tree has it,
// the .env's addresses, the preflight's verdicts, and the generated scripts passing shellcheck.
#include "core/setup/applyplanbuilder.h"
#include "core/tls/tlssetupplan.h"

#include <QProcess>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray shellcheck(const QString &script, int *code)
{
    QProcess p;
    p.start(QStringLiteral("shellcheck"), {QStringLiteral("-s"), QStringLiteral("sh"), QStringLiteral("-")});
    p.waitForStarted();
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished();
    *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

QStringList ids(const ApplyPlan &plan)
{
    QStringList out;
    for (const ApplyStep &s : plan.steps())
        out << s.id;
    return out;
}

const ApplyStep *step(const ApplyPlan &plan, const QString &id)
{
    for (const ApplyStep &s : plan.steps())
        if (s.id == id)
            return &s;
    return nullptr;
}

TlsApplyInput input(TlsProxyKind proxy, TlsInstallMode mode)
{
    TlsApplyInput in;
    in.options.enabled = true;
    in.options.site.apiName = QStringLiteral("api.example.com");
    in.options.site.email = QStringLiteral("ops@example.com");
    in.options.proxy = proxy;
    in.options.install = mode;
    in.env = EnvFile::parse(QStringLiteral("SITE_URL=http://app.example.com\n"
                                           "API_EXTERNAL_URL=http://203.0.113.5:8000\n"
                                           "SUPABASE_PUBLIC_URL=http://203.0.113.5:8000\n"
                                           "FILE_SIZE_LIMIT=104857600\n"));
    in.layout.gatewayPort = 8080;
    in.installDir = QStringLiteral("/opt/supabase/docker");
    return in;
}

} // namespace

class TestTlsSetupPlan : public QObject
{
    Q_OBJECT

private slots:
    void offAddsNothing()
    {
        TlsApplyInput in = input(TlsProxyKind::Caddy, TlsInstallMode::HostPackage);
        in.options.enabled = false;
        ApplyPlan plan;
        QVERIFY(TlsSetupPlanner::appendSteps(plan, in).ok());
        QVERIFY(plan.isEmpty());
    }

    void caddyOnTheHost()
    {
        const TlsApplyInput in = input(TlsProxyKind::Caddy, TlsInstallMode::HostPackage);
        ApplyPlan plan;
        QVERIFY(TlsSetupPlanner::appendSteps(plan, in).ok());
        QCOMPARE(ids(plan), QStringList({"tls-install", "tls-config", "tls-reload", "tls-env", "tls-restart",
                                         "tls-verify", "tls-close"}));
        // The Caddyfile is a file step, so Review shows it as a diff and a rollback restores the old one.
        const ApplyStep *config = step(plan, QStringLiteral("tls-config"));
        QCOMPARE(config->kind, ApplyStep::Kind::WriteFile);
        QCOMPARE(config->path, QStringLiteral("/etc/caddy/Caddyfile"));
        // The gateway's port from the compose files, the body limit from FILE_SIZE_LIMIT + 1 MiB.
        QVERIFY2(config->content.contains("127.0.0.1:8080"), config->content.constData());
        QVERIFY(config->content.contains(QByteArray::number(104857600 + 1048576)));
        QVERIFY(ApplyPlan::diff(*config, std::nullopt).value().contains(QStringLiteral("+api.example.com")));
        // The reload runs again after a rollback, so the proxy serves the restored file.
        QVERIFY(step(plan, QStringLiteral("tls-reload"))->rerunAfterRollback);
        QVERIFY(step(plan, QStringLiteral("tls-reload"))->command.contains(QStringLiteral("caddy validate")));
        QVERIFY(!step(plan, QStringLiteral("tls-install"))->undoCommand.isEmpty());
        QVERIFY(step(plan, QStringLiteral("tls-install"))->needsRoot);

        const ApplyStep *env = step(plan, QStringLiteral("tls-env"));
        QCOMPARE(env->kind, ApplyStep::Kind::EditEnv);
        QCOMPARE(env->path, QStringLiteral("/opt/supabase/docker/.env"));
        QCOMPARE(env->assignments, EnvAssignments({{"SUPABASE_PUBLIC_URL", "https://api.example.com"},
                                                   {"API_EXTERNAL_URL", "https://api.example.com"},
                                                   {"SITE_URL", "https://app.example.com"}}));
        QVERIFY(step(plan, QStringLiteral("tls-restart"))->rerunAfterRollback);

        // Closing 8000/8443 comes last, after HTTPS answered, and its undo removes what it added.
        const ApplyStep *close = step(plan, QStringLiteral("tls-close"));
        QVERIFY(close->command.contains(QStringLiteral("DOCKER-USER")));
        QVERIFY(close->command.contains(QStringLiteral("for port in 8000 8443")));
        QVERIFY(close->undoCommand.contains(QStringLiteral("iptables -D DOCKER-USER")));
        QVERIFY(close->needsRoot);
        QVERIFY(ids(plan).indexOf(QStringLiteral("tls-verify")) <
                ids(plan).indexOf(QStringLiteral("tls-close")));
    }

    void nginxOnTheHostGetsItsCertificateBetweenTwoStages()
    {
        const TlsApplyInput in = input(TlsProxyKind::Nginx, TlsInstallMode::HostPackage);
        ApplyPlan plan;
        QVERIFY(TlsSetupPlanner::appendSteps(plan, in).ok());
        QCOMPARE(ids(plan),
                 QStringList({"tls-install", "tls-config", "tls-reload", "tls-certificate", "tls-site",
                              "tls-site-reload", "tls-env", "tls-restart", "tls-verify", "tls-close"}));
        QVERIFY(!step(plan, QStringLiteral("tls-config"))->content.contains("ssl_certificate"));
        QVERIFY(step(plan, QStringLiteral("tls-site"))->content.contains("ssl_certificate"));
        const ApplyStep *certbot = step(plan, QStringLiteral("tls-certificate"));
        QVERIFY(certbot->command.contains(QStringLiteral("certbot 'certonly' '--webroot'")));
        QVERIFY(
            certbot->undoCommand.contains(QStringLiteral("certbot delete --cert-name 'api.example.com'")));
        QVERIFY(step(plan, QStringLiteral("tls-install"))->command.contains(QStringLiteral("nginx certbot")));
    }

    void theComposeOverlayOnlyWhereTheTreeHasIt()
    {
        TlsApplyInput in = input(TlsProxyKind::Caddy, TlsInstallMode::ComposeService);
        const Status refused = TlsSetupPlanner::validate(in.options, in.layout);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("tls.value"));
        QVERIFY(refused.error().message.contains(QStringLiteral("docker-compose.caddy.yml")));
        ApplyPlan none;
        QVERIFY(!TlsSetupPlanner::appendSteps(none, in).ok());

        in.layout.composeFiles = {QStringLiteral("docker-compose.yml")};
        in.layout.availableOverlays = {QStringLiteral("docker-compose.caddy.yml")};
        ApplyPlan plan;
        QVERIFY(TlsSetupPlanner::appendSteps(plan, in).ok());
        QCOMPARE(ids(plan), QStringList({"tls-env", "tls-restart", "tls-verify", "tls-close"}));
        const EnvAssignments &set = step(plan, QStringLiteral("tls-env"))->assignments;
        QVERIFY(set.contains(EnvAssignment{"PROXY_DOMAIN", "api.example.com"}));
        QVERIFY(set.contains(EnvAssignment{"COMPOSE_FILE", "docker-compose.yml:docker-compose.caddy.yml"}));
        QVERIFY(TlsSetupPlanner::configText(in).isEmpty());

        // A host package ignores the overlay the tree has.
        in.options.install = TlsInstallMode::HostPackage;
        for (const EnvAssignment &a : TlsSetupPlanner::envPlan(in).assignments)
            QVERIFY(a.key != QLatin1String("PROXY_DOMAIN") && a.key != QLatin1String("COMPOSE_FILE"));
    }

    void theApplyPlanEndsWithTheTlsSteps()
    {
        Bundle bundle;
        ApplyTarget target;
        target.editEnv = target.writeComposeOverride = target.installBackups = target.applyTuning = false;
        target.recreateContainers = true;
        target.tls = input(TlsProxyKind::Caddy, TlsInstallMode::HostPackage);
        const Result<ApplyPlan> plan = ApplyPlanBuilder::fromBundle(bundle, target);
        QVERIFY(plan.ok());
        QCOMPARE(ids(plan.value()).first(), QStringLiteral("recreate"));
        QCOMPARE(ids(plan.value()).last(), QStringLiteral("tls-close"));
        target.tls->options.site.apiName = QStringLiteral("not a name");
        QCOMPARE(ApplyPlanBuilder::fromBundle(bundle, target).error().code, QStringLiteral("tls.value"));
    }

    void preflightSaysWhichProblem()
    {
        const TlsApplyInput in = input(TlsProxyKind::Caddy, TlsInstallMode::HostPackage);
        const QHash<QString, QStringList> here{
            {QStringLiteral("api.example.com"), {QStringLiteral("203.0.113.5")}}};
        const QStringList server{QStringLiteral("203.0.113.5")};
        QVERIFY(TlsSetupPlanner::preflight(in, QString(), here, server).ok());
        // Caddy already on 443 is ours.
        const QString caddy = QStringLiteral("LISTEN 0 4096 *:443 *:* users:((\"caddy\",pid=812,fd=7))\n");
        QVERIFY(TlsSetupPlanner::preflight(in, caddy, here, server).ok());
        const QString apache =
            QStringLiteral("LISTEN 0 511 0.0.0.0:80 0.0.0.0:* users:((\"apache2\",pid=901,fd=3))\n");
        const Status taken = TlsSetupPlanner::preflight(in, apache, here, server);
        QCOMPARE(taken.error().code, QStringLiteral("tls.port"));
        QVERIFY(taken.error().message.contains(QStringLiteral("apache2")));
        const Status elsewhere = TlsSetupPlanner::preflight(
            in, QString(), {{QStringLiteral("api.example.com"), {QStringLiteral("198.51.100.7")}}}, server);
        QCOMPARE(elsewhere.error().code, QStringLiteral("tls.dns"));
        const Status unresolved = TlsSetupPlanner::preflight(in, QString(), {}, server);
        QCOMPARE(unresolved.error().code, QStringLiteral("tls.dns"));
    }

    void portsAndEnvText()
    {
        bool ok = false;
        QCOMPARE(TlsSetupPlanner::parsePorts(QStringLiteral("8000, 8443 8000"), &ok),
                 QList<int>({8000, 8443}));
        QVERIFY(ok);
        TlsSetupPlanner::parsePorts(QStringLiteral("8000, http"), &ok);
        QVERIFY(!ok);
        const QString text = TlsSetupPlanner::envChangesText(
            TlsSetupPlanner::envPlan(input(TlsProxyKind::Caddy, TlsInstallMode::HostPackage)));
        QVERIFY2(text.contains(QStringLiteral("SITE_URL=https://app.example.com")), qPrintable(text));
    }

    void theScriptsPassShellcheck()
    {
        TlsApplyInput in = input(TlsProxyKind::Nginx, TlsInstallMode::HostPackage);
        in.options.site.studioName = QStringLiteral("studio.example.com");
        // Studio's extra password and the database in transit with the proxy's certificate: every script.
        in.options.site.studioAuth = StudioAuth::Proxy;
        in.options.site.studioUser = QStringLiteral("supabase");
        in.options.site.studioPassHash =
            QStringLiteral("$2b$12$4d/1mpodJpoWyQW0xR/tGO1MSaumfgDCqU3w4cs4QqDVtLSVkAY8a");
        in.options.database.enabled = true;
        in.options.database.source = PgCertificateSource::Proxy;
        in.hbaPath = QStringLiteral("/etc/postgresql/pg_hba.conf");
        in.hbaText = QStringLiteral("local all all trust\nhost all all 0.0.0.0/0 md5\n");
        ApplyPlan plan;
        QVERIFY(TlsSetupPlanner::appendSteps(plan, in).ok());
        QCOMPARE(ids(plan).mid(ids(plan).indexOf(QStringLiteral("tls-close"))),
                 QStringList({"tls-close", "pg-ssl-certificate", "pg-ssl-settings", "pg-ssl-hba"}));
        QCOMPARE(step(plan, QStringLiteral("tls-studio-htpasswd"))->content,
                 QByteArray("supabase:$2b$12$4d/1mpodJpoWyQW0xR/tGO1MSaumfgDCqU3w4cs4QqDVtLSVkAY8a\n"));
        QVERIFY(step(plan, QStringLiteral("pg-ssl-certificate"))
                    ->command.contains(QStringLiteral("/etc/letsencrypt/live/api.example.com/privkey.pem")));
        QVERIFY(step(plan, QStringLiteral("pg-ssl-certificate"))
                    ->command.contains(PgTransitPlanner::deployHookPath()));
        for (const ApplyStep &s : plan.steps()) {
            for (const QString &script : {s.command, s.undoCommand}) {
                if (script.isEmpty())
                    continue;
                int code = -1;
                const QByteArray said = shellcheck(script, &code);
                QVERIFY2(code == 0, qPrintable(s.id + QLatin1Char('\n') + script + QString::fromUtf8(said)));
            }
        }
        QVERIFY(step(plan, QStringLiteral("tls-verify"))
                    ->command.contains(QStringLiteral("'studio.example.com'")));
    }
};

QTEST_GUILESS_MAIN(TestTlsSetupPlan)
#include "tst_tlssetupplan.moc"
