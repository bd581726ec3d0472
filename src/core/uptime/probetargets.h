// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// What is probed on a stack, under which component name. The names are shared by the server-side
// probe's log and the app's own probes, so that ComponentTimeline merges the two sources of one
// component into one stream.
struct ProbeTarget
{
    enum class Kind { SshEndpoint, Postgres, GatewayHttp };

    QString component; // "ssh", "postgres", "auth", "rest", "realtime", "storage"
    Kind kind = Kind::GatewayHttp;
    QString path; // for GatewayHttp: the health path behind Kong, e.g. "/auth/v1/health"
};

class ProbeTargets
{
public:
    static inline const QString Ssh = QStringLiteral("ssh");
    static inline const QString Postgres = QStringLiteral("postgres");
    // The server probe's component for the certificate the proxy serves; its reason is "N days left".
    static inline const QString Certificate = QStringLiteral("certificate");

    // The SSH endpoint, PostgreSQL, and Kong's routes to auth, rest, realtime and storage as
    // Supabase's docker compose exposes them (the rest route needs the anon key as "apikey").
    static QList<ProbeTarget> standard();
    // The server probe's SUPADESK_PROBE_TARGETS value for the gateway components, on the server's
    // own loopback: "auth=http://127.0.0.1:8000/auth/v1/health rest=...".
    static QString serverGatewayTargets(int gatewayPort);
    // "certificate=tls://NAME:PORT": the certificate served for NAME, read on the server's loopback.
    static QString serverCertificateTarget(const QString &name, int httpsPort = 443);
    // The days left in a certificate component's reason ("63 days left"); none when it holds none.
    static std::optional<int> certificateDaysLeft(const QString &reason);
};

} // namespace supadesk
