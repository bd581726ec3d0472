// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointverdicts.h"

#include <QRegularExpression>

namespace supadesk {

bool RenewalEvidence::present() const
{
    return certbotTimer.value_or(false) || caddyService.value_or(false) || caddyContainer.value_or(false) ||
           caddyOverlay;
}

bool RenewalEvidence::known() const
{
    return present() || certbotTimer.has_value() || caddyService.has_value() || caddyContainer.has_value();
}

QString RenewalEvidence::describe() const
{
    QStringList found;
    if (certbotTimer.value_or(false))
        found << QStringLiteral("certbot timer");
    if (caddyService.value_or(false))
        found << QStringLiteral("caddy service");
    if (caddyContainer.value_or(false))
        found << QStringLiteral("Caddy container");
    if (caddyOverlay)
        found << QStringLiteral("docker-compose.caddy.yml");
    return found.join(QStringLiteral(", "));
}

PublicUrl EndpointVerdicts::publicUrl(const QHash<QString, QString> &env)
{
    for (const QString &key : {QStringLiteral("SUPABASE_PUBLIC_URL"), QStringLiteral("API_EXTERNAL_URL"),
                               QStringLiteral("SITE_URL")}) {
        const QString value = env.value(key).trimmed();
        if (!value.isEmpty())
            return {key, QUrl(value)};
    }
    return {};
}

int EndpointVerdicts::tlsPort(const QUrl &url)
{
    return url.port(443);
}

QString EndpointVerdicts::renewalCommand()
{
    // One batch, each answer on a line of its own; a tool that is missing prints nothing after its label.
    return QStringLiteral(
        "printf 'certbot-timer='; (systemctl list-timers --all --no-pager 2>/dev/null | grep -qiE "
        "'certbot|letsencrypt|acme' && echo yes) || (command -v systemctl >/dev/null 2>&1 && echo no) || "
        "echo; "
        "printf 'caddy-service='; (command -v systemctl >/dev/null 2>&1 && systemctl is-active caddy "
        "2>/dev/null) || echo; "
        "printf 'caddy-container='; (docker ps --format '{{.Names}} {{.Image}}' 2>/dev/null || sudo -n "
        "docker "
        "ps --format '{{.Names}} {{.Image}}' 2>/dev/null) | grep -qi caddy && echo yes || "
        "((docker ps -q >/dev/null 2>&1 || sudo -n docker ps -q >/dev/null 2>&1) && echo no) || echo");
}

RenewalEvidence EndpointVerdicts::parseRenewal(const QString &output, const QHash<QString, QString> &env,
                                               const QStringList &overlays)
{
    RenewalEvidence evidence;
    const auto answer = [](const QString &value) -> std::optional<bool> {
        if (value == QLatin1String("yes") || value == QLatin1String("active"))
            return true;
        if (value.isEmpty())
            return std::nullopt;
        return false; // "no", "inactive", "failed", "unknown"
    };
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("certbot-timer"))
            evidence.certbotTimer = answer(value);
        else if (key == QLatin1String("caddy-service"))
            evidence.caddyService = answer(value);
        else if (key == QLatin1String("caddy-container"))
            evidence.caddyContainer = answer(value);
    }
    evidence.caddyOverlay = overlays.contains(QStringLiteral("docker-compose.caddy.yml")) ||
                            env.value(QStringLiteral("COMPOSE_FILE")).contains(QLatin1String("caddy"));
    return evidence;
}

QStringList EndpointVerdicts::healthRoutes()
{
    return {QStringLiteral("/auth/v1/health"), QStringLiteral("/rest/v1/"),
            QStringLiteral("/realtime/v1/api/tenants/realtime-dev/health"),
            QStringLiteral("/storage/v1/status")};
}

AuditCheckResult EndpointVerdicts::base(const QString &id)
{
    AuditCheckResult r;
    r.id = id;
    r.area = AuditArea::Host;
    if (id == TlsCertificate) {
        r.title = tr("TLS certificate of the public URL");
        r.why = tr("The production checklist asks for TLS certificates installed and renewing themselves: "
                   "keys and passwords otherwise cross the internet in clear text.");
    } else if (id == HealthEndpoints) {
        r.title = tr("Health endpoints");
        r.why = tr("The production checklist asks for verified health endpoints: a service that does not "
                   "answer through the gateway is an outage the users see first.");
    } else {
        r.title = tr("Studio exposure");
        r.why = tr("Studio holds the service role key: reachable without the gateway's basic auth or on a "
                   "public port, it hands the whole database to anyone who finds it.");
    }
    return r;
}

AuditCheckResult EndpointVerdicts::tlsUnknown(const QString &reason)
{
    AuditCheckResult r = base(TlsCertificate);
    r.status = AuditStatus::Unknown;
    r.evidence = reason;
    return r;
}

AuditCheckResult EndpointVerdicts::tlsCertificate(const PublicUrl &url, const TlsObservation &tls,
                                                  const RenewalEvidence &renewal, const QDateTime &now)
{
    AuditCheckResult r = base(TlsCertificate);
    const QString shown = url.url.toString();
    r.objects = {shown};
    const QString caddyFix =
        tr("Put Supabase's Caddy overlay (docker-compose.caddy.yml, PROXY_DOMAIN) in front of the gateway, "
           "or a reverse proxy with a certificate from Let's Encrypt that renews itself.");
    if (url.url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0) {
        r.status = AuditStatus::Fail;
        r.evidence = tr("%1 (%2) is served without TLS.").arg(shown, url.key);
        r.fixText = caddyFix;
        r.fix = {AuditFix::Kind::SetupPage, QStringLiteral("tls"), QString()};
        return r;
    }
    if (url.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 ||
        url.url.host().isEmpty()) {
        r.status = AuditStatus::Unknown;
        r.evidence = tr("%1 is not an https:// URL: %2").arg(url.key, shown);
        return r;
    }
    if (!tls.reached) {
        r.status = AuditStatus::Unknown;
        r.evidence = tr("Could not reach %1: %2").arg(shown, tls.error);
        return r;
    }

    QStringList lines;
    QStringList problems; // what makes it fail
    QStringList concerns; // what makes it a warning
    const qint64 daysLeft = now.secsTo(tls.expiry) / 86400;
    lines << tr("Certificate of %1 (%2), issued by %3.")
                 .arg(url.url.host(), tls.protocol.isEmpty() ? tr("protocol unknown") : tls.protocol,
                      tls.issuer.isEmpty() ? tr("an unnamed issuer") : tls.issuer);
    if (!tls.names.isEmpty())
        lines << tr("Names: %1.").arg(tls.names.join(QStringLiteral(", ")));
    if (tls.expiry <= now) {
        lines << tr("Expired on %1.").arg(tls.expiry.date().toString(Qt::ISODate));
        problems << tr("expired");
    } else {
        lines << tr("Expires on %1: %n day(s) left.", nullptr, int(daysLeft))
                     .arg(tls.expiry.date().toString(Qt::ISODate));
        if (daysLeft < FailDays)
            problems << tr("expires in %n day(s)", nullptr, int(daysLeft));
        else if (daysLeft < WarnDays)
            concerns << tr("expires in %n day(s)", nullptr, int(daysLeft));
    }
    if (!tls.namesMatch)
        problems << tr("does not name %1").arg(url.url.host());
    // A certificate clients do not trust is a failure: browsers and the Supabase client libraries refuse
    // it, so a self-signed one only "works" for clients told to skip verification.
    if (!tls.trusted)
        problems << tr("not trusted (%1)").arg(tls.verificationErrors.join(QStringLiteral("; ")));
    else
        lines << tr("Trusted by this computer's certificate store.");

    if (renewal.present())
        lines << tr("Auto-renewal: %1.").arg(renewal.describe());
    else if (renewal.known())
        concerns << tr("no auto-renewal found (no certbot timer, no Caddy service or container)");
    else
        lines << tr("Could not tell whether something renews it.");

    if (!problems.isEmpty())
        lines << tr("Fails: %1.").arg(problems.join(QStringLiteral("; ")));
    if (!concerns.isEmpty())
        lines << tr("Warning: %1.").arg(concerns.join(QStringLiteral("; ")));
    r.evidence = lines.join(QLatin1Char('\n'));
    r.status = !problems.isEmpty()   ? AuditStatus::Fail
               : !concerns.isEmpty() ? AuditStatus::Warn
                                     : AuditStatus::Pass;
    if (r.status != AuditStatus::Pass) {
        r.fixText = caddyFix;
        r.fix = {AuditFix::Kind::SetupPage, QStringLiteral("tls"), QString()};
    }
    return r;
}

AuditCheckResult EndpointVerdicts::healthUnknown(const QString &reason)
{
    AuditCheckResult r = base(HealthEndpoints);
    r.status = AuditStatus::Unknown;
    r.evidence = reason;
    return r;
}

AuditCheckResult EndpointVerdicts::healthEndpoints(const QList<RouteProbe> &probes)
{
    AuditCheckResult r = base(HealthEndpoints);
    QStringList lines;
    QStringList failing;
    bool anyAnswer = false;
    for (const RouteProbe &p : probes) {
        if (p.httpStatus > 0) {
            anyAnswer = true;
            lines << tr("%1: HTTP %2 in %3 ms").arg(p.route).arg(p.httpStatus).arg(p.elapsedMs);
        } else {
            lines << tr("%1: no answer after %2 ms (%3)").arg(p.route).arg(p.elapsedMs).arg(p.error);
        }
        if (p.httpStatus < 200 || p.httpStatus >= 300)
            failing << p.route;
    }
    r.evidence = lines.join(QLatin1Char('\n'));
    if (!anyAnswer) {
        // Nothing answered at all: the gateway (or its forward) is down or timing out, not one service.
        r.status = AuditStatus::Unknown;
        r.evidence = tr("The gateway did not answer.") + QLatin1Char('\n') + r.evidence;
        return r;
    }
    r.objects = failing;
    if (failing.isEmpty()) {
        r.status = AuditStatus::Pass;
        return r;
    }
    r.status = AuditStatus::Fail;
    r.evidence = tr("Failing: %1.").arg(failing.join(QStringLiteral(", "))) + QLatin1Char('\n') + r.evidence;
    r.fixText = tr("Look at the failing service's container (`docker compose ps`, `docker compose logs`) and "
                   "restart it; check that its database role can log in.");
    return r;
}

bool EndpointVerdicts::looksLikeStudio(const QByteArray &body)
{
    const QByteArray lower = body.left(200000).toLower();
    return lower.contains("supabase studio") || lower.contains("<title>supabase") ||
           (lower.contains("__next") && lower.contains("supabase"));
}

AuditCheckResult EndpointVerdicts::studioExposed(const std::optional<RouteProbe> &root,
                                                 const QByteArray &body, bool listeningKnown,
                                                 const QList<ListeningSocket> &listening,
                                                 const QList<PublishedPort> &published,
                                                 const QString &unknownReason)
{
    AuditCheckResult r = base(StudioExposed);
    QStringList lines;
    QStringList problems;
    bool checkedSomething = false;

    if (root) {
        if (root->httpStatus == 0) {
            lines << tr("The gateway did not answer GET /: %1").arg(root->error);
        } else {
            checkedSomething = true;
            if (root->httpStatus == 200 && looksLikeStudio(body)) {
                problems << tr("Studio answers GET / through the gateway without credentials (HTTP 200).");
                r.objects << QStringLiteral("/");
            } else if (root->httpStatus == 401) {
                lines << tr("The gateway asks for credentials at / (HTTP 401).");
            } else {
                lines << tr("The gateway answers GET / with HTTP %1, not Studio.").arg(root->httpStatus);
            }
        }
    }
    if (listeningKnown) {
        checkedSomething = true;
        QStringList publicSockets;
        for (const ListeningSocket &s : listening)
            if (s.port == StudioPort && s.isPublic())
                publicSockets << QStringLiteral("%1:%2").arg(s.address).arg(s.port);
        if (!publicSockets.isEmpty()) {
            problems << tr("Studio's port %1 listens on %2.")
                            .arg(StudioPort)
                            .arg(publicSockets.join(QStringLiteral(", ")));
            r.objects += publicSockets;
        } else {
            lines << tr("Port %1 does not listen on a public address.").arg(StudioPort);
        }
    }
    for (const PublishedPort &p : published) {
        if (p.service != QLatin1String("studio") || !p.isPublic())
            continue;
        checkedSomething = true;
        problems << tr("Studio's port is published on %1:%2 (%3, line %4), past the firewall.")
                        .arg(p.hostAddress)
                        .arg(p.hostPort)
                        .arg(p.file)
                        .arg(p.line);
        r.objects << QStringLiteral("%1:%2").arg(p.hostAddress).arg(p.hostPort);
    }
    if (!checkedSomething) {
        r.status = AuditStatus::Unknown;
        lines.prepend(unknownReason);
        r.evidence = lines.join(QLatin1Char('\n'));
        return r;
    }
    r.evidence = (problems + lines).join(QLatin1Char('\n'));
    if (problems.isEmpty()) {
        r.status = AuditStatus::Pass;
        return r;
    }
    r.status = AuditStatus::Fail;
    r.fixText =
        tr("Keep Studio behind the gateway's basic auth (DASHBOARD_USERNAME and DASHBOARD_PASSWORD) and "
           "publish no Studio port on a public address.");
    r.fix.kind = AuditFix::Kind::SetupPage;
    r.fix.setupPage = QStringLiteral("firewall");
    return r;
}

} // namespace supadesk
