// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace supadesk {

struct AuditContext;

// A set of audit checks that read the same things (the host's files and sockets, the database's
// settings, the public endpoints, the advisors' catalogue queries). Read-only: a group never changes
// the server; fixes run only after the user confirms them, elsewhere.
class AuditCheckGroup
{
public:
    virtual ~AuditCheckGroup() = default;

    // The ids this group answers, in the order they are shown.
    virtual QStringList checkIds() const = 0;
    // Where the fleet matrix files this group's checks: the production checklist (host) or the
    // database's own advisors.
    virtual AuditArea area() const { return AuditArea::Host; }

    // Runs on the audit thread. Returns exactly one result per id of `wanted` (a subset of checkIds(), in
    // that order); a check that cannot run returns AuditStatus::Unknown with the reason as its evidence.
    // Stops early (returning what it has) when context.cancelled() turns true.
    virtual AuditCheckResults run(const AuditContext &context, const QStringList &wanted) = 0;
};

// Every group, in the order of the audit: host, database settings, endpoints, advisors.
std::vector<std::unique_ptr<AuditCheckGroup>> makeAuditCheckGroups();
// Every check id of every group, in order (the CLI's --check is validated against it).
QStringList allAuditCheckIds();

} // namespace supadesk
