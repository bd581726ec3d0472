// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodemetrics.h"
#include "plan.h"
#include "planfinding.h"

#include <QList>

namespace supadesk {

// A plan with the figures a reader needs: per-node exclusive time, misestimates, buffers, and findings.
class PlanAnalysis
{
public:
    PlanAnalysis() = default;
    PlanAnalysis(Plan plan, QList<NodeMetrics> metrics, QList<PlanFinding> findings, double totalMs);

    const Plan &plan() const { return m_plan; }
    const NodeMetrics &metrics(int nodeId) const { return m_metrics.at(nodeId - 1); }
    const QList<NodeMetrics> &allMetrics() const { return m_metrics; }
    // Sorted by severity, most severe first.
    const QList<PlanFinding> &findings() const { return m_findings; }
    QList<PlanFinding> findingsFor(int nodeId) const;
    // Time the plan tree took: the root's time plus work no node above accounted for (a data-modifying
    // CTE nobody read). The exclusive times add up to it.
    double totalMs() const { return m_totalMs; }
    bool hasTiming() const;
    // Node ids ordered by exclusive time (by exclusive cost when the plan has no timing), largest first.
    QList<int> hottestNodes(int count) const;

private:
    Plan m_plan;
    QList<NodeMetrics> m_metrics;
    QList<PlanFinding> m_findings;
    double m_totalMs = 0;
};

} // namespace supadesk
