// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlssetupplan.h"

#include "proxyinstallscript.h"
#include "tlspreflight.h"

#include "core/setup/dockeruserpersistence.h"
#include "core/shellquote.h"

#include <QRegularExpression>

namespace supadesk {

namespace {

QString joinPath(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

QString state(const QString &name)
{
    return TlsSetupPlanner::stateDir() + QLatin1Char('/') + name;
}

QString service(TlsProxyKind kind)
{
    return kind == TlsProxyKind::Caddy ? QStringLiteral("caddy") : QStringLiteral("nginx");
}

// The DOCKER-USER rule for one port, as firewall.sh writes it: a packet that arrived on the public
// interface for the published port (its original destination, before Docker's DNAT) is dropped.
QString dockerUserRule(const QString &port)
{
    return QStringLiteral("DOCKER-USER -i \"$iface\" -p tcp -m conntrack --ctorigdstport %1 --ctdir ORIGINAL "
                          "-j DROP")
        .arg(port);
}

} // namespace

Status TlsSetupPlanner::validate(const TlsSetupOptions &options, const StackLayout &layout)
{
    if (const Status site = TlsSiteCheck::validate(options.site); !site.ok())
        return site;
    if (options.install == TlsInstallMode::ComposeService && overlayFor(options, layout).isEmpty())
        return Error{ErrorCode::TlsValue,
                     tr("The stack's directory has no %1, so the proxy cannot run as a compose service "
                        "there: choose the host package, or update the stack's docker directory.")
                         .arg(TlsEnvPlanner::overlayFile(options.proxy))};
    for (int port : options.closePorts)
        if (port < 1 || port > 65535)
            return Error{ErrorCode::TlsValue, tr("Ports are numbers from 1 to 65535.")};
    return success();
}

QString TlsSetupPlanner::overlayFor(const TlsSetupOptions &options, const StackLayout &layout)
{
    if (options.install != TlsInstallMode::ComposeService)
        return {};
    const QString overlay = TlsEnvPlanner::overlayFile(options.proxy);
    return layout.overlays.contains(overlay) || layout.availableOverlays.contains(overlay) ? overlay
                                                                                           : QString();
}

TlsEnvPlan TlsSetupPlanner::envPlan(const TlsApplyInput &input)
{
    // A host package must not switch the overlay on: TlsEnvPlanner uses it wherever the tree has it.
    const StackLayout layout =
        input.options.install == TlsInstallMode::ComposeService ? input.layout : StackLayout();
    return TlsEnvPlanner::plan(input.options.site, input.options.proxy, input.env, layout);
}

QString TlsSetupPlanner::configPath(const TlsSetupOptions &options)
{
    if (options.install == TlsInstallMode::ComposeService)
        return {};
    return options.proxy == TlsProxyKind::Caddy ? caddyConfigPath() : nginxSitePath();
}

QString TlsSetupPlanner::configText(const TlsApplyInput &input)
{
    const TlsSetupOptions &o = input.options;
    if (o.install == TlsInstallMode::ComposeService)
        return {};
    const TlsSite site = effectiveSite(input);
    return o.proxy == TlsProxyKind::Caddy
               ? ProxyConfigWriter::caddyfile(site)
               : ProxyConfigWriter::nginxSite(site, ProxyConfigWriter::NginxStage::Full);
}

TlsSite TlsSetupPlanner::effectiveSite(const TlsApplyInput &input)
{
    TlsSite site = input.options.site;
    if (input.layout.gatewayPort > 0)
        site.gatewayPort = input.layout.gatewayPort;
    bool ok = false;
    const qint64 limit = input.env.value(QStringLiteral("FILE_SIZE_LIMIT")).toLongLong(&ok);
    if (ok && limit > 0)
        site.fileSizeLimit = limit;
    return site;
}

QList<int> TlsSetupPlanner::parsePorts(const QString &text, bool *ok)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QList<int> ports;
    *ok = true;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool number = false;
        const int port = part.toInt(&number);
        if (!number || port < 1 || port > 65535) {
            *ok = false;
            continue;
        }
        if (!ports.contains(port))
            ports << port;
    }
    return ports;
}

QString TlsSetupPlanner::envChangesText(const TlsEnvPlan &plan)
{
    QStringList lines;
    for (const EnvAssignment &a : plan.assignments)
        lines << a.key + QLatin1Char('=') + a.value;
    if (lines.isEmpty())
        lines << tr("No change: the .env already holds the https addresses.");
    for (const QString &note : plan.notes)
        lines << QString() << note;
    return lines.join(QLatin1Char('\n'));
}

Status TlsSetupPlanner::preflight(const TlsApplyInput &input, const QString &ssOutput,
                                  const QHash<QString, QStringList> &resolved,
                                  const QStringList &serverAddresses)
{
    const TlsSetupOptions &o = input.options;
    if (const Status valid = validate(o, input.layout); !valid.ok())
        return valid;
    const Status ports =
        TlsPreflight::checkPorts(TlsPreflight::parsePorts(ssOutput), o.proxy,
                                 !overlayFor(o, input.layout).isEmpty(), o.site.httpPort, o.site.httpsPort);
    if (!ports.ok())
        return ports;
    return TlsPreflight::checkNames(o.site.names(), resolved, serverAddresses);
}

QString TlsSetupPlanner::closePortsCommand(const QList<int> &ports, const QString &stateFile)
{
    QString s = QStringLiteral(
        "iface=$(ip route show default 2>/dev/null | awk '{ for (i = 1; i < NF; i++) if ($i == \"dev\") "
        "{ print $(i + 1); exit } }')\n"
        "[ -n \"$iface\" ] || { echo 'No default route: the public interface is unknown.' >&2; exit 1; }\n"
        "if ! iptables -n -L DOCKER-USER >/dev/null 2>&1; then\n"
        "    echo 'No DOCKER-USER chain: Docker publishes nothing here.'; exit 0\n"
        "fi\n");
    s += QStringLiteral("mkdir -p \"$(dirname %1)\" && : >%1 || exit 1\n").arg(shellQuote(stateFile));
    QStringList list;
    for (int port : ports)
        list << QString::number(port);
    s += QStringLiteral("for port in %1; do\n").arg(list.join(QLatin1Char(' ')));
    s += QStringLiteral("    if ! iptables -C %1 2>/dev/null; then\n"
                        "        iptables -I %1 || exit 1\n"
                        "        echo \"$iface $port\" >>%2\n"
                        "    fi\n"
                        "done\n")
             .arg(dockerUserRule(QStringLiteral("\"$port\"")), shellQuote(stateFile));
    // Listed for the unit that puts them back after a reboot (Docker recreates its chains empty).
    s += DockerUserPersistence::persistCommand(QStringLiteral("tls"), list.join(QLatin1Char(' ')));
    return s;
}

QString TlsSetupPlanner::reopenPortsCommand(const QList<int> &ports, const QString &stateFile)
{
    Q_UNUSED(ports) // only the rules this apply added, as recorded
    return DockerUserPersistence::forgetCommand(QStringLiteral("tls")) +
           QStringLiteral("[ -f %1 ] || exit 0\n"
                          "while read -r iface port; do\n"
                          "    while iptables -C %2 2>/dev/null; do iptables -D %2 || exit 1; done\n"
                          "done <%1\n"
                          "rm -f %1\n")
               .arg(shellQuote(stateFile), dockerUserRule(QStringLiteral("\"$port\"")));
}

QString TlsSetupPlanner::verifyCommand(const QStringList &names, int httpsPort, int seconds)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << shellQuote(name);
    return QStringLiteral(
               "end=$(( $(date +%s) + %1 ))\n"
               "for name in %2; do\n"
               "    until curl -sS -o /dev/null --max-time 10 --resolve \"$name:%3:127.0.0.1\" "
               "\"https://$name:%3/\"; do\n"
               "        if [ \"$(date +%s)\" -ge \"$end\" ]; then\n"
               "            echo \"https://$name/ gave no answer with a trusted certificate in %1 s.\" >&2\n"
               "            exit 1\n"
               "        fi\n"
               "        sleep 5\n"
               "    done\n"
               "done\n")
        .arg(seconds)
        .arg(quoted.join(QLatin1Char(' ')))
        .arg(httpsPort);
}

Status TlsSetupPlanner::appendSteps(ApplyPlan &plan, const TlsApplyInput &input)
{
    const TlsSetupOptions &o = input.options;
    if (o.database.enabled) {
        if (const Status valid = PgTransitPlanner::validate(transitInput(input)); !valid.ok())
            return valid;
    }
    if (o.enabled) {
        if (const Status https = appendHttpsSteps(plan, input); !https.ok())
            return https;
    }
    return PgTransitPlanner::appendSteps(plan, transitInput(input));
}

PgTransitInput TlsSetupPlanner::transitInput(const TlsApplyInput &input)
{
    const TlsSetupOptions &o = input.options;
    PgTransitInput t;
    t.options = o.database;
    t.psqlCommand = input.psqlCommand;
    t.dbShell = input.dbShell;
    t.certificateName = o.site.apiName;
    if (o.enabled && o.proxy == TlsProxyKind::Nginx && o.install == TlsInstallMode::HostPackage &&
        !o.site.apiName.isEmpty()) {
        const QString live = QStringLiteral("/etc/letsencrypt/live/") + o.site.names().first();
        t.proxyCertificate = live + QStringLiteral("/fullchain.pem");
        t.proxyKey = live + QStringLiteral("/privkey.pem");
    }
    t.hbaPath = input.hbaPath;
    t.hbaText = input.hbaText;
    t.needsRoot = input.dockerNeedsRoot;
    return t;
}

Status TlsSetupPlanner::appendHttpsSteps(ApplyPlan &plan, const TlsApplyInput &input)
{
    const TlsSetupOptions &o = input.options;
    if (const Status valid = validate(o, input.layout); !valid.ok())
        return valid;

    const TlsSite site = effectiveSite(input);
    const QString name = site.names().first();
    const QString proxy = service(o.proxy);
    if (o.install == TlsInstallMode::HostPackage) {
        const QString packages =
            o.proxy == TlsProxyKind::Caddy ? QStringLiteral("caddy") : QStringLiteral("nginx certbot");
        NginxOptions nginx;
        // What this apply installs and starts is written down, so that its undo removes only that.
        QString install =
            QStringLiteral("rm -rf %1 && mkdir -p %1 || exit 1\n"
                           "for p in %2; do\n"
                           "    dpkg -s \"$p\" >/dev/null 2>&1 && continue\n"
                           "    DEBIAN_FRONTEND=noninteractive apt-get install -y \"$p\" || exit 1\n"
                           "    echo \"$p\" >>%3\n"
                           "done\n")
                .arg(shellQuote(stateDir()), packages, shellQuote(state(QStringLiteral("installed"))));
        if (o.proxy == TlsProxyKind::Nginx)
            install += QStringLiteral("mkdir -p %1\n").arg(shellQuote(nginx.webroot));
        const QString uninstall =
            QStringLiteral("mkdir -p %1 && touch %2\n"
                           "[ -f %3 ] && systemctl disable --now %4\n"
                           "if [ -f %5 ]; then DEBIAN_FRONTEND=noninteractive xargs apt-get remove -y <%5 || "
                           "exit 1; fi\n"
                           "rm -f %3 %5\n")
                .arg(shellQuote(stateDir()), shellQuote(state(QStringLiteral("rolled-back"))),
                     shellQuote(state(QStringLiteral("started"))), proxy,
                     shellQuote(state(QStringLiteral("installed"))));
        plan.addCommand(QStringLiteral("tls-install"), install, uninstall,
                        tr("Install %1 from the distribution's packages where it is missing (a rollback "
                           "removes only what this step installed).")
                            .arg(packages))
            .needsRoot = true;

        const QString path = configPath(o);
        const QByteArray first =
            (o.proxy == TlsProxyKind::Caddy
                 ? ProxyConfigWriter::caddyfile(site)
                 : ProxyConfigWriter::nginxSite(site, ProxyConfigWriter::NginxStage::Challenge, nginx))
                .toUtf8();
        plan.addFile(QStringLiteral("tls-config"), path, first, 0644,
                     o.proxy == TlsProxyKind::Caddy
                         ? tr("Write Caddy's configuration %1: HTTPS for %2 with certificates it obtains and "
                              "renews itself, HTTP redirected, HSTS, TLS 1.2 or newer.")
                               .arg(path, site.names().join(QStringLiteral(", ")))
                         : tr("Write nginx's site %1, first stage: the HTTP server that answers the "
                              "certificate authority's challenge and redirects everything else.")
                               .arg(path));

        // Checked by the proxy itself before any reload; run again after a rollback, so that the
        // proxy serves the restored file (or stays stopped when this apply started it).
        const QString reload =
            QStringLiteral(
                "command -v %1 >/dev/null 2>&1 || exit 0\n"
                "%2 || exit 1\n"
                "if systemctl is-active --quiet %1; then systemctl reload %1\n"
                "elif [ ! -e %3 ]; then systemctl enable --now %1 && mkdir -p %4 && touch %5; fi\n")
                .arg(proxy, ProxyInstallScript::checkCommand(o.proxy, path),
                     shellQuote(state(QStringLiteral("rolled-back"))), shellQuote(stateDir()),
                     shellQuote(state(QStringLiteral("started"))));
        ApplyStep &reloadStep = plan.addCommand(
            QStringLiteral("tls-reload"), reload, QString(),
            tr("Check the configuration with %1's own test, then reload it (or start it).").arg(proxy));
        reloadStep.needsRoot = true;
        reloadStep.rerunAfterRollback = true;

        if (o.proxy == TlsProxyKind::Nginx) {
            QStringList args = ProxyConfigWriter::certbotArguments(site, nginx);
            for (QString &a : args)
                a = shellQuote(a);
            const QString live = QStringLiteral("/etc/letsencrypt/live/") + name;
            const QString certbot =
                QStringLiteral("[ -d %1 ] || touch %2\ncertbot %3\n")
                    .arg(shellQuote(live), shellQuote(state(QStringLiteral("new-certificate"))),
                         args.join(QLatin1Char(' ')));
            const QString undo =
                QStringLiteral(
                    "if [ -f %1 ]; then certbot delete --cert-name %2 --non-interactive; rm -f %1; fi\n")
                    .arg(shellQuote(state(QStringLiteral("new-certificate"))), shellQuote(name));
            plan.addCommand(QStringLiteral("tls-certificate"), certbot, undo,
                            tr("Obtain the certificate for %1 with certbot (webroot); Debian's certbot.timer "
                               "renews it and reloads nginx. A rollback deletes a certificate this step "
                               "obtained.")
                                .arg(site.names().join(QStringLiteral(", "))))
                .needsRoot = true;
            if (site.studioAuth == StudioAuth::Proxy)
                // nginx's workers read it at each request: the bcrypt hash only, readable by them.
                plan.addFile(QStringLiteral("tls-studio-htpasswd"), nginx.htpasswdFile,
                             ProxyConfigWriter::nginxHtpasswd(site).toUtf8(), 0644,
                             tr("Write Studio's extra password for nginx (%1: the user and the bcrypt hash; "
                                "the password itself stays in the keychain).")
                                 .arg(nginx.htpasswdFile));
            plan.addFile(
                QStringLiteral("tls-site"), path,
                ProxyConfigWriter::nginxSite(site, ProxyConfigWriter::NginxStage::Full, nginx).toUtf8(), 0644,
                tr("Write nginx's full site %1: HTTPS with the certificate, HTTP redirected, HSTS, TLS "
                   "1.2 or newer, WebSocket upgrade for Realtime, uploads up to FILE_SIZE_LIMIT.")
                    .arg(path));
            plan.addCommand(QStringLiteral("tls-site-reload"),
                            QStringLiteral("nginx -t -q && systemctl reload nginx"), QString(),
                            tr("Check the full site with nginx's own test, then reload nginx."))
                .needsRoot = true;
        }
    }

    const TlsEnvPlan env = envPlan(input);
    const QString dir = input.installDir;
    if (!env.assignments.isEmpty()) {
        QStringList keys;
        for (const EnvAssignment &a : env.assignments)
            keys << a.key;
        plan.addEnvEdit(QStringLiteral("tls-env"), joinPath(dir, QStringLiteral(".env")), env.assignments,
                        tr("Set %1 in the .env to the https addresses (%2); a backup of the .env is kept "
                           "first.")
                            .arg(keys.join(QStringLiteral(", ")), site.apiUrl()));
    }
    ApplyStep &restart = plan.addCommand(
        QStringLiteral("tls-restart"),
        QStringLiteral("cd %1 && %2 up -d").arg(shellQuote(dir), input.composeCommand), QString(),
        env.overlay.isEmpty()
            ? tr("Recreate the services that read these addresses (`docker compose up -d`).")
            : tr("Start Supabase's %1 with the stack and recreate the services that read these addresses "
                 "(`docker compose up -d`).")
                  .arg(env.overlay));
    restart.needsRoot = input.dockerNeedsRoot;
    restart.rerunAfterRollback = true;

    plan.addCommand(QStringLiteral("tls-verify"), verifyCommand(site.names(), site.httpsPort), QString(),
                    tr("Wait until HTTPS answers on the server for every name with a trusted certificate "
                       "(up to three minutes while the certificate is issued); until then the gateway's "
                       "ports stay open."));

    if (!o.closePorts.isEmpty()) {
        QStringList ports;
        for (int p : o.closePorts)
            ports << QString::number(p);
        const QString stateFile = state(QStringLiteral("closed-ports"));
        plan.addCommand(QStringLiteral("tls-close"), closePortsCommand(o.closePorts, stateFile),
                        reopenPortsCommand(o.closePorts, stateFile),
                        tr("Close the gateway's ports %1 from outside in Docker's DOCKER-USER chain "
                           "(Docker-published ports bypass ufw); the proxy still reaches them on this "
                           "server.")
                            .arg(ports.join(QStringLiteral(", "))))
            .needsRoot = true;
    }
    return success();
}

} // namespace supadesk
