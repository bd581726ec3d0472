// SPDX-License-Identifier: GPL-3.0-or-later
// A month's uptime report for many stacks from a year of minute probes: from the store (timeline
// and roll-ups, raw probes only at sub-hour edges) against the same figures computed from the raw
// rows alone, in the same run. Run: build/bench/bench_uptime
//
// Environment: SUPADESK_BENCH_STACKS (50), SUPADESK_BENCH_COMPONENTS (2), SUPADESK_BENCH_DAYS (365),
// SUPADESK_BENCH_DIR (keep the generated store there and reuse it on the next run; default a
// temporary directory). Generating a year for 50 stacks writes about 50 million rows (~1.5 GB).
#include "core/uptime/uptimeperiod.h"
#include "core/uptime/uptimesummary.h"
#include "db/uptimestore.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariant>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

using namespace supadesk;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

const int Stacks = envInt("SUPADESK_BENCH_STACKS", 50);
const int Components = envInt("SUPADESK_BENCH_COMPONENTS", 2);
const int Days = envInt("SUPADESK_BENCH_DAYS", 365);
const QStringList ComponentNames{QStringLiteral("postgres"), QStringLiteral("rest"),
                                 QStringLiteral("auth"),     QStringLiteral("storage"),
                                 QStringLiteral("realtime"), QStringLiteral("ssh")};
const qint64 YearStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

std::unique_ptr<QTemporaryDir> g_tempDir;
std::unique_ptr<UptimeStore> g_store;
QStringList g_stacks;
TimeRange g_month;
double g_storeMs = 0;
double g_rawMs = 0;

QString stackName(int i)
{
    return QStringLiteral("stack-%1").arg(i, 2, 10, QLatin1Char('0'));
}

// Raw probes straight into the store's tables (generating them through addProbes would take far
// longer than what is measured): one row a minute per component, a 3-minute outage every week or
// so at a different moment per series, latencies of 3..42 ms.
bool generate(const QString &file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-generate"));
    db.setDatabaseName(file);
    if (!db.open())
        return false;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const qint64 minutes = qint64(Days) * 1440;
    for (int s = 0; s < Stacks; ++s)
        for (int c = 0; c < Components; ++c) {
            q.prepare(QStringLiteral("INSERT INTO uptime_series (stack, component) VALUES (?, ?)"));
            q.addBindValue(stackName(s));
            q.addBindValue(ComponentNames.at(c % ComponentNames.size()));
            if (!q.exec())
                return false;
            const qint64 id = q.lastInsertId().toLongLong();
            const int seed = s * 7919 + c * 104729;
            db.transaction();
            q.prepare(QStringLiteral(
                "WITH RECURSIVE m(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM m WHERE i < ?) "
                "INSERT INTO uptime_probe (series, t, source, ok, latency, reason) "
                "SELECT ?, ? + i * 60000, 'server', (i + ?) % 10007 >= 3, 3 + (i * 31 + ?) % 40, "
                "CASE WHEN (i + ?) % 10007 < 3 THEN 'connection refused' END FROM m"));
            q.addBindValue(minutes - 1);
            q.addBindValue(id);
            q.addBindValue(YearStart);
            q.addBindValue(seed);
            q.addBindValue(seed);
            q.addBindValue(seed);
            if (!q.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
                return false;
            }
            db.commit();
        }
    q.finish();
    db.close();
    return true;
}

bool setUp()
{
    const QString dir = qEnvironmentVariable("SUPADESK_BENCH_DIR");
    QString path = dir;
    if (path.isEmpty()) {
        g_tempDir = std::make_unique<QTemporaryDir>();
        path = g_tempDir->path();
    }
    g_store = std::make_unique<UptimeStore>(path);
    if (!g_store->open().ok())
        return false;
    for (int s = 0; s < Stacks; ++s)
        g_stacks.append(stackName(s));
    // The sixth month of the generated year (or the last whole one for a shorter run).
    const QDate monthDate = QDate(2026, 1, 1).addDays(std::min(Days - 31, 151));
    g_month = UptimePeriod::month(monthDate.year(), monthDate.month(), QTimeZone::utc());
    if (g_store->stacks().value().size() >= Stacks)
        return true; // reused from SUPADESK_BENCH_DIR
    QElapsedTimer t;
    t.start();
    if (!generate(g_store->filePath()))
        return false;
    std::printf("Generated %lld raw probes in %.1f s\n", qint64(Stacks) * Components * Days * 1440,
                double(t.elapsed()) / 1000.0);
    t.restart();
    // Timeline and roll-ups of the reported month (and a day either side), as the store keeps them
    // while probes arrive.
    for (const QString &stack : std::as_const(g_stacks))
        if (!g_store->rebuild(stack, {g_month.startMs - 86'400'000, g_month.endMs + 86'400'000}).ok())
            return false;
    std::printf("Built the month's timeline and roll-ups in %.1f s\n", double(t.elapsed()) / 1000.0);
    return true;
}

void monthFromStore(benchmark::State &state)
{
    QElapsedTimer t;
    t.start();
    qsizetype incidents = 0;
    for (auto _ : state) {
        const Result<QList<StackUptime>> report = g_store->uptime(g_stacks, g_month);
        if (!report.ok()) {
            state.SkipWithError("query failed");
            return;
        }
        incidents = 0;
        for (const StackUptime &s : report.value())
            incidents += s.wholeStack() ? s.wholeStack()->availability.incidents.size() : 0;
        benchmark::DoNotOptimize(incidents);
    }
    g_storeMs = double(t.elapsed()) / double(state.iterations());
    state.counters["stacks"] = double(g_stacks.size());
    state.counters["incidents"] = double(incidents);
}

void monthFromRawRows(benchmark::State &state)
{
    QElapsedTimer t;
    t.start();
    qsizetype rows = 0;
    for (auto _ : state) {
        rows = 0;
        for (const QString &stack : std::as_const(g_stacks)) {
            const Result<ProbeResults> probes = g_store->probes(stack, g_month);
            if (!probes.ok()) {
                state.SkipWithError("query failed");
                return;
            }
            rows += probes.value().size();
            const QList<ComponentSummary> summary = UptimeSummary::summarize(probes.value(), g_month, {});
            benchmark::DoNotOptimize(summary);
        }
    }
    g_rawMs = double(t.elapsed()) / double(state.iterations());
    state.counters["stacks"] = double(g_stacks.size());
    state.counters["raw_rows"] = double(rows);
}

// One round of the app's probes stored as it arrives: the raw rows plus the day's timeline and
// roll-ups brought up to date (what the prober costs every minute per stack).
void appRound(benchmark::State &state)
{
    // Into the last generated day, full of the server's probes: the worst case of a day's recompute.
    // (At a millisecond of its own each run, so that a reused store never already holds the rounds.)
    static qint64 next = YearStart + qint64(Days - 1) * 86'400'000 + 12 * 3'600'000 +
                         QDateTime::currentMSecsSinceEpoch() % 60'000;
    for (auto _ : state) {
        ProbeResults round;
        for (int c = 0; c < Components; ++c)
            round.append({next, ComponentNames.at(c % ComponentNames.size()), true, 7, QString(),
                          UptimeStore::AppSource});
        next += 60'000;
        if (!g_store->addProbes(g_stacks.first(), round).ok()) {
            state.SkipWithError("insert failed");
            return;
        }
    }
}

} // namespace

BENCHMARK(appRound)->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK(monthFromStore)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(monthFromRawRows)->Unit(benchmark::kMillisecond)->Iterations(2);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!setUp()) {
        std::fprintf(stderr, "Could not prepare the uptime store\n");
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (g_storeMs > 0 && g_rawMs > 0)
        std::printf(
            "Month report for %d stacks: %.1f ms from the store, %.1f ms from raw rows (%.0fx faster)\n",
            Stacks, g_storeMs, g_rawMs, g_rawMs / g_storeMs);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("Peak resident memory: %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    g_store.reset();
    return 0;
}
