// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointauditchecks.h"

#include "auditcontext.h"

namespace supadesk {

QStringList EndpointAuditChecks::checkIds() const
{
    return {};
}

AuditCheckResults EndpointAuditChecks::run(const AuditContext &context, const QStringList &wanted)
{
    Q_UNUSED(context)
    Q_UNUSED(wanted)
    return {};
}

} // namespace supadesk
