// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditcheckgroup.h"

#include <QCoreApplication>

namespace supadesk {

// The audit's checks of the database: default role passwords, tuning, pooler, pg_stat_statements, WAL
// archiving, replication, SSL.
class DatabaseAuditChecks : public AuditCheckGroup
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DatabaseAuditChecks)

public:
    QStringList checkIds() const override;
    AuditCheckResults run(const AuditContext &context, const QStringList &wanted) override;
};

} // namespace supadesk
