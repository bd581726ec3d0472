// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditcheckgroup.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace supadesk {

// The audit's database advisors: the checks of Supabase Studio's Security and Performance Advisors (RLS,
// exposed auth.users, security-definer views and functions, search_path, policies, indexes, keys, bloat,
// Storage buckets), each one read-only statement of resources/sql/advisors/<id>.sql run in its own
// read-only transaction. The table of advisors is AdvisorCatalogue (core/audit/advisorcatalogue.h).
//
// A result lists the offending objects (schema.name), evidence (each object with what was seen), and
// when the SQL knows the remedy, the fix as AuditFix::Sql whose preview is the exact script that
// AdvisorFixApplier runs on confirmation.
class DatabaseAdvisors : public AuditCheckGroup
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DatabaseAdvisors)

public:
    QStringList checkIds() const override;
    AuditArea area() const override { return AuditArea::Database; }
    AuditCheckResults run(const AuditContext &context, const QStringList &wanted) override;

    // Runs the advisors `ids` over an open connection: one result per id, in order (fewer when
    // `cancelled` turns true). `exposedSchemas`: AdvisorCatalogue::exposedSchemas(the stack's .env).
    static AuditCheckResults runOn(QSqlDatabase &db, const QStringList &ids,
                                   const QStringList &exposedSchemas,
                                   const std::function<bool()> &cancelled = {},
                                   const std::function<void(const QString &)> &starting = {});

    // The check's result when it could not run: Unknown with `reason` as its evidence.
    static AuditCheckResult unknown(const QString &id, const QString &reason);
};

} // namespace supadesk
