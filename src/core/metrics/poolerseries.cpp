// SPDX-License-Identifier: GPL-3.0-or-later
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

QList<QPair<QString, double>> PoolerSeries::values(const PoolerSample &sample)
{
    if (sample.pooler == PoolerSample::Pooler::PgBouncer)
        return values(sample.pools, sample.rates);
    QList<QPair<QString, double>> v = {{ClientsActive, sample.pools.clientsActive}};
    if (sample.rates.averageWaitMs)
        v.append({AverageWaitMs, *sample.rates.averageWaitMs});
    if (sample.rates.queriesPerSecond)
        v.append({QueriesPerSecond, *sample.rates.queriesPerSecond});
    if (sample.failedLoginsPerSecond)
        v.append({FailedLoginsPerSecond, *sample.failedLoginsPerSecond});
    return v;
}

} // namespace supadesk
