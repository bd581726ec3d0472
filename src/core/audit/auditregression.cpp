// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditregression.h"

namespace supadesk {

QSet<QString> auditNewFailures(const AuditReport &current, const std::optional<AuditReport> &previous)
{
    QSet<QString> out;
    if (!previous)
        return out;
    for (const AuditCheckResult &check : current.checks) {
        if (check.status != AuditStatus::Fail)
            continue;
        const AuditCheckResult *before = previous->find(check.id);
        if (before && before->status == AuditStatus::Pass)
            out.insert(check.id);
    }
    return out;
}

} // namespace supadesk
