// SPDX-License-Identifier: GPL-3.0-or-later
#include "supavisorfigures.h"

#include <QCoreApplication>

#include <cmath>

namespace supadesk {

namespace {

// Counters may be exported with or without Prometheus' `_total` suffix, depending on the exporter.
std::optional<double> counter(const PrometheusText &scrape, const QString &name)
{
    if (std::optional<double> v = scrape.sum(name))
        return v;
    return scrape.sum(name + QStringLiteral("_total"));
}

std::optional<double> delta(const std::optional<double> &before, const std::optional<double> &after)
{
    if (!after)
        return std::nullopt;
    // A series that appears for the first time started from zero.
    const double previous = before.value_or(0);
    if (*after < previous)
        return std::nullopt;
    return *after - previous;
}

bool wentDown(const std::optional<double> &before, const std::optional<double> &after)
{
    return before && after && *after < *before;
}

} // namespace

Result<SupavisorCounters> SupavisorFigures::counters(const PrometheusText &scrape)
{
    if (!scrape.hasPrefix(QStringLiteral("supavisor_")))
        return Error{ErrorCode::SupavisorMetrics,
                     QCoreApplication::translate("SupavisorFigures",
                                                 "The answer holds no Supavisor metrics: another program "
                                                 "may be listening on that port.")};
    SupavisorCounters c;
    c.clientsActive = scrape.sum(QStringLiteral("supavisor_connections_active"));
    c.queries = counter(scrape, QStringLiteral("supavisor_client_queries_count"));
    c.checkouts = scrape.sum(QStringLiteral("supavisor_pool_checkout_duration_count"));
    c.checkoutMs = scrape.sum(QStringLiteral("supavisor_pool_checkout_duration_sum"));
    c.loginsFailed = counter(scrape, QStringLiteral("supavisor_client_joins_fail"));
    return c;
}

PoolerSample SupavisorFigures::sample(const std::optional<SupavisorCounters> &before,
                                      const SupavisorCounters &after, double seconds)
{
    PoolerSample s;
    s.pooler = PoolerSample::Pooler::Supavisor;
    s.pools.clientsActive = int(std::lround(after.clientsActive.value_or(0)));
    if (!before || seconds <= 0)
        return s;
    // A restart resets every counter at once: no rate for the interval that spans it.
    if (wentDown(before->queries, after.queries) || wentDown(before->checkouts, after.checkouts) ||
        wentDown(before->checkoutMs, after.checkoutMs) || wentDown(before->loginsFailed, after.loginsFailed))
        return s;
    if (const std::optional<double> q = delta(before->queries, after.queries))
        s.rates.queriesPerSecond = *q / seconds;
    const std::optional<double> checkouts = delta(before->checkouts, after.checkouts);
    const std::optional<double> checkoutMs = delta(before->checkoutMs, after.checkoutMs);
    if (checkouts && checkoutMs && *checkouts > 0)
        s.rates.averageWaitMs = *checkoutMs / *checkouts;
    if (const std::optional<double> f = delta(before->loginsFailed, after.loginsFailed))
        s.failedLoginsPerSecond = *f / seconds;
    return s;
}

} // namespace supadesk
