// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgbouncerfigures.h"

#include <QMetaType>

#include <optional>

namespace supadesk {

// One reading of the stack's pooler, with the rates since the previous reading (empty on the first).
// PgBouncer's admin console (SHOW POOLS, SHOW STATS) fills every figure. Supavisor's metrics endpoint
// has no waiting clients and no server connections: its readings fill the active clients, the
// queries per second, the average time a client waited for a database connection (averageWaitMs) and
// the failed client logins, and leave the rest at their defaults.
struct PoolerSample
{
    enum class Pooler { PgBouncer, Supavisor };

    Pooler pooler = Pooler::PgBouncer;
    PgBouncerSummary pools;
    PgBouncerRates rates;
    std::optional<double> failedLoginsPerSecond; // Supavisor only
    qint64 roundTripUs = 0;
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::PoolerSample)
