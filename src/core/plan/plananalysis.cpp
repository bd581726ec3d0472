// SPDX-License-Identifier: GPL-3.0-or-later
#include "plananalysis.h"

#include "core/locale/displayformat.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace supadesk {

QString severityKey(PlanFinding::Severity severity)
{
    switch (severity) {
    case PlanFinding::Severity::Info:
        return QStringLiteral("info");
    case PlanFinding::Severity::Warning:
        return QStringLiteral("warning");
    case PlanFinding::Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString NodeMetrics::misestimateText() const
{
    if (estimate == Estimate::Unknown)
        return {};
    const QString factor = DisplayFormat().number(misestimateFactor, misestimateFactor < 10 ? 1 : 0);
    if (estimate == Estimate::Under)
        return QStringLiteral("×") + factor;
    if (estimate == Estimate::Over)
        return QStringLiteral("÷") + factor;
    return QStringLiteral("×1");
}

PlanAnalysis::PlanAnalysis(Plan plan, QList<NodeMetrics> metrics, QList<PlanFinding> findings, double totalMs)
    : m_plan(std::move(plan)), m_metrics(std::move(metrics)), m_findings(std::move(findings)),
      m_totalMs(totalMs)
{}

QList<PlanFinding> PlanAnalysis::findingsFor(int nodeId) const
{
    QList<PlanFinding> result;
    for (const PlanFinding &f : m_findings)
        if (f.nodeId == nodeId)
            result.append(f);
    return result;
}

bool PlanAnalysis::hasTiming() const
{
    return !m_plan.isEmpty() && m_plan.root().hasTiming;
}

QList<int> PlanAnalysis::hottestNodes(int count) const
{
    QList<int> ids(m_metrics.size());
    std::iota(ids.begin(), ids.end(), 1);
    const bool timing = hasTiming();
    auto weight = [&](int id) {
        const NodeMetrics &m = m_metrics.at(id - 1);
        return timing ? m.exclusiveMs : m.exclusiveCost;
    };
    const qsizetype n = std::min<qsizetype>(count, ids.size());
    std::partial_sort(ids.begin(), ids.begin() + n, ids.end(), [&](int a, int b) {
        const double wa = weight(a);
        const double wb = weight(b);
        return wa != wb ? wa > wb : a < b;
    });
    ids.resize(n);
    return ids;
}

} // namespace supadesk
