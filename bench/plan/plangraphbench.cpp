// SPDX-License-Identifier: GPL-3.0-or-later
// Repaints of the plan drawing (PlanGraphView) of generated plans of 1,000 to 50,000 nodes, the way a
// user sees them: the whole plan fitted in a 1280×800 view, the view at 100 % around the middle of the
// plan, and at 100 % while panning. Each iteration renders the viewport into an image through the
// view's own paint event. Counters: the view's memory (heap growth while the scene is built) and
// the process's peak resident memory so far.
#include "core/plan/plananalyzer.h"
#include "core/plan/planjsonparser.h"
#include "core/plan/planparser.h"
#include "core/plan/plantextparser.h"
#include "gui/analyzer/plangraphview.h"
#include "gui/analyzer/plannodeitem.h"
#include "plangenerator.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QTranslator>

#include <malloc.h>
#include <sys/resource.h>

#include <memory>

using namespace supadesk;
using supadesk::bench::PlanGenerator;

namespace {

// The widgets need an application; benchmarks that do not draw never create one. SUPADESK_LANGUAGE=ka
// draws the cards in Georgian.
void ensureApplication()
{
    // Never destroyed: a QApplication torn down by the exit handlers, after main, crashes.
    static QApplication *app = nullptr;
    static QTranslator translator;
    if (app)
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "bench_plan";
    static char *argv[] = {name, nullptr};
    app = new QApplication(argc, argv);
    if (const QString language = qEnvironmentVariable("SUPADESK_LANGUAGE"); !language.isEmpty())
        if (translator.load(QStringLiteral(":/i18n/supadesk_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&translator);
}

// With SUPADESK_SCREENSHOT_DIR set, the last repaint of each case is kept, to compare the drawing
// before and after a change.
void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString language = qEnvironmentVariable("SUPADESK_LANGUAGE", QStringLiteral("en"));
    image.save(QStringLiteral("%1/plangraph-%2-%3.png").arg(dir, name, language));
}

// Heap in use: the resident size hardly moves while the view reuses what the plan's generation freed.
double heapMb()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

// The kernel's high-water mark of resident memory (VmHWM), reset by resetPeakResident(): the peak
// of one phase, without what generating the input took before it.
double residentHighWaterMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void resetPeakResident()
{
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double peakResidentMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

enum class Framing { Fitted, Actual, Panning, Zoomed };

void repaint(benchmark::State &state, Framing framing)
{
    ensureApplication();
    const int size = int(state.range(0));
    const double zoom = framing == Framing::Zoomed ? double(state.range(1)) / 100.0 : 1.0;
    const PlanAnalysis analysis =
        PlanAnalyzer::analyze(PlanJsonParser::parse(PlanGenerator::json(size)).value());
    const double before = heapMb();
    auto view = std::make_unique<PlanGraphView>();
    view->resize(1280, 800);
    view->setAnalysis(analysis);
    view->show();
    QApplication::processEvents();
    const double viewMb = heapMb() - before;
    if (framing != Framing::Fitted) {
        view->setZoom(zoom);
        view->centerOn(view->itemFor(analysis.plan().size() / 2));
    }
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar *horizontal = view->horizontalScrollBar();
    QScrollBar *vertical = view->verticalScrollBar();
    int step = 0;
    for (auto _ : state) {
        if (framing == Framing::Panning) {
            // A drag of 40 px right and down, then back, so the view never drifts off the plan.
            const int delta = (step++ % 2 == 0) ? 40 : -40;
            horizontal->setValue(horizontal->value() + delta);
            vertical->setValue(vertical->value() + delta);
        }
        view->viewport()->render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    static const char *const framings[] = {"fitted", "actual", "panning", "zoom"};
    keep(image,
         QStringLiteral("%1-%2-%3").arg(QLatin1String(framings[int(framing)])).arg(size).arg(zoom * 100));
    state.counters["nodes"] = double(analysis.plan().size());
    state.counters["zoom"] = view->zoom();
    state.counters["viewMB"] = viewMb;
    state.counters["peakMB"] = peakResidentMb();
}

void repaintFitted(benchmark::State &state)
{
    repaint(state, Framing::Fitted);
}

void repaintActualSize(benchmark::State &state)
{
    repaint(state, Framing::Actual);
}

void repaintWhilePanning(benchmark::State &state)
{
    repaint(state, Framing::Panning);
}

// Zoomed out between fitted and 100 %: the most cards in view at once.
void repaintZoomed(benchmark::State &state)
{
    repaint(state, Framing::Zoomed);
}

// One zoom step each way across the zoom where the cards give way to the overview, each followed by a
// repaint: what a Ctrl+wheel tick at that point costs (per iteration: two steps, two repaints).
void zoomAcrossOverview(benchmark::State &state)
{
    ensureApplication();
    const PlanAnalysis analysis =
        PlanAnalyzer::analyze(PlanJsonParser::parse(PlanGenerator::json(int(state.range(0)))).value());
    PlanGraphView view;
    view.resize(1280, 800);
    view.setAnalysis(analysis);
    view.show();
    QApplication::processEvents();
    view.setZoom(0.3);
    view.centerOn(view.itemFor(analysis.plan().size() / 2));
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        view.zoomIn();
        view.viewport()->render(&image);
        view.zoomOut();
        view.viewport()->render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["nodes"] = double(analysis.plan().size());
}

// What opening an analysed plan in the drawing costs: the scene of cards and edges, fitted in view, in
// place of the previous one.
void buildView(benchmark::State &state)
{
    ensureApplication();
    const PlanAnalysis analysis =
        PlanAnalyzer::analyze(PlanJsonParser::parse(PlanGenerator::json(int(state.range(0)))).value());
    PlanGraphView view;
    view.resize(1280, 800);
    view.show();
    for (auto _ : state) {
        view.setAnalysis(analysis);
        // The event loop runs between two plans: new items are polished there, and a scene that
        // still holds unpolished items clears itself in quadratic time.
        QApplication::processEvents();
    }
    state.counters["nodes"] = double(analysis.plan().size());
}

// The goal as one number: a plan's bytes to its first frame on screen. Parse, analyse, lay out, build
// the view in place of the previous plan and paint it fitted in a 1280×800 window. The view exists
// already, as in the app. Run alone for the memory figure
// (`bench_plan --benchmark_filter=bytesToFirstFrame/10000`): peakMB is the process's peak resident
// memory; openPeakMB the peak while the first plan opens, from the input's bytes on (the generator's
// own memory left out), baseMB the resident memory it starts from; parsedPeakMB and analysedPeakMB
// the same peak once the plan is read and once it is analysed; heapMB the heap the parsed plan and its
// view hold.
// Json and Text call their readers directly; Open is JSON through PlanParser, as the app opens a file.
enum class Input { Json, Text, Open };

void bytesToFirstFrame(benchmark::State &state, Input input)
{
    ensureApplication();
    const int size = int(state.range(0));
    const QByteArray json = input != Input::Text ? PlanGenerator::json(size) : QByteArray();
    const QString text = input == Input::Text ? QString::fromUtf8(PlanGenerator::text(size)) : QString();
    const double before = heapMb();
    auto view = std::make_unique<PlanGraphView>();
    view->resize(1280, 800);
    view->show();
    QApplication::processEvents();
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    int nodes = 0;
    double openPeak = 0;
    resetPeakResident();
    const double basePeak = residentHighWaterMb();
    // The peak after each step of the first plan: the step where it rises is where the memory goes.
    double parsedPeak = 0;
    double analysedPeak = 0;
    for (auto _ : state) {
        Result<Plan> plan = input == Input::Json   ? PlanJsonParser::parse(json)
                            : input == Input::Open ? PlanParser::parse(json)
                                                   : PlanTextParser::parse(text);
        if (openPeak == 0)
            parsedPeak = residentHighWaterMb();
        PlanAnalysis analysis = PlanAnalyzer::analyze(plan.value());
        if (openPeak == 0)
            analysedPeak = residentHighWaterMb();
        view->setAnalysis(analysis);
        view->viewport()->render(&image);
        benchmark::DoNotOptimize(image.constBits());
        nodes = plan.value().size();
        if (openPeak == 0)
            openPeak = residentHighWaterMb();
        // What the event loop does before the next plan (polishing new items) is part of the cost.
        QApplication::processEvents();
    }
    state.counters["nodes"] = double(nodes);
    state.counters["heapMB"] = heapMb() - before;
    state.counters["peakMB"] = peakResidentMb();
    state.counters["openPeakMB"] = openPeak;
    state.counters["parsedPeakMB"] = parsedPeak;
    state.counters["analysedPeakMB"] = analysedPeak;
    // Resident before the plan's bytes are read: the application, the view, the input itself.
    state.counters["baseMB"] = basePeak;
    state.SetBytesProcessed(int64_t(state.iterations()) * (input != Input::Text ? json.size() : text.size()));
}

void bytesToFirstFrameJson(benchmark::State &state)
{
    bytesToFirstFrame(state, Input::Json);
}

void bytesToFirstFrameText(benchmark::State &state)
{
    bytesToFirstFrame(state, Input::Text);
}

void bytesToFirstFrameOpen(benchmark::State &state)
{
    bytesToFirstFrame(state, Input::Open);
}

void viewSizes(benchmark::internal::Benchmark *b)
{
    for (int n : {1000, 10000, 50000})
        b->Arg(n);
    b->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK(bytesToFirstFrameJson)->Apply(viewSizes);
BENCHMARK(bytesToFirstFrameText)->Apply(viewSizes);
BENCHMARK(bytesToFirstFrameOpen)->Apply(viewSizes);
BENCHMARK(buildView)->Apply(viewSizes);
BENCHMARK(repaintFitted)->Apply(viewSizes);
BENCHMARK(repaintActualSize)->Apply(viewSizes);
BENCHMARK(repaintWhilePanning)->Apply(viewSizes);
BENCHMARK(zoomAcrossOverview)->Apply(viewSizes);
BENCHMARK(repaintZoomed)
    ->ArgsProduct({{10000, 50000}, {5, 15, 30, 40, 60}})
    ->ArgNames({"nodes", "zoom%"})
    ->Unit(benchmark::kMillisecond);
