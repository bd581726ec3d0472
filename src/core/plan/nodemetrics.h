// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plannode.h"

namespace supadesk {

// What the analysis derives for one plan node.
struct NodeMetrics
{
    enum class Estimate { Unknown, Exact, Under, Over };

    double inclusiveMs = 0; // wall-clock time of the node and what runs beneath it, all loops
    double exclusiveMs = 0; // the node's own share: inclusive minus children (and CTE work it pulled)
    double exclusivePercent = 0;
    double exclusiveCost = 0;
    int processes = 1; // leader + workers running the node

    double actualRowsTotal = 0; // rows per loop × loops
    double plannedRowsTotal = 0;
    double misestimateFactor = 0; // >= 1; 0 when unknown (no ANALYZE, never executed)
    Estimate estimate = Estimate::Unknown;
    double rowsRemovedByFilterTotal = 0;
    BufferCounts exclusiveBuffers;

    // "×12" (12 times more rows than planned), "÷12" (12 times fewer), "" when unknown.
    QString misestimateText() const;
};

} // namespace supadesk
