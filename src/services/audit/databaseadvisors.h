// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditcheckgroup.h"

#include <QCoreApplication>

namespace supadesk {

// The audit's checks of the database advisors: RLS, exposed auth.users, security-definer views, search_path,
// indexes, keys.
class DatabaseAdvisors : public AuditCheckGroup
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DatabaseAdvisors)

public:
    QStringList checkIds() const override;
    AuditCheckResults run(const AuditContext &context, const QStringList &wanted) override;
};

} // namespace supadesk
