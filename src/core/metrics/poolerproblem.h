// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace supadesk {

// Why the pooler charts are empty, told from what the pooler's admin console answered, and what the
// user can do about it. PgBouncer has an admin console (the virtual database "pgbouncer"); Supavisor
// has none and answers every user without a tenant suffix with "Tenant or user not found": its
// figures come from its HTTP metrics endpoint (port 4000 in its container, a bearer token signed with
// METRICS_JWT_SECRET, which Supabase's compose file sets to the stack's JWT_SECRET).
struct PoolerProblem
{
    enum class Kind {
        None,                 // figures arrive
        NoEndpoint,           // the stack's tunnel has no pooler forward
        Unreachable,          // nothing answers on the pooler port
        Supavisor,            // the pooler is Supavisor: no SHOW POOLS, and the stack has no metrics port
        SupavisorNoSecret,    // Supavisor: the keychain holds no JWT secret to sign the metrics token
        SupavisorUnreachable, // Supavisor: nothing answers on the metrics port
        SupavisorForbidden,   // Supavisor: the metrics endpoint refused the token (HTTP 403)
        NotPermitted,         // PgBouncer refuses the role on its admin console
        Other,
    };

    Kind kind = Kind::None;
    QString detail;      // the pooler's own words, first line
    int metricsPort = 0; // for the Supavisor kinds: the stack's Supavisor metrics port on the server

    // From a failed PgBouncerAdmin call: its error code ("pgbouncer.connect", "pgbouncer.show") and
    // message.
    static PoolerProblem classify(const QString &errorCode, const QString &message);
    // A full, translated sentence: what is missing and how to fix it. `user` is the role the dashboard
    // logs in as, `serverPort` the pooler's port on the server (the stack's "Pooler port").
    QString advice(const QString &user, int serverPort) const;
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::PoolerProblem)
