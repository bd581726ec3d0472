// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsenvplan.h"

#include "ipaddress.h"

#include <QUrl>

namespace supadesk {

namespace {

bool isLocalHost(const QString &host)
{
    if (host.isEmpty() || host == QLatin1String("localhost"))
        return true;
    const std::optional<IpAddress> address = IpAddress::parse(host);
    return address && address->isLoopback();
}

QString pathOf(const QString &url)
{
    QString path = QUrl(url).path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

QString TlsEnvPlanner::overlayFile(TlsProxyKind kind)
{
    return kind == TlsProxyKind::Caddy ? QStringLiteral("docker-compose.caddy.yml")
                                       : QStringLiteral("docker-compose.nginx.yml");
}

TlsEnvPlan TlsEnvPlanner::plan(const TlsSite &site, TlsProxyKind kind, const EnvFile &env,
                               const StackLayout &layout)
{
    TlsEnvPlan plan;
    const QString api = site.apiUrl();
    auto set = [&plan, &env](const QString &key, const QString &value) {
        if (env.value(key) != value || !env.contains(key))
            plan.assignments << EnvAssignment{key, value};
    };

    set(QStringLiteral("SUPABASE_PUBLIC_URL"), api);
    set(QStringLiteral("API_EXTERNAL_URL"), api + pathOf(env.value(QStringLiteral("API_EXTERNAL_URL"))));

    const QString siteUrl = env.value(QStringLiteral("SITE_URL"));
    const QUrl parsed(siteUrl);
    if (siteUrl.isEmpty() || !parsed.isValid() || parsed.host().isEmpty()) {
        plan.notes << tr(
            "SITE_URL is not set: set it to your application's address; Auth sends users back to "
            "it after they sign in.");
    } else if (parsed.scheme() == QLatin1String("https")) {
        // Already HTTPS: nothing to do.
    } else if (isLocalHost(parsed.host())) {
        plan.notes << tr("SITE_URL is %1, which only this computer can open: set it to your application's "
                         "public https address.")
                          .arg(siteUrl);
    } else {
        QUrl secure = parsed;
        secure.setScheme(QStringLiteral("https"));
        if (secure.port() == 80)
            secure.setPort(-1);
        set(QStringLiteral("SITE_URL"), secure.toString());
    }

    const QString overlay = overlayFile(kind);
    if (!layout.overlays.contains(overlay) && !layout.availableOverlays.contains(overlay))
        return plan;
    plan.overlay = overlay;
    set(QStringLiteral("PROXY_DOMAIN"), site.names().first());
    if (kind == TlsProxyKind::Nginx)
        set(QStringLiteral("CERTBOT_EMAIL"), site.email.trimmed());
    if (site.names().size() > 1)
        plan.notes << tr("Supabase's %1 serves one name (PROXY_DOMAIN): Studio is reached at %2 behind its "
                         "password, not at %3.")
                          .arg(overlay, site.apiUrl(), site.names().last());
    plan.composeFiles = layout.composeFiles.isEmpty() ? QStringList{QStringLiteral("docker-compose.yml")}
                                                      : layout.composeFiles;
    if (!plan.composeFiles.contains(overlay)) {
        plan.composeFiles << overlay;
        const QString separator = env.contains(QStringLiteral("COMPOSE_PATH_SEPARATOR"))
                                      ? env.value(QStringLiteral("COMPOSE_PATH_SEPARATOR"))
                                      : QStringLiteral(":");
        set(QStringLiteral("COMPOSE_FILE"), plan.composeFiles.join(separator));
    }
    return plan;
}

} // namespace supadesk
