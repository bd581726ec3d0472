// SPDX-License-Identifier: GPL-3.0-or-later
#include "atrestauditchecks.h"
#include "auditcheckgroup.h"
#include "databaseadvisors.h"
#include "databaseauditchecks.h"
#include "endpointauditchecks.h"
#include "hostauditchecks.h"

namespace supadesk {

std::vector<std::unique_ptr<AuditCheckGroup>> makeAuditCheckGroups()
{
    std::vector<std::unique_ptr<AuditCheckGroup>> groups;
    groups.push_back(std::make_unique<HostAuditChecks>());
    groups.push_back(std::make_unique<AtRestAuditChecks>());
    groups.push_back(std::make_unique<DatabaseAuditChecks>());
    groups.push_back(std::make_unique<EndpointAuditChecks>());
    groups.push_back(std::make_unique<DatabaseAdvisors>());
    return groups;
}

QStringList allAuditCheckIds()
{
    QStringList ids;
    for (const auto &group : makeAuditCheckGroups())
        ids += group->checkIds();
    return ids;
}

} // namespace supadesk
