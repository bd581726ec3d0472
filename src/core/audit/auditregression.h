// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"

#include <QSet>
#include <QString>

#include <optional>

namespace supadesk {

// Which checks of a run turned from pass to fail since the stack's previous run: those the Audit
// workspace marks "new". A check the previous run did not have, or could not check, is not new.
QSet<QString> auditNewFailures(const AuditReport &current, const std::optional<AuditReport> &previous);

} // namespace supadesk
