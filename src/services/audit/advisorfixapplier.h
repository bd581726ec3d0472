// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "core/result.h"
#include "db/dbendpoint.h"

#include <QCoreApplication>
#include <QStringList>

namespace supadesk {

// Applies a database advisor's fix after the user confirmed it: runs exactly the SQL the finding shows
// (its AuditFix::Sql preview), statement by statement in ONE transaction, and rolls everything back on the
// first error (ErrorCode::AdvisorFix), so the database is either fixed or unchanged. Then it runs that one
// advisor again and returns its new result, for the view to show the check turned to pass.
//
// Blocking (it opens its own connection): call it off the GUI thread.
//   Result<AuditCheckResult> after = AdvisorFixApplier::apply(endpoint, finding,
//                                                            AdvisorCatalogue::exposedSchemas(env));
class AdvisorFixApplier
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AdvisorFixApplier)

public:
    static Result<AuditCheckResult> apply(const DbEndpoint &endpoint, const AuditCheckResult &finding,
                                          const QStringList &exposedSchemas);
};

} // namespace supadesk
