#pragma once

#include "pgbouncerfigures.h"

#include <QMetaType>

namespace supadesk {

// One reading of the pooler's admin console (SHOW POOLS and SHOW STATS): the pools summed over the
// application's databases, and the rates since the previous reading (empty on the first).
struct PoolerSample
{
    PgBouncerSummary pools;
    PgBouncerRates rates;
    qint64 roundTripUs = 0;
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::PoolerSample)
