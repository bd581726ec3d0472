// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace supadesk {

// One node of either plan in a comparison; an id of 0 means the node has no counterpart there.
struct NodeDelta
{
    int beforeId = 0;
    int afterId = 0;
    QString operation; // "Hash Join", "Seq Scan"
    QString target;
    double beforeExclusiveMs = 0;
    double afterExclusiveMs = 0;
    double beforeRows = 0; // actual rows × loops
    double afterRows = 0;

    bool matched() const { return beforeId > 0 && afterId > 0; }
    double deltaMs() const { return afterExclusiveMs - beforeExclusiveMs; }
};

// Two plans of the same query side by side: total time and per-node deltas.
struct PlanComparison
{
    double beforeTotalMs = 0;
    double afterTotalMs = 0;
    double beforeExecutionMs = -1;
    double afterExecutionMs = -1;
    QList<NodeDelta> nodes; // in the order of the plan before, added nodes after their parent's match

    double deltaMs() const { return afterTotalMs - beforeTotalMs; }
    // after / before; 0 when the plan before has no timing.
    double ratio() const { return beforeTotalMs > 0 ? afterTotalMs / beforeTotalMs : 0; }
    int matchedCount() const;
};

} // namespace supadesk
