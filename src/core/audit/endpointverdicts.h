// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "core/audit/stacklayout.h"
#include "core/setup/hostfacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace supadesk {

// The public URL the audit checks the certificate of: the first of SUPABASE_PUBLIC_URL, API_EXTERNAL_URL
// and SITE_URL that the .env sets.
struct PublicUrl
{
    QString key; // the .env key it came from; empty when none is set
    QUrl url;
};

// What a TLS handshake with the public URL showed (read without failing on verification errors).
struct TlsObservation
{
    bool reached = false;
    QString error;                  // why the handshake did not happen (unreachable, not TLS, timeout)
    QStringList verificationErrors; // as the TLS library words them; empty: trusted
    bool trusted = true;            // no chain error (self-signed, unknown issuer, expired)
    bool namesMatch = true;         // the certificate names the host
    QString issuer;                 // organisation or common name
    QStringList names;              // subject alternative names (or the common name)
    QDateTime expiry;               // UTC
    QString protocol;               // "TLS 1.3"
};

// Whether something renews the certificate on the server. Unset: could not be read.
struct RenewalEvidence
{
    std::optional<bool> certbotTimer;
    std::optional<bool> caddyService;
    std::optional<bool> caddyContainer;
    bool caddyOverlay = false; // COMPOSE_FILE names docker-compose.caddy.yml

    bool present() const;
    bool known() const;
    QString describe() const; // "certbot timer", "Caddy container", … (not translated: names)
};

// One gateway route the health check asked.
struct RouteProbe
{
    QString route;      // "/auth/v1/health"
    int httpStatus = 0; // 0: no HTTP answer
    qint64 elapsedMs = 0;
    QString error; // network error or timeout, when there is no answer
};

// Pure rules of the audit's endpoint checks: tls-certificate, health-endpoints, studio-exposed.
class EndpointVerdicts
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::EndpointVerdicts)

public:
    static inline const QString TlsCertificate = QStringLiteral("tls-certificate");
    static inline const QString HealthEndpoints = QStringLiteral("health-endpoints");
    static inline const QString StudioExposed = QStringLiteral("studio-exposed");

    // Fewer days left than these: a failure, a warning (Let's Encrypt renews 30 days before expiry).
    static constexpr int FailDays = 14;
    static constexpr int WarnDays = 30;
    static constexpr int StudioPort = 3000;

    static PublicUrl publicUrl(const QHash<QString, QString> &env);
    // The port to connect to: the URL's, else 443.
    static int tlsPort(const QUrl &url);

    // The shell batch that looks for a renewer, and what its output says.
    static QString renewalCommand();
    // `overlays`: the compose overlays in use (StackLayout::overlays); COMPOSE_FILE is read when empty.
    static RenewalEvidence parseRenewal(const QString &output, const QHash<QString, QString> &env,
                                        const QStringList &overlays = {});

    // The gateway routes the health check asks, as Kong and Envoy route them to auth, rest, realtime
    // (tenant realtime-dev, as Supabase's compose names it) and storage.
    static QStringList healthRoutes();

    static AuditCheckResult tlsCertificate(const PublicUrl &url, const TlsObservation &tls,
                                           const RenewalEvidence &renewal, const QDateTime &now);
    // Unknown with `reason` (no .env, no URL): the evidence says why.
    static AuditCheckResult tlsUnknown(const QString &reason);

    static AuditCheckResult healthEndpoints(const QList<RouteProbe> &probes);
    static AuditCheckResult healthUnknown(const QString &reason);

    // `root`: the gateway's answer to GET / without credentials (nullopt: no gateway forward);
    // `listeningKnown`/`listening`: the server's sockets; `published`: the compose files' published ports
    // (Docker publishes past ufw).
    static AuditCheckResult studioExposed(const std::optional<RouteProbe> &root, const QByteArray &body,
                                          bool listeningKnown, const QList<ListeningSocket> &listening,
                                          const QList<PublishedPort> &published,
                                          const QString &unknownReason);
    // Whether an HTML page is Supabase Studio's.
    static bool looksLikeStudio(const QByteArray &body);

private:
    static AuditCheckResult base(const QString &id);
};

} // namespace supadesk
