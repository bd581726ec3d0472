// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's costs, each against a reference measured in the same run where one makes sense:
//  - chart7Days: a 7-day chart of two series of 1-second samples (604,800 points each) redrawn and
//    rendered to a QImage offscreen, with its downsampling; chartReference: the same chart given only
//    the points it ends up drawing, so the ratio is what downsampling a week costs on top of drawing.
//  - history30Days: every series of one stack for the last 30 days from the SQLite store, as the
//    dashboard reads them for "Last 30 days" (hour roll-ups); history24Hours the same for a day
//    (minute roll-ups). The store holds SUPADESK_BENCH_STACKS stacks (10) with the default retention
//    filled: every 2-second sample for 2 days, roll-ups for 30 days.
//  - `bench_dashboard --fleet-load [SECONDS]`: the app's CPU (% of one core), RSS and longest GUI-thread
//    stall with 10 stacks (SUPADESK_BENCH_STACKS=50 for a fleet of fifty)
//    sampled every 2 s against a real PostgreSQL (SUPADESK_TEST_PG_PORT; bench/dashboard-fleet-load
//    starts one), 7 days of history each in the store, the dashboard of one of them shown live.
// Run: build/bench/bench_dashboard, or bench/dashboard-fleet-load for the third.
#include "core/metrics/downsampler.h"
#include "core/metrics/poolerseries.h"
#include "db/historystore.h"
#include "gui/dashboard/dashboardworkspace.h"
#include "gui/dashboard/livechart.h"
#include "historyfiller.h"
#include "services/statsfleet.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cmath>
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

constexpr qint64 WeekMs = 7 * Rollup::DayMs;
constexpr int WeekPoints = 604'800;
const qint64 Now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;

QList<QPointF> weekOfSeconds(double phase)
{
    QList<QPointF> points;
    points.reserve(WeekPoints);
    const qint64 start = Now - WeekMs;
    for (qint64 i = 0; i < WeekPoints; ++i) { // 64 bits: i * 7919 does not fit in an int
        // A daily wave with a little noise and an occasional spike, like a busy database's TPS.
        const double daily = 200 + 150 * std::sin(2 * M_PI * (i / 86'400.0) + phase);
        const double noise = double((i * 7919) % 61) - 30;
        const double spike = i % 9973 == 0 ? 900 : 0;
        points.append(QPointF(double(start + i * 1000), daily + noise + spike));
    }
    return points;
}

struct ChartFixture
{
    std::unique_ptr<LiveChart> chart;
    QImage image;

    explicit ChartFixture(bool downsampledInput)
    {
        chart = std::make_unique<LiveChart>();
        chart->addSeries(QColor(0x1f, 0x6f, 0xeb));
        chart->addSeries(QColor(0xcf, 0x22, 0x2e));
        chart->setTitles(QStringLiteral("Transactions per second"), QStringLiteral("transactions/s"));
        chart->resize(560, 300); // a chart of the dashboard's two-column grid in an 1100 px window
        chart->show();
        QCoreApplication::processEvents();
        for (int s = 0; s < 2; ++s) {
            QList<QPointF> points = weekOfSeconds(s * 1.3);
            if (downsampledInput)
                points = Downsampler::minMax(points, int(chart->chart()->plotArea().width()));
            chart->setPoints(s, points);
        }
        chart->setTimeRange(Now - WeekMs, Now);
        image = QImage(chart->size(), QImage::Format_ARGB32_Premultiplied);
    }

    // One redraw as the user causes it (a pan or a new range): the view moves, the series are cut
    // to the view and downsampled, and the chart is painted.
    void redraw(qint64 shiftMs)
    {
        chart->setTimeRange(Now - WeekMs + shiftMs, Now + shiftMs);
        QCoreApplication::processEvents();
        QPainter painter(&image);
        chart->render(&painter);
    }
};

double g_chartMs = 0;
double g_chartReferenceMs = 0;

void runChart(benchmark::State &state, bool downsampledInput, double *meanMs)
{
    ChartFixture f(downsampledInput);
    qint64 i = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state)
        f.redraw((++i % 2) * 1000);
    *meanMs = double(timer.nsecsElapsed()) / 1e6 / double(state.iterations());
    state.counters["drawn_points"] = f.chart->drawnPointCount(0);
    state.counters["points"] = f.chart->pointCount(0);
}

void chart7Days(benchmark::State &state)
{
    runChart(state, false, &g_chartMs);
}

void chartReference(benchmark::State &state)
{
    runChart(state, true, &g_chartReferenceMs);
}

std::unique_ptr<QTemporaryDir> g_historyDir;
double g_history30Ms = 0;

std::unique_ptr<HistoryStore> store; // closed before the application object goes

HistoryStore &historyStore()
{
    if (store)
        return *store;
    g_historyDir = std::make_unique<QTemporaryDir>();
    const int stacks = envInt("SUPADESK_BENCH_STACKS", 10);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < stacks; ++i) {
        const Status filled = bench::HistoryFiller::fill(g_historyDir->path(),
                                                         QStringLiteral("stack-%1").arg(i), Now, 2, 30, 2000);
        if (!filled.ok())
            qFatal("history fill failed: %s", qPrintable(filled.error().message));
    }
    std::fprintf(stderr, "history: %d stacks filled in %.1f s, %.0f MB\n", stacks, timer.elapsed() / 1000.0,
                 double(QFile(g_historyDir->filePath(HistoryStore::fileName())).size()) / 1e6);
    store = std::make_unique<HistoryStore>(g_historyDir->path());
    if (!store->openForReading().ok())
        qFatal("history cannot be opened");
    return *store;
}

QStringList dashboardMetrics()
{
    QStringList metrics = bench::HistoryFiller::metrics();
    metrics << PoolerSeries::ClientsActive << PoolerSeries::ClientsWaiting << PoolerSeries::ServersActive
            << PoolerSeries::ServersIdle << PoolerSeries::AverageWaitMs << PoolerSeries::MaxWaitMs;
    return metrics;
}

void runHistory(benchmark::State &state, qint64 spanMs, HistoryResolution resolution, double *meanMs)
{
    HistoryStore &store = historyStore();
    const QStringList metrics = dashboardMetrics();
    qint64 rows = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        rows = 0;
        for (const QString &metric : metrics) {
            const auto buckets =
                store.query(QStringLiteral("stack-0"), metric, Now - spanMs, Now + 1, resolution);
            rows += buckets.ok() ? buckets.value().size() : 0;
        }
        benchmark::DoNotOptimize(rows);
    }
    if (meanMs)
        *meanMs = double(timer.nsecsElapsed()) / 1e6 / double(state.iterations());
    state.counters["rows"] = double(rows);
    state.counters["series"] = double(metrics.size());
}

void history30Days(benchmark::State &state)
{
    runHistory(state, 30 * Rollup::DayMs, HistoryResolution::Hour, &g_history30Ms);
}

void history24Hours(benchmark::State &state)
{
    runHistory(state, Rollup::DayMs, HistoryResolution::Minute, nullptr);
}

// --- fleet load ------------------------------------------------------------------------------------

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// The app's own event loop, as when it runs: no polling of ours on top of what it does.
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int fleetLoad(int seconds)
{
    const int port = qEnvironmentVariableIntValue("SUPADESK_TEST_PG_PORT");
    if (port <= 0) {
        std::fprintf(stderr, "--fleet-load needs a PostgreSQL: run bench/dashboard-fleet-load\n");
        return 2;
    }
    const int stacks = envInt("SUPADESK_BENCH_STACKS", 10);
    QTemporaryDir dir;
    // SUPADESK_BENCH_HISTORY: a directory that keeps the filled history between runs (filling fifty
    // stacks' week takes minutes), so that runs of two builds can take turns on the same file.
    const QString kept = qEnvironmentVariable("SUPADESK_BENCH_HISTORY");
    const QString historyDir = kept.isEmpty() ? dir.filePath(QStringLiteral("history")) : kept;
    QFile filledMark(historyDir + QStringLiteral("/filled-%1").arg(stacks));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < stacks && !filledMark.exists(); ++i) {
        const Status filled =
            bench::HistoryFiller::fill(historyDir, QStringLiteral("stack-%1").arg(i), Now, 2, 7, 2000);
        if (!filled.ok()) {
            std::fprintf(stderr, "history fill failed: %s\n", qPrintable(filled.error().message));
            return 1;
        }
    }
    if (!kept.isEmpty() && !filledMark.exists())
        filledMark.open(QIODevice::WriteOnly);
    std::printf("history: %d stacks x 7 days (2-second samples for the last 2 days, roll-ups for 7) in "
                "%.1f s, %.0f MB\n",
                stacks, timer.elapsed() / 1000.0,
                double(QFile(historyDir + QStringLiteral("/history.sqlite")).size()) / 1e6);

    DbEndpoint endpoint;
    endpoint.host = qEnvironmentVariable("SUPADESK_TEST_PG_HOST", QStringLiteral("127.0.0.1"));
    endpoint.port = port;
    StackList list;
    for (int i = 0; i < stacks; ++i) {
        Stack s;
        s.id = QStringLiteral("stack-%1").arg(i);
        s.name = QStringLiteral("Stack %1").arg(i);
        list.append(s);
    }
    StatsFleet fleet; // as AppServices keeps the app's
    fleet.setHistoryDirectory(historyDir);
    DashboardWorkspace dashboard([endpoint](const Stack &) { return endpoint; }, &fleet,
                                 Preferences(dir.filePath(QStringLiteral("settings.ini"))));
    dashboard.resize(1100, 760);
    dashboard.show();
    wait(500);
    const double baseRss = statusMb("VmRSS:");
    dashboard.setFleetSource([list] { return list; });
    dashboard.setStack(list.first()); // its charts live, the other nine sampled for the fleet
    // SUPADESK_BENCH_FLEET_OVERVIEW=1: the fleet overview shown instead (its tiles updated every second).
    if (envInt("SUPADESK_BENCH_FLEET_OVERVIEW", 0) != 0)
        dashboard.showFleet(true);
    wait(10'000); // connections opened, first samples taken
    // The GUI thread's longest stall: a 4 ms timer on it, and the longest gap between two of its ticks
    // beyond those 4 ms. A stall above 16 ms is a dropped frame for whatever the user is doing.
    QElapsedTimer tick;
    tick.start();
    qint64 lastTickNs = 0;
    qint64 longestGapNs = 0;
    QTimer stallProbe;
    stallProbe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&stallProbe, &QTimer::timeout, [&] {
        const qint64 now = tick.nsecsElapsed();
        longestGapNs = std::max(longestGapNs, now - lastTickNs);
        lastTickNs = now;
    });
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    lastTickNs = tick.nsecsElapsed();
    stallProbe.start(4);
    wait(seconds * 1000);
    stallProbe.stop();
    const double cpuPercent = 100.0 * (cpuSeconds() - cpu0) / (double(wall.nsecsElapsed()) / 1e9);
    const double rss = statusMb("VmRSS:");
    std::printf("fleet: %d stacks sampled every 2 s for %d s (%d samples of the shown stack)\n", stacks,
                seconds, dashboard.samplesShown());
    std::printf("app CPU: %.2f %% of one core (goal < 3 %% for 10 stacks, < 5 %% for 50)\n", cpuPercent);
    std::printf("GUI thread: longest stall %.1f ms beyond its 4 ms timer (goal < 16 ms)\n",
                std::max(0.0, double(longestGapNs) / 1e6 - 4.0));
    std::printf("app RSS: %.0f MB (goal < 200 MB for 10 stacks, < 300 MB for 50); %.0f MB before any stack "
                "was sampled, so %.0f MB for "
                "%d stacks\n",
                rss, baseRss, rss - baseRss, stacks);
    QElapsedTimer reload;
    reload.start();
    dashboard.setRange(HistoryRange::Range::Week);
    const double weekMs = double(reload.nsecsElapsed()) / 1e6;
    wait(2000);
    std::printf("switching to the last 7 days: %.1f ms; RSS then %.0f MB, peak %.0f MB\n", weekMs,
                statusMb("VmRSS:"), statusMb("VmHWM:"));
    return 0;
}

} // namespace

BENCHMARK(chart7Days)->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(chartReference)->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(history30Days)->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(history24Hours)->Unit(benchmark::kMillisecond)->MinTime(3);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--fleet-load") == 0)
        return fleetLoad(argc > 2 ? std::max(10, atoi(argv[2])) : 60);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    store.reset();
    if (g_chartMs > 0 && g_chartReferenceMs > 0)
        std::printf(
            "7-day chart of 1-second samples: %.2f ms per redraw (goal < 16 ms), %.2fx the same chart "
            "drawn from its %s downsampled points (%.2f ms)\n",
            g_chartMs, g_chartMs / g_chartReferenceMs, "already", g_chartReferenceMs);
    if (g_history30Ms > 0)
        std::printf("30 days of one stack from the history: %.2f ms (goal < 50 ms)\n", g_history30Ms);
    return 0;
}
