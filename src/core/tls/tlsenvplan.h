// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlssite.h"

#include "core/audit/stacklayout.h"
#include "core/setup/envassignment.h"
#include "core/setup/envfile.h"

#include <QCoreApplication>

namespace supadesk {

// What the stack's .env becomes once HTTPS is in front of the gateway.
struct TlsEnvPlan
{
    EnvAssignments assignments; // in the order they are shown
    QStringList notes;          // what was left as it was, and why (translated)
    // Supabase's own overlay, when the stack's tree has it: "docker-compose.caddy.yml" or
    // "docker-compose.nginx.yml"; empty: Supadesk's own proxy configuration on the host.
    QString overlay;
    QStringList composeFiles; // with an overlay: the files Compose reads afterwards (COMPOSE_FILE)
};

class TlsEnvPlanner
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::TlsEnvPlanner)

public:
    static QString overlayFile(TlsProxyKind kind);

    // SUPABASE_PUBLIC_URL and API_EXTERNAL_URL become the API's https URL (API_EXTERNAL_URL keeps a path
    // such as Envoy's /auth/v1); SITE_URL, the application's address, changes only from http:// to
    // https:// on the same public host — a localhost SITE_URL is left with a note. Where the tree ships
    // Supabase's overlay for `kind`, PROXY_DOMAIN (and CERTBOT_EMAIL for nginx) are set and the overlay
    // joins COMPOSE_FILE, as Supabase documents it.
    static TlsEnvPlan plan(const TlsSite &site, TlsProxyKind kind, const EnvFile &env,
                           const StackLayout &layout);
};

} // namespace supadesk
