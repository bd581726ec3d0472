// SPDX-License-Identifier: GPL-3.0-or-later
// Parse + analysis of generated plans of 100 to 50,000 nodes. Run: build/bench/bench_plan
#include "core/plan/plananalyzer.h"
#include "core/plan/planjsonparser.h"
#include "core/plan/planlayout.h"
#include "core/plan/plantextparser.h"
#include "plangenerator.h"

#include <benchmark/benchmark.h>

#include <QHash>
#include <QJsonDocument>

#include <malloc.h>
#include <sys/resource.h>

#include <cstdio>

using namespace supadesk;
using supadesk::bench::PlanGenerator;

namespace {

const QByteArray &jsonOf(int nodes)
{
    static QHash<int, QByteArray> cache;
    if (!cache.contains(nodes))
        cache.insert(nodes, PlanGenerator::json(nodes));
    return cache[nodes];
}

const QByteArray &textOf(int nodes)
{
    static QHash<int, QByteArray> cache;
    if (!cache.contains(nodes))
        cache.insert(nodes, PlanGenerator::text(nodes));
    return cache[nodes];
}

void setCounters(benchmark::State &state, const Plan &plan, qsizetype bytes)
{
    state.counters["nodes"] = double(plan.size());
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
}

void parseJson(benchmark::State &state)
{
    const QByteArray &data = jsonOf(int(state.range(0)));
    Plan last;
    for (auto _ : state) {
        Result<Plan> plan = PlanJsonParser::parse(data);
        benchmark::DoNotOptimize(plan);
        last = plan.value();
    }
    setCounters(state, last, data.size());
}

// The reference reader through a QJsonDocument of the whole plan, which parseJson replaced: their
// ratio in one run is the speed-up.
void parseJsonWithDocument(benchmark::State &state)
{
    const QByteArray &data = jsonOf(int(state.range(0)));
    Plan last;
    for (auto _ : state) {
        Result<Plan> plan = PlanJsonParser::parseWithDocument(data);
        benchmark::DoNotOptimize(plan);
        last = plan.value();
    }
    setCounters(state, last, data.size());
}

void parseText(benchmark::State &state)
{
    const QString data = QString::fromUtf8(textOf(int(state.range(0))));
    Plan last;
    for (auto _ : state) {
        Result<Plan> plan = PlanTextParser::parse(data);
        benchmark::DoNotOptimize(plan);
        last = plan.value();
    }
    setCounters(state, last, data.size());
}

// A ModifyTable over range(0) partitions prints one line without a key for each; they are kept
// as the node's "Extra Lines", which must cost the same per line however many there are.
const QString &keylessTextOf(int lines)
{
    static QHash<int, QString> cache;
    if (!cache.contains(lines)) {
        QString text = QStringLiteral("Update on t  (cost=0.00..35.50 rows=0 width=0)\n");
        for (int i = 0; i < lines; ++i)
            text += QStringLiteral("  Update on t_p%1\n").arg(i);
        text += QStringLiteral("  ->  Seq Scan on t  (cost=0.00..35.50 rows=2550 width=10)\n");
        cache.insert(lines, text);
    }
    return cache[lines];
}

void parseTextKeylessLines(benchmark::State &state)
{
    const QString &data = keylessTextOf(int(state.range(0)));
    Plan last;
    for (auto _ : state) {
        Result<Plan> plan = PlanTextParser::parse(data);
        benchmark::DoNotOptimize(plan);
        last = plan.value();
    }
    setCounters(state, last, data.size());
}

void analyze(benchmark::State &state)
{
    const Plan plan = PlanJsonParser::parse(jsonOf(int(state.range(0)))).value();
    for (auto _ : state) {
        PlanAnalysis analysis = PlanAnalyzer::analyze(plan);
        benchmark::DoNotOptimize(analysis);
    }
    state.counters["nodes"] = double(plan.size());
}

void parseJsonAndAnalyze(benchmark::State &state)
{
    const QByteArray &data = jsonOf(int(state.range(0)));
    Plan last;
    for (auto _ : state) {
        Result<Plan> plan = PlanJsonParser::parse(data);
        PlanAnalysis analysis = PlanAnalyzer::analyze(plan.value());
        benchmark::DoNotOptimize(analysis);
        last = plan.value();
    }
    setCounters(state, last, data.size());
}

void layout(benchmark::State &state)
{
    const Plan plan = PlanJsonParser::parse(jsonOf(int(state.range(0)))).value();
    for (auto _ : state) {
        QList<QRectF> rects = PlanLayout::compute(plan);
        benchmark::DoNotOptimize(rects);
    }
    state.counters["nodes"] = double(plan.size());
}

// What opening a plan costs before the first paint: read, analyse, place every card.
void parseAnalyzeAndLayout(benchmark::State &state)
{
    const QByteArray &data = jsonOf(int(state.range(0)));
    for (auto _ : state) {
        Result<Plan> plan = PlanJsonParser::parse(data);
        PlanAnalysis analysis = PlanAnalyzer::analyze(plan.value());
        QList<QRectF> rects = PlanLayout::compute(analysis.plan());
        benchmark::DoNotOptimize(rects);
    }
}

// Qt's JSON reader alone, the floor under parseJson.
void qtJsonOnly(benchmark::State &state)
{
    const QByteArray &data = jsonOf(int(state.range(0)));
    for (auto _ : state) {
        QJsonDocument doc = QJsonDocument::fromJson(data);
        benchmark::DoNotOptimize(doc);
    }
}

double heapMb()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

// What a parsed plan and its analysis hold on the heap (planMB, analysisMB), read from JSON and from
// text: the largest parts of the memory a plan's view needs.
void heldMemory(benchmark::State &state)
{
    const bool text = state.range(1) != 0;
    const QByteArray &json = jsonOf(int(state.range(0)));
    const QString plain = text ? QString::fromUtf8(textOf(int(state.range(0)))) : QString();
    double planMb = 0;
    double analysisMb = 0;
    for (auto _ : state) {
        const double before = heapMb();
        Result<Plan> plan = text ? PlanTextParser::parse(plain) : PlanJsonParser::parse(json);
        const double parsed = heapMb();
        PlanAnalysis analysis = PlanAnalyzer::analyze(plan.value());
        planMb = parsed - before;
        analysisMb = heapMb() - parsed;
        benchmark::DoNotOptimize(analysis);
    }
    state.counters["planMB"] = planMb;
    state.counters["analysisMB"] = analysisMb;
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (int n : {100, 1000, 10000, 50000})
        b->Arg(n);
    b->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK(qtJsonOnly)->Apply(sizes);
BENCHMARK(parseJson)->Apply(sizes);
BENCHMARK(parseJsonWithDocument)->Apply(sizes);
BENCHMARK(parseText)->Apply(sizes);
BENCHMARK(parseTextKeylessLines)->Arg(10000)->Arg(40000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(analyze)->Apply(sizes);
BENCHMARK(parseJsonAndAnalyze)->Apply(sizes);
BENCHMARK(layout)->Apply(sizes);
BENCHMARK(parseAnalyzeAndLayout)->Apply(sizes);
BENCHMARK(heldMemory)
    ->ArgsProduct({{10000}, {0, 1}})
    ->ArgNames({"nodes", "text"})
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("Peak resident memory: %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
