// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlssite.h"

#include <QString>
#include <QStringList>

namespace supadesk {

// Where certificates come from. Empty directoryUrl: Let's Encrypt (each tool's default); tests point
// it at a local ACME server and name the root that signs that server's own HTTPS certificate.
struct AcmeEndpoint
{
    QString directoryUrl;
    QString caRootFile;
};

struct CaddyOptions
{
    AcmeEndpoint acme;
    QString storageDir;    // empty: Caddy's default (/var/lib/caddy for the Debian service)
    QString adminAddress;  // empty: Caddy's default (localhost:2019, which `systemctl reload caddy` uses)
    QString renewInterval; // empty: Caddy's default (10m); tests with short-lived certificates: "5s"
};

struct NginxOptions
{
    QString certificateFile; // empty: certbot's /etc/letsencrypt/live/<api name>/fullchain.pem
    QString keyFile;         // empty: certbot's privkey.pem beside it
    QString webroot = QStringLiteral("/var/www/supadesk-acme"); // HTTP-01 answers, served on the HTTP port
    QString htpasswdFile = QStringLiteral("/etc/nginx/supadesk-studio.htpasswd");
};

// The proxy configurations Supadesk writes in front of the gateway: HTTP→HTTPS redirect, HSTS, TLS 1.2
// and 1.3 only, WebSocket upgrade for Realtime, a request body limit that lets Storage's FILE_SIZE_LIMIT
// through, and the gateway behind it. Pure text; the site is validated first (TlsSiteCheck).
class ProxyConfigWriter
{
public:
    // The HSTS header's value: a year, no includeSubDomains (other names of the domain are not ours).
    static QString hstsValue() { return QStringLiteral("max-age=31536000"); }
    // The gateway routes clients call without Studio's password.
    static QStringList apiPrefixes();

    static QString caddyfile(const TlsSite &site, const CaddyOptions &options = {});

    // nginx has no ACME client: certbot answers the challenge from the webroot the HTTP server block
    // serves, so the first configuration is that block alone (the certificate does not exist yet and
    // `nginx -t` would refuse a server that names it); the full one follows once it does.
    enum class NginxStage { Challenge, Full };
    // A file for nginx's http context (conf.d / sites-enabled).
    static QString nginxSite(const TlsSite &site, NginxStage stage, const NginxOptions &options = {});
    // The password file for StudioAuth::Proxy ("user:bcrypt"); empty otherwise.
    static QString nginxHtpasswd(const TlsSite &site);
    static QString nginxCertificateFile(const TlsSite &site, const NginxOptions &options);
    static QString nginxKeyFile(const TlsSite &site, const NginxOptions &options);

    // certbot's arguments for the first certificate (webroot), without the program name. The deploy
    // hook reloads nginx after every renewal, which Debian's certbot.timer runs twice a day.
    static QStringList
    certbotArguments(const TlsSite &site, const NginxOptions &options, const AcmeEndpoint &acme = {},
                     const QString &reloadCommand = QStringLiteral("systemctl reload nginx"));
};

} // namespace supadesk
