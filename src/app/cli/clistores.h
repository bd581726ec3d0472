// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/drillresult.h"
#include "core/result.h"
#include "db/uptimestore.h"

#include <QTextStream>

#include <memory>

namespace supadesk::cli {

// The profile's uptime history, where the app's AppServices keeps it (AppLocations), opened. A
// damaged file set aside is told on `err`; when it cannot be opened, the error is printed on
// `err` and the result is null.
std::unique_ptr<UptimeStore> openUptimeStore(QTextStream &err);

// The stack's newest restore drill in the profile's history file; none when it has none or the file
// cannot be read.
std::optional<DrillResult> lastDrill(const QString &stackId);
// Keeps a drill in the profile's history file, where the Audit's restore-tested reads it.
Status recordDrill(const DrillResult &drill);

} // namespace supadesk::cli
