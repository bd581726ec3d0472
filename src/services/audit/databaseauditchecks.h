// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditcheckgroup.h"

#include <QCoreApplication>

namespace supadesk {

// The audit's checks of the database: default role passwords, tuning, pooler, pg_stat_statements, WAL
// archiving, replication, SSL. Reads facts (catalogue queries over the stack's database forward, one
// read-only statement each; logins as the internal roles; the pooler's settings) and leaves the verdicts
// to DatabaseAuditEvaluator. A fact the login may not read (no pg_monitor, no superuser) makes its check
// "could not check" with the reason.
class DatabaseAuditChecks : public AuditCheckGroup
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DatabaseAuditChecks)

public:
    // `pgbouncerIniPaths`: where a PgBouncer on the host keeps its settings, read with `sudo -n cat` when
    // its admin console does not answer.
    explicit DatabaseAuditChecks(QStringList pgbouncerIniPaths = {
                                     QStringLiteral("/etc/pgbouncer/pgbouncer.ini")});

    QStringList checkIds() const override;
    AuditCheckResults run(const AuditContext &context, const QStringList &wanted) override;

private:
    QStringList m_pgbouncerIniPaths;
};

} // namespace supadesk
