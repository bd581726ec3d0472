// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace supadesk {

enum class TlsProxyKind { Caddy, Nginx };

// Who asks for Studio's password: the gateway's basic auth alone (Kong's DASHBOARD_USERNAME/PASSWORD, as
// Supabase ships it), or the proxy as an extra layer in front of it.
enum class StudioAuth { Gateway, Proxy };

// What the person asked for: the public names, the ACME account's e-mail, and where the gateway listens.
struct TlsSite
{
    QString apiName;    // "api.example.com": the API, and Studio too when studioName is empty
    QString studioName; // "studio.example.com"; empty: one name, the API under its paths, Studio at "/"
    QString email;      // the ACME account's contact (expiry warnings)
    QString gatewayHost = QStringLiteral("127.0.0.1");
    int gatewayPort = 8000;
    StudioAuth studioAuth = StudioAuth::Gateway;
    QString studioUser;              // StudioAuth::Proxy: the user name
    QString studioPassHash;          // StudioAuth::Proxy: a bcrypt hash ($2a$/$2b$/$2y$), never the password
    qint64 fileSizeLimit = 52428800; // Storage's FILE_SIZE_LIMIT in bytes

    // Where the proxy listens; 80/443 on a server, high ports in tests. Empty bindAddress: every
    // interface, IPv4 and IPv6.
    int httpPort = 80;
    int httpsPort = 443;
    QString bindAddress;

    // The names, API first, each once.
    QStringList names() const;
    // https://name[:port] of the API and of Studio.
    QString apiUrl() const;
    QString studioUrl() const;
};

// The input rules (tls.value): names are DNS host names with at least two labels (no IP address, no
// wildcard: HTTP-01 cannot prove either), the e-mail is one plain address, ports are in range, the
// password hash is bcrypt.
class TlsSiteCheck
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::TlsSiteCheck)

public:
    static Status validate(const TlsSite &site);
    static bool isHostName(const QString &name);
    static bool isEmail(const QString &email);
    // The body limit the proxy sets: FILE_SIZE_LIMIT plus 1 MiB for a multipart upload's envelope
    // (boundaries and the other form fields), so a file of exactly the limit still reaches Storage,
    // which then enforces the limit itself.
    static qint64 bodyLimit(qint64 fileSizeLimit);
};

} // namespace supadesk
