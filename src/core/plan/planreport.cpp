// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreport.h"

#include <QJsonArray>

#include <cmath>

namespace supadesk {

namespace {

// Milliseconds to the microsecond EXPLAIN prints, so the output does not show binary noise.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QString estimateKey(NodeMetrics::Estimate estimate)
{
    switch (estimate) {
    case NodeMetrics::Estimate::Unknown:
        return QStringLiteral("unknown");
    case NodeMetrics::Estimate::Exact:
        return QStringLiteral("exact");
    case NodeMetrics::Estimate::Under:
        return QStringLiteral("under");
    case NodeMetrics::Estimate::Over:
        return QStringLiteral("over");
    }
    return {};
}

} // namespace

QJsonObject PlanReport::toJson(const PlanAnalysis &analysis)
{
    const Plan &plan = analysis.plan();
    QJsonArray nodes;
    for (const PlanNode &n : plan.nodes()) {
        const NodeMetrics &m = analysis.metrics(n.id);
        QJsonArray findingCodes;
        for (const PlanFinding &f : analysis.findingsFor(n.id))
            findingCodes.append(f.code);
        QJsonObject o{
            {QStringLiteral("id"), n.id},
            {QStringLiteral("parentId"), n.parentId},
            {QStringLiteral("nodeType"), n.nodeType()},
            {QStringLiteral("operation"), n.displayType()},
            {QStringLiteral("target"), n.target()},
            {QStringLiteral("exclusiveMs"), rounded(m.exclusiveMs)},
            {QStringLiteral("exclusivePercent"), std::round(m.exclusivePercent * 100.0) / 100.0},
            {QStringLiteral("inclusiveMs"), rounded(m.inclusiveMs)},
            {QStringLiteral("loops"), n.actualLoops},
            {QStringLiteral("actualRows"), n.actualRows},
            {QStringLiteral("plannedRows"), n.planRows},
            {QStringLiteral("misestimateFactor"), std::round(m.misestimateFactor * 100.0) / 100.0},
            {QStringLiteral("estimate"), estimateKey(m.estimate)},
            {QStringLiteral("rowsRemovedByFilter"), m.rowsRemovedByFilterTotal},
            {QStringLiteral("findings"), findingCodes},
        };
        if (!n.subplanName().isEmpty())
            o.insert(QStringLiteral("subplan"), n.subplanName());
        nodes.append(o);
    }
    QJsonArray findings;
    for (const PlanFinding &f : analysis.findings())
        findings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                    {QStringLiteral("severity"), severityKey(f.severity)},
                                    {QStringLiteral("nodeId"), f.nodeId},
                                    {QStringLiteral("message"), f.message}});
    QJsonObject report{{QStringLiteral("totalMs"), rounded(analysis.totalMs())},
                       {QStringLiteral("nodeCount"), plan.size()},
                       {QStringLiteral("nodes"), nodes},
                       {QStringLiteral("findings"), findings}};
    if (plan.executionTimeMs() >= 0)
        report.insert(QStringLiteral("executionMs"), plan.executionTimeMs());
    if (plan.planningTimeMs() >= 0)
        report.insert(QStringLiteral("planningMs"), plan.planningTimeMs());
    return report;
}

} // namespace supadesk
