// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgtransitplan.h"
#include "proxyconfigwriter.h"
#include "tlsenvplan.h"
#include "tlssite.h"

#include "core/audit/stacklayout.h"
#include "core/result.h"
#include "core/setup/applyplan.h"
#include "core/setup/envfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace supadesk {

// Where the proxy runs: a Debian package on the host (Supadesk's own configuration), or Supabase's own
// compose overlay (docker-compose.caddy.yml / docker-compose.nginx.yml) as a service of the stack.
enum class TlsInstallMode { HostPackage, ComposeService };

// The TLS page's choices, kept in the Setup plan.
struct TlsSetupOptions
{
    bool enabled = false; // off until the person enters names: HTTPS needs DNS records first
    TlsSite site;
    TlsProxyKind proxy = TlsProxyKind::Caddy;
    TlsInstallMode install = TlsInstallMode::HostPackage;
    // The gateway's own ports, closed from outside once HTTPS answers (Kong's HTTP and HTTPS ports).
    QList<int> closePorts{8000, 8443};
    // PostgreSQL in transit (PgTransitPlanner): possible with or without HTTPS.
    PgTransitOptions database;

    bool any() const { return enabled || database.enabled; }
};

// What the steps are built from besides the choices: the server's .env and compose files as read.
struct TlsApplyInput
{
    TlsSetupOptions options;
    EnvFile env;
    StackLayout layout;
    QString installDir;
    QString composeCommand = QStringLiteral("docker compose");
    bool dockerNeedsRoot = true;
    // PostgreSQL in transit: how to reach it, and its pg_hba.conf as read (PgTransitPlanner::readCommand).
    QString psqlCommand = QStringLiteral(
        "docker exec -i supabase-db psql -U supabase_admin -d postgres -v ON_ERROR_STOP=1 -X -q");
    QString dbShell = QStringLiteral("docker exec -i supabase-db");
    QString hbaPath;
    QString hbaText;
};

// Turns the TLS page's choices into Setup apply steps, each with its undo, so that a failure anywhere
// leaves the server as it was (the applier rolls back in reverse order):
//   tls-install     RunCommand install the proxy package(s) when missing; undo removes what it installed
//   tls-config      WriteFile  the Caddyfile, or nginx's first stage (the ACME webroot) — shown as a diff
//   tls-reload      RunCommand the proxy's own check, then reload; run again after a rollback, so the
//                              restored file is what the proxy serves
//   tls-certificate RunCommand nginx only: certbot (webroot, deploy hook); undo deletes a new certificate
//   tls-site        WriteFile  nginx only: the full site with the certificate
//   tls-site-reload RunCommand nginx only: check and reload
//   tls-env         EditEnv    SITE_URL / API_EXTERNAL_URL / SUPABASE_PUBLIC_URL (and PROXY_DOMAIN,
//                              COMPOSE_FILE with an overlay); the applier keeps a backup first
//   tls-restart     RunCommand `docker compose up -d`: recreates the services that read them
//   tls-verify      RunCommand on the server, HTTPS for every name must answer with a trusted
//                              certificate (waits while the certificate is being issued)
//   tls-close       RunCommand drop the gateway's ports from outside in DOCKER-USER (Docker-published
//                              ports bypass ufw), only after tls-verify held; undo removes the rules
//   pg-ssl-*                   PostgreSQL in transit (PgTransitPlanner), when options.database is on
// With the compose overlay the proxy comes with the stack's services: no host steps.
class TlsSetupPlanner
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::TlsSetupPlanner)

public:
    static QString caddyConfigPath() { return QStringLiteral("/etc/caddy/Caddyfile"); }
    static QString nginxSitePath() { return QStringLiteral("/etc/nginx/conf.d/supadesk-tls.conf"); }
    // The marker files under /run that remember what an apply installed or added, for its undo.
    static QString stateDir() { return QStringLiteral("/run/supadesk-tls"); }

    // tls.value: the site's own rules, a compose service asked for where the tree has no overlay for
    // the proxy, and the ports to close.
    static Status validate(const TlsSetupOptions &options, const StackLayout &layout);
    // The site as the proxy serves it: the page's names and e-mail, the gateway's port from the compose
    // files (8000 when unknown) and the body limit from the .env's FILE_SIZE_LIMIT.
    static TlsSite effectiveSite(const TlsApplyInput &input);
    // "8000, 8443" → {8000, 8443}; `ok` false when a part is not a port.
    static QList<int> parsePorts(const QString &text, bool *ok);
    // The .env lines that change and the notes, as the TLS page shows them (values are addresses,
    // never secrets).
    static QString envChangesText(const TlsEnvPlan &plan);
    // The page's preflight from what was read: who holds 80/443 (`ss` output), each name's addresses
    // from this computer, and the server's addresses. The first problem (tls.port, tls.dns), else success.
    static Status preflight(const TlsApplyInput &input, const QString &ssOutput,
                            const QHash<QString, QStringList> &resolved, const QStringList &serverAddresses);
    // The overlay the choice uses ("" for a host package).
    static QString overlayFor(const TlsSetupOptions &options, const StackLayout &layout);
    // The .env changes (with the overlay's keys when one is used).
    static TlsEnvPlan envPlan(const TlsApplyInput &input);
    // The proxy's configuration file and text as the host package gets it (empty for the overlay).
    static QString configPath(const TlsSetupOptions &options);
    static QString configText(const TlsApplyInput &input);

    // PostgreSQL in transit's input: the proxy's certificate is certbot's (nginx as a host package).
    static PgTransitInput transitInput(const TlsApplyInput &input);
    // Appends the steps above to `plan`.
    static Status appendSteps(ApplyPlan &plan, const TlsApplyInput &input);

    // The DOCKER-USER rules that drop `ports` arriving on the public interface (the default route's),
    // recording which rules it added in `stateFile`; and the undo that removes exactly those.
    static QString closePortsCommand(const QList<int> &ports, const QString &stateFile);
    static QString reopenPortsCommand(const QList<int> &ports, const QString &stateFile);
    // Waits up to `seconds` until https://NAME/ answers on this server with a certificate the system
    // trusts (curl --resolve to 127.0.0.1), for every name.
    static QString verifyCommand(const QStringList &names, int httpsPort, int seconds = 180);

private:
    static Status appendHttpsSteps(ApplyPlan &plan, const TlsApplyInput &input);
};

} // namespace supadesk
