// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolerproblem.h"

#include <QCoreApplication>

namespace supadesk {

PoolerProblem PoolerProblem::classify(const QString &errorCode, const QString &message)
{
    PoolerProblem p;
    // libpq prefixes "connection to server at ... failed:"; the pooler's own sentence follows.
    QString detail = message.section(QLatin1Char('\n'), 0, 0).trimmed();
    const int failed = detail.indexOf(QLatin1String("failed: "));
    if (failed >= 0)
        detail = detail.mid(failed + 8);
    p.detail = detail;
    const QString lower = message.toLower();
    if (lower.contains(QLatin1String("tenant")))
        p.kind = Kind::Supavisor;
    else if (lower.contains(QLatin1String("connection refused")) ||
             lower.contains(QLatin1String("timeout")) || lower.contains(QLatin1String("timed out")) ||
             lower.contains(QLatin1String("could not connect")) ||
             lower.contains(QLatin1String("server closed the connection")) ||
             lower.contains(QLatin1String("no route to host")))
        p.kind = Kind::Unreachable;
    else if (lower.contains(QLatin1String("not allowed")) || lower.contains(QLatin1String("no such user")) ||
             lower.contains(QLatin1String("authentication failed")) ||
             lower.contains(QLatin1String("no such database")))
        p.kind = Kind::NotPermitted;
    else
        p.kind = Kind::Other;
    Q_UNUSED(errorCode) // every code carries its words in the message; kept for callers' symmetry
    return p;
}

QString PoolerProblem::advice(const QString &user, int serverPort) const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::NoEndpoint:
        return QCoreApplication::translate(
            "PoolerProblem", "The stack's connection has no pooler port. Set the pooler port in "
                             "the stack's settings (Stack ▸ Edit Stack…) and connect again.");
    case Kind::Unreachable:
        return QCoreApplication::translate(
                   "PoolerProblem", "Nothing answers on the pooler port %1 on the server. Check that the "
                                    "pooler container runs and that the stack's pooler port is right "
                                    "(Stack ▸ Edit Stack…).")
            .arg(serverPort);
    case Kind::Supavisor:
        return QCoreApplication::translate("PoolerProblem",
                                           "This stack's pooler is Supavisor, which has no PgBouncer admin "
                                           "console: its figures come from its metrics endpoint. Set the "
                                           "stack's Supavisor metrics port (Stack ▸ Edit Stack…) and connect "
                                           "again.");
    case Kind::SupavisorNoSecret:
        return QCoreApplication::translate("PoolerProblem",
                                           "Supavisor's metrics need a token signed with the stack's JWT "
                                           "secret, and the keychain holds none for this stack. The Setup "
                                           "wizard stores it when it applies the stack's configuration.");
    case Kind::SupavisorUnreachable:
        return QCoreApplication::translate(
                   "PoolerProblem",
                   "Supavisor's metrics do not answer on port %1 of the server (%2). Supabase's compose "
                   "file does not publish them: add \"127.0.0.1:%1:4000\" to the supavisor service's ports "
                   "(the Setup wizard's docker-compose.override.yml does), or correct the stack's Supavisor "
                   "metrics port.")
            .arg(metricsPort)
            .arg(detail);
    case Kind::SupavisorForbidden:
        return QCoreApplication::translate(
            "PoolerProblem", "Supavisor refused the metrics token: the stack's JWT secret in the "
                             "keychain is not the METRICS_JWT_SECRET the pooler runs with.");
    case Kind::NotPermitted:
        return QCoreApplication::translate("PoolerProblem",
                                           "PgBouncer does not let %1 read its admin console (%2). Add %1 to "
                                           "stats_users in pgbouncer.ini and reload PgBouncer.")
            .arg(user, detail);
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("PoolerProblem", "The pooler's figures could not be read: %1")
        .arg(detail);
}

} // namespace supadesk
