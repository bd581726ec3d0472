// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoverplan.h"

namespace supadesk {

QStringList FailoverPlan::steps(const FailoverCheck &check, const QString &primaryName,
                                const QString &standbyName, bool repoint)
{
    QStringList steps;
    steps << tr("Check once more that the primary “%1” does not answer, from this computer and from the "
                "standby's host.")
                 .arg(primaryName);
    if (check.primaryAnswers())
        steps << tr("Stop the old primary “%1” (pg_ctl stop) so that it cannot take writes any more, and "
                    "check that it no longer answers.")
                     .arg(primaryName);
    steps << tr("Promote the standby “%1” (pg_promote) and wait up to 60 seconds.").arg(standbyName)
          << tr("Check that “%1” takes writes.").arg(standbyName);
    if (repoint)
        steps << tr("Point the services of “%1” at “%2”: POSTGRES_HOST and POSTGRES_PORT in its .env (a "
                    "copy kept beside it), then docker compose up -d; put back if the restart fails.")
                     .arg(primaryName, standbyName);
    return steps;
}

QString FailoverPlan::blocker(const FailoverCheck &check, const QString &typed, const QString &expected)
{
    if (!check.standbyInRecovery)
        return tr("The standby is not a standby: it already takes writes.");
    if (check.primaryAnswers() && typed.trimmed() != expected)
        return tr("The primary still answers. Type the stack's name \"%1\" to stop it and promote the "
                  "standby.")
            .arg(expected);
    return {};
}

} // namespace supadesk
