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
                                           "console, so pool figures cannot be read here. Its figures are on "
                                           "its metrics endpoint (port 4000, /metrics); to chart pools here, "
                                           "choose PgBouncer on the Setup wizard's Connection pooling page.");
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
