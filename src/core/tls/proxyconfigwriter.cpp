// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyconfigwriter.h"

#include "ipaddress.h"

namespace supadesk {

namespace {

const QString kHeader = QStringLiteral("Written by Supadesk: HTTPS in front of the Supabase gateway.");

QString upstream(const TlsSite &site)
{
    const std::optional<IpAddress> address = IpAddress::parse(site.gatewayHost);
    const QString host =
        address && address->v6 ? QStringLiteral("[%1]").arg(site.gatewayHost) : site.gatewayHost;
    return QStringLiteral("%1:%2").arg(host).arg(site.gatewayPort);
}

QStringList listens(const TlsSite &site, int port, const QString &suffix)
{
    if (site.bindAddress.isEmpty())
        return {QStringLiteral("listen %1%2;").arg(port).arg(suffix),
                QStringLiteral("listen [::]:%1%2;").arg(port).arg(suffix)};
    const std::optional<IpAddress> address = IpAddress::parse(site.bindAddress);
    const bool v6 = address && address->v6;
    return {QStringLiteral("listen %1:%2%3;")
                .arg(v6 ? QStringLiteral("[%1]").arg(site.bindAddress) : site.bindAddress)
                .arg(port)
                .arg(suffix)};
}

QString indent(const QStringList &lines, int depth)
{
    QString out;
    const QString pad(depth * 4, QLatin1Char(' '));
    for (const QString &line : lines)
        out += line.isEmpty() ? QStringLiteral("\n") : pad + line + QLatin1Char('\n');
    return out;
}

QStringList nginxProxy(const TlsSite &site, bool upgrade)
{
    QStringList lines{QStringLiteral("proxy_pass http://%1;").arg(upstream(site)),
                      QStringLiteral("proxy_http_version 1.1;"),
                      QStringLiteral("proxy_set_header Host $host;"),
                      QStringLiteral("proxy_set_header X-Real-IP $remote_addr;"),
                      QStringLiteral("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"),
                      QStringLiteral("proxy_set_header X-Forwarded-Proto https;"),
                      QStringLiteral("proxy_set_header X-Forwarded-Host $host;")};
    if (upgrade) {
        // Realtime's WebSocket: the upgrade is hop-by-hop, so nginx passes it on only when told, and
        // an idle socket must outlive nginx's 60-second default.
        lines << QStringLiteral("proxy_set_header Upgrade $http_upgrade;")
              << QStringLiteral("proxy_set_header Connection $supadesk_connection_upgrade;")
              << QStringLiteral("proxy_read_timeout 1h;") << QStringLiteral("proxy_send_timeout 1h;");
    } else {
        // Uploads stream to Storage instead of filling a temporary file first.
        lines << QStringLiteral("proxy_request_buffering off;");
    }
    return lines;
}

} // namespace

QStringList ProxyConfigWriter::apiPrefixes()
{
    return {QStringLiteral("/auth/v1/"),    QStringLiteral("/rest/v1/"),      QStringLiteral("/realtime/v1/"),
            QStringLiteral("/storage/v1/"), QStringLiteral("/functions/v1/"), QStringLiteral("/graphql/v1/")};
}

QString ProxyConfigWriter::caddyfile(const TlsSite &site, const CaddyOptions &options)
{
    QStringList global;
    global << QStringLiteral("email %1").arg(site.email.trimmed());
    if (site.httpPort != 80)
        global << QStringLiteral("http_port %1").arg(site.httpPort);
    if (!options.acme.directoryUrl.isEmpty())
        global << QStringLiteral("acme_ca %1").arg(options.acme.directoryUrl);
    if (!options.acme.caRootFile.isEmpty())
        global << QStringLiteral("acme_ca_root %1").arg(options.acme.caRootFile);
    if (!options.storageDir.isEmpty())
        global << QStringLiteral("storage file_system %1").arg(options.storageDir);
    if (!options.renewInterval.isEmpty())
        global << QStringLiteral("renew_interval %1").arg(options.renewInterval);
    if (!options.adminAddress.isEmpty())
        global << QStringLiteral("admin %1").arg(options.adminAddress);

    QString out = QStringLiteral("# %1\n# Caddy redirects HTTP to HTTPS, obtains and renews the certificates "
                                 "and passes WebSocket upgrades on by itself.\n{\n")
                      .arg(kHeader);
    for (const QString &line : global)
        out += QLatin1Char('\t') + line + QLatin1Char('\n');
    out += QStringLiteral("}\n\n(supadesk_tls) {\n");
    QStringList common;
    if (!site.bindAddress.isEmpty())
        common << QStringLiteral("bind %1").arg(site.bindAddress);
    common << QStringLiteral("tls {") << QStringLiteral("\tprotocols tls1.2 tls1.3") << QStringLiteral("}")
           << QStringLiteral("header Strict-Transport-Security \"%1\"").arg(hstsValue())
           << QStringLiteral("request_body {")
           << QStringLiteral("\tmax_size %1").arg(TlsSiteCheck::bodyLimit(site.fileSizeLimit))
           << QStringLiteral("}");
    for (const QString &line : common)
        out += QLatin1Char('\t') + line + QLatin1Char('\n');
    out += QStringLiteral("}\n");

    const QStringList names = site.names();
    const bool proxyAuth = site.studioAuth == StudioAuth::Proxy;
    const QString auth = QStringLiteral("\tbasicauth%1 {\n\t\t%2 %3\n\t}\n");
    for (const QString &name : names) {
        const bool studio = names.size() > 1 && name == names.last();
        // Another HTTPS port than 443 goes in the site's address, not in the global https_port: Caddy
        // 2.6's automatic redirect leaves out a port equal to https_port, so only this way it keeps it.
        const QString address =
            site.httpsPort == 443 ? name : QStringLiteral("%1:%2").arg(name).arg(site.httpsPort);
        out += QStringLiteral("\n%1 {\n\timport supadesk_tls\n").arg(address);
        if (proxyAuth && studio) {
            out += auth.arg(QString(), site.studioUser, site.studioPassHash);
        } else if (proxyAuth && names.size() == 1) {
            QStringList paths;
            for (const QString &prefix : apiPrefixes())
                paths << prefix + QLatin1Char('*');
            out += QStringLiteral("\t@studio not path %1\n").arg(paths.join(QLatin1Char(' ')));
            out += auth.arg(QStringLiteral(" @studio"), site.studioUser, site.studioPassHash);
        }
        out += QStringLiteral("\treverse_proxy %1\n}\n").arg(upstream(site));
    }
    return out;
}

QString ProxyConfigWriter::nginxCertificateFile(const TlsSite &site, const NginxOptions &options)
{
    return options.certificateFile.isEmpty()
               ? QStringLiteral("/etc/letsencrypt/live/%1/fullchain.pem").arg(site.names().first())
               : options.certificateFile;
}

QString ProxyConfigWriter::nginxKeyFile(const TlsSite &site, const NginxOptions &options)
{
    return options.keyFile.isEmpty()
               ? QStringLiteral("/etc/letsencrypt/live/%1/privkey.pem").arg(site.names().first())
               : options.keyFile;
}

QString ProxyConfigWriter::nginxSite(const TlsSite &site, NginxStage stage, const NginxOptions &options)
{
    const QStringList names = site.names();
    const QString httpsSuffix = site.httpsPort == 443 ? QString() : QStringLiteral(":%1").arg(site.httpsPort);
    QString out = QStringLiteral("# %1\n\n").arg(kHeader);
    out +=
        QStringLiteral("map $http_upgrade $supadesk_connection_upgrade {\n    default upgrade;\n    ''      "
                       "close;\n}\n\n");

    QStringList http = listens(site, site.httpPort, QString());
    http << QStringLiteral("server_name %1;").arg(names.join(QLatin1Char(' '))) << QString()
         << QStringLiteral("location ^~ /.well-known/acme-challenge/ {")
         << QStringLiteral("    root %1;").arg(options.webroot)
         << QStringLiteral("    default_type text/plain;") << QStringLiteral("}") << QString()
         << QStringLiteral("location / {")
         << QStringLiteral("    return 301 https://$host%1$request_uri;").arg(httpsSuffix)
         << QStringLiteral("}");
    out += QStringLiteral("server {\n") + indent(http, 1) + QStringLiteral("}\n");
    if (stage == NginxStage::Challenge)
        return out;

    const bool proxyAuth = site.studioAuth == StudioAuth::Proxy;
    const QStringList authLines{QStringLiteral("auth_basic \"Supabase Studio\";"),
                                QStringLiteral("auth_basic_user_file %1;").arg(options.htpasswdFile)};
    for (const QString &name : names) {
        const bool studio = names.size() > 1 && name == names.last();
        QStringList s = listens(site, site.httpsPort, QStringLiteral(" ssl http2"));
        s << QStringLiteral("server_name %1;").arg(name) << QString()
          << QStringLiteral("ssl_certificate %1;").arg(nginxCertificateFile(site, options))
          << QStringLiteral("ssl_certificate_key %1;").arg(nginxKeyFile(site, options))
          << QStringLiteral("ssl_protocols TLSv1.2 TLSv1.3;")
          << QStringLiteral("ssl_prefer_server_ciphers off;")
          << QStringLiteral("ssl_session_cache shared:supadesk_tls:10m;")
          << QStringLiteral("ssl_session_timeout 1d;")
          << QStringLiteral("add_header Strict-Transport-Security \"%1\" always;").arg(hstsValue())
          << QStringLiteral("client_max_body_size %1;").arg(TlsSiteCheck::bodyLimit(site.fileSizeLimit))
          << QString() << QStringLiteral("location /realtime/ {");
        for (const QString &line : nginxProxy(site, true))
            s << QStringLiteral("    ") + line;
        s << QStringLiteral("}") << QString() << QStringLiteral("location / {");
        if (proxyAuth && (studio || names.size() == 1)) {
            for (const QString &line : authLines)
                s << QStringLiteral("    ") + line;
        }
        for (const QString &line : nginxProxy(site, false))
            s << QStringLiteral("    ") + line;
        s << QStringLiteral("}");
        if (proxyAuth && names.size() == 1) {
            // One name: the API's routes stay open to clients (their keys are the check), Studio's
            // pages behind the password.
            s << QString() << QStringLiteral("location ~ ^/(auth|rest|storage|functions|graphql)/v1/ {");
            for (const QString &line : nginxProxy(site, false))
                s << QStringLiteral("    ") + line;
            s << QStringLiteral("}");
        }
        out += QStringLiteral("\nserver {\n") + indent(s, 1) + QStringLiteral("}\n");
    }
    return out;
}

QString ProxyConfigWriter::nginxHtpasswd(const TlsSite &site)
{
    if (site.studioAuth != StudioAuth::Proxy)
        return {};
    return QStringLiteral("%1:%2\n").arg(site.studioUser, site.studioPassHash);
}

QStringList ProxyConfigWriter::certbotArguments(const TlsSite &site, const NginxOptions &options,
                                                const AcmeEndpoint &acme, const QString &reloadCommand)
{
    const QStringList names = site.names();
    QStringList args{QStringLiteral("certonly"),       QStringLiteral("--webroot"),
                     QStringLiteral("--webroot-path"), options.webroot,
                     QStringLiteral("--cert-name"),    names.first()};
    for (const QString &name : names)
        args << QStringLiteral("-d") << name;
    args << QStringLiteral("--email") << site.email.trimmed() << QStringLiteral("--agree-tos")
         << QStringLiteral("--no-eff-email") << QStringLiteral("--non-interactive")
         << QStringLiteral("--keep-until-expiring");
    if (!reloadCommand.isEmpty())
        args << QStringLiteral("--deploy-hook") << reloadCommand;
    if (!acme.directoryUrl.isEmpty())
        args << QStringLiteral("--server") << acme.directoryUrl;
    return args;
}

} // namespace supadesk
