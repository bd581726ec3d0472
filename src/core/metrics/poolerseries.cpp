#include "poolerseries.h"

namespace supadesk {

QList<QPair<QString, double>> PoolerSeries::values(const PgBouncerSummary &pools, const PgBouncerRates &rates)
{
    QList<QPair<QString, double>> v = {
        {ClientsActive, pools.clientsActive}, {ClientsWaiting, pools.clientsWaiting},
        {ServersActive, pools.serversActive}, {ServersIdle, pools.serversIdle},
        {ServersOther, pools.serversOther},   {MaxWaitMs, pools.maxWaitSeconds * 1000.0},
    };
    if (rates.averageWaitMs)
        v.append({AverageWaitMs, *rates.averageWaitMs});
    if (rates.transactionsPerSecond)
        v.append({TransactionsPerSecond, *rates.transactionsPerSecond});
    return v;
}

} // namespace supadesk
