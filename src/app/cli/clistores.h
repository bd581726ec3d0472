// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/uptimestore.h"

#include <QTextStream>

#include <memory>

namespace supadesk::cli {

// The profile's uptime history, where the app's AppServices keeps it (AppLocations), opened. A
// damaged file set aside is told on `err`; when it cannot be opened, the error is printed on
// `err` and the result is null.
std::unique_ptr<UptimeStore> openUptimeStore(QTextStream &err);

} // namespace supadesk::cli
