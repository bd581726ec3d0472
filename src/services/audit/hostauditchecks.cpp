// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostauditchecks.h"

#include "auditcontext.h"

namespace supadesk {

QStringList HostAuditChecks::checkIds() const
{
    return {};
}

AuditCheckResults HostAuditChecks::run(const AuditContext &context, const QStringList &wanted)
{
    Q_UNUSED(context)
    Q_UNUSED(wanted)
    return {};
}

} // namespace supadesk
