// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli explain FILE [--json]: reads an EXPLAIN plan (JSON or text) and prints where the time
// went and what to look at.
#include "clicontext.h"
#include "core/locale/displayformat.h"
#include "core/plan/plananalyzer.h"
#include "core/plan/planparser.h"
#include "core/plan/planreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace supadesk::cli {

namespace {

constexpr int topNodeCount = 10;

// The summary is for people: figures in the language's locale (the --json output stays C).
QString ms(double value)
{
    return DisplayFormat().number(value, DisplayFormat::millisecondDecimals(value));
}

void printSummary(const PlanAnalysis &analysis, QTextStream &out)
{
    const Plan &plan = analysis.plan();
    out << QCoreApplication::translate("Cli", "Nodes: %1").arg(DisplayFormat().number(qint64(plan.size())))
        << Qt::endl;
    if (analysis.hasTiming())
        out << QCoreApplication::translate("Cli", "Total time: %1 ms").arg(ms(analysis.totalMs()))
            << Qt::endl;
    else
        out << QCoreApplication::translate(
                   "Cli", "The plan has no timing (EXPLAIN without ANALYZE); nodes are ranked by cost.")
            << Qt::endl;
    if (plan.executionTimeMs() >= 0)
        out << QCoreApplication::translate("Cli", "Execution time: %1 ms").arg(ms(plan.executionTimeMs()))
            << Qt::endl;
    if (plan.planningTimeMs() >= 0)
        out << QCoreApplication::translate("Cli", "Planning time: %1 ms").arg(ms(plan.planningTimeMs()))
            << Qt::endl;

    const QList<PlanTrigger> triggers = plan.triggers();
    if (!triggers.isEmpty()) {
        double triggerMs = 0;
        for (const PlanTrigger &t : triggers)
            triggerMs += t.timeMs;
        out << QCoreApplication::translate("Cli", "Triggers: %1, together %2 ms")
                   .arg(DisplayFormat().number(qint64(triggers.size())), ms(triggerMs))
            << Qt::endl;
    }

    out << Qt::endl << QCoreApplication::translate("Cli", "Top nodes by exclusive time:") << Qt::endl;
    for (int id : analysis.hottestNodes(topNodeCount)) {
        const PlanNode &n = plan.node(id);
        const NodeMetrics &m = analysis.metrics(id);
        const QString what =
            n.target().isEmpty() ? n.displayType() : n.displayType() + QStringLiteral(" · ") + n.target();
        if (analysis.hasTiming())
            out << QStringLiteral("  #%1  %2  %3  %4")
                       .arg(id, -4)
                       .arg(DisplayFormat().milliseconds(m.exclusiveMs), 13)
                       .arg(DisplayFormat().percent(m.exclusivePercent), 6)
                       .arg(what)
                << Qt::endl;
        else
            out << QStringLiteral("  #%1  %2  %3")
                       .arg(id, -4)
                       .arg(QCoreApplication::translate("Cli", "cost %1")
                                .arg(DisplayFormat().number(m.exclusiveCost, 2)),
                            16)
                       .arg(what)
                << Qt::endl;
    }

    out << Qt::endl;
    if (analysis.findings().isEmpty()) {
        out << QCoreApplication::translate("Cli", "No findings.") << Qt::endl;
        return;
    }
    out << QCoreApplication::translate("Cli", "Findings:") << Qt::endl;
    for (const PlanFinding &f : analysis.findings())
        out << QStringLiteral("  [%1] #%2  %3").arg(severityKey(f.severity)).arg(f.nodeId).arg(f.message)
            << Qt::endl;
}

int explain(CliContext &c)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Reads an EXPLAIN plan (JSON or text) and prints where the time went."));
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the per-node analysis as JSON.")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "Plan file; - reads standard input."));
    parser.addHelpOption();
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1) {
        c.err << QCoreApplication::translate("Cli", "Usage: supadesk-cli explain FILE [--json]") << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        c.err << QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, file.errorString())
              << Qt::endl;
        return 1;
    }
    const Result<Plan> plan = PlanParser::parse(file.readAll());
    if (!plan.ok()) {
        c.err << QCoreApplication::translate("Cli", "%1: %2").arg(path, plan.error().message) << Qt::endl;
        return ErrorCatalogue::exitStatus(plan.error().id);
    }
    const PlanAnalysis analysis = PlanAnalyzer::analyze(plan.value());
    if (parser.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(PlanReport::toJson(analysis)).toJson(QJsonDocument::Indented);
    else
        printSummary(analysis, c.out);
    return 0;
}

} // namespace

REGISTER_CLI_COMMAND("explain", QT_TRANSLATE_NOOP("Cli", "Summarise an EXPLAIN plan (JSON or text)"),
                     explain);

} // namespace supadesk::cli
