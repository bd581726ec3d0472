// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseauditchecks.h"

#include "auditcontext.h"

namespace supadesk {

QStringList DatabaseAuditChecks::checkIds() const
{
    return {};
}

AuditCheckResults DatabaseAuditChecks::run(const AuditContext &context, const QStringList &wanted)
{
    Q_UNUSED(context)
    Q_UNUSED(wanted)
    return {};
}

} // namespace supadesk
