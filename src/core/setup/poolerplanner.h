// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "envassignment.h"
#include "hostprofile.h"
#include "poolerplan.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// Where a generated PgBouncer listens and what it connects to. The defaults suit a PgBouncer beside a
// Supabase database: it looks passwords up through the image's pgbouncer.get_auth() function.
struct PgBouncerTarget
{
    QString listenAddress = QStringLiteral("127.0.0.1");
    int listenPort = 6432;
    QString dbHost = QStringLiteral("127.0.0.1");
    int dbPort = 5432;
    QString authType = QStringLiteral("scram-sha-256");
    QString authFile = QStringLiteral("/etc/pgbouncer/userlist.txt");
    QString authUser = QStringLiteral("pgbouncer");
    QString authQuery = QStringLiteral("SELECT * FROM pgbouncer.get_auth($1)");
    QString adminUsers;
    QString logFile;
    QString pidFile;
};

// Transaction pooling sized from max_connections and vCPUs. Supabase's guidance: the pooler's share
// stays at or below 40% of max_connections when the REST API is used heavily (its PostgREST and the
// other services need the rest), up to 80% otherwise.
class PoolerPlanner
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PoolerPlanner)

public:
    static Result<PoolerPlan> plan(const HostProfile &host);

    static QString pgbouncerIni(const PoolerPlan &plan, const PgBouncerTarget &target);
    // POOLER_* variables of Supabase's .env for Supavisor.
    static EnvAssignments supavisorEnv(const PoolerPlan &plan);

    // Percent of max_connections the pooler may use for this workload.
    static int budgetPercent(Workload workload);
};

} // namespace supadesk
