// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "poolersample.h"
#include "prometheustext.h"

#include <optional>

namespace supadesk {

// Supavisor's cumulative figures at one moment, from its /metrics scrape, summed over tenants, users
// and modes (a self-hosted stack has one tenant). Each is empty when the scrape lacks it: Supavisor
// emits a series only once something has happened (e.g. no checkout yet after a start).
struct SupavisorCounters
{
    std::optional<double> clientsActive; // supavisor_connections_active (a gauge)
    std::optional<double> queries;       // supavisor_client_queries_count
    std::optional<double> checkouts;     // supavisor_pool_checkout_duration_count
    std::optional<double> checkoutMs;    // supavisor_pool_checkout_duration_sum, in milliseconds
    std::optional<double> loginsFailed;  // supavisor_client_joins_fail
};

class SupavisorFigures
{
public:
    // An error when the scrape has no Supavisor series at all (another program answers on the port).
    static Result<SupavisorCounters> counters(const PrometheusText &scrape);
    // The pooler reading from two scrapes `seconds` apart (`before` empty for the first). A counter
    // that went down (Supavisor restarted) leaves that interval's rates empty.
    static PoolerSample sample(const std::optional<SupavisorCounters> &before, const SupavisorCounters &after,
                               double seconds);
};

} // namespace supadesk
