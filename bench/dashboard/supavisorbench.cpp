// SPDX-License-Identifier: GPL-3.0-or-later
// Reading one Supavisor scrape into the pooler's figures (parse, then sum the series), for one tenant
// as a self-hosted stack has and for a pooler serving 50 tenants, against the reference of merely
// splitting the same text into lines: the figure to quote is the ratio of the two.
#include "core/metrics/prometheustext.h"
#include "core/metrics/supavisorfigures.h"

#include <benchmark/benchmark.h>

namespace {

using namespace supadesk;

QByteArray scrape(int tenants)
{
    QByteArray text = "# HELP supavisor_connections_active The total count of active clients for a tenant.\n"
                      "# TYPE supavisor_connections_active gauge\n";
    const QByteArray tags = ",region=\"local\",host=\"supavisor\"";
    for (int t = 0; t < tenants; ++t)
        for (const char *user : {"postgres", "authenticator", "supabase_admin", "app"}) {
            const QByteArray labels = "{tenant=\"tenant-" + QByteArray::number(t) + "\",user=\"" + user +
                                      "\",mode=\"transaction\",type=\"single\",db_name=\"postgres\","
                                      "search_path=\"nil\"" +
                                      tags;
            text += "supavisor_connections_active" + labels + "} " + QByteArray::number(t % 7) + "\n";
            text += "supavisor_client_queries_count" + labels + "} " + QByteArray::number(t * 1000) + "\n";
            for (const char *le :
                 {"125", "250", "500", "1000", "2000", "4000", "8000", "16000", "32000", "60000", "+Inf"})
                text += "supavisor_pool_checkout_duration_bucket" + labels + ",le=\"" + le + "\"} 400\n";
            text += "supavisor_pool_checkout_duration_sum" + labels + "} 120.5\n";
            text += "supavisor_pool_checkout_duration_count" + labels + "} 400\n";
            text += "supavisor_client_joins_fail" + labels + "} 3\n";
        }
    return text;
}

void supavisorScrape(benchmark::State &state)
{
    const QByteArray text = scrape(int(state.range(0)));
    for (auto _ : state) {
        const Result<PrometheusText> parsed = PrometheusText::parse(text);
        const Result<SupavisorCounters> counters = SupavisorFigures::counters(parsed.value());
        benchmark::DoNotOptimize(counters.value().clientsActive);
    }
    state.counters["kB"] = double(text.size()) / 1024.0;
}

void supavisorScrapeReference(benchmark::State &state)
{
    const QByteArray text = scrape(int(state.range(0)));
    for (auto _ : state) {
        const QList<QByteArray> lines = text.split('\n');
        benchmark::DoNotOptimize(lines.size());
    }
}

} // namespace

BENCHMARK(supavisorScrape)->Arg(1)->Arg(50)->Unit(benchmark::kMicrosecond);
BENCHMARK(supavisorScrapeReference)->Arg(1)->Arg(50)->Unit(benchmark::kMicrosecond);
