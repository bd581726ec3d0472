// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseadvisors.h"

#include "auditcontext.h"

namespace supadesk {

QStringList DatabaseAdvisors::checkIds() const
{
    return {};
}

AuditCheckResults DatabaseAdvisors::run(const AuditContext &context, const QStringList &wanted)
{
    Q_UNUSED(context)
    Q_UNUSED(wanted)
    return {};
}

} // namespace supadesk
