// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plananalysis.h"

namespace supadesk {

// Computes per-node figures and findings the way PEV2 accounts for them:
// - a node's time is EXPLAIN's per-loop time × loops, divided by the processes running it in parallel
//   (the leader and launched workers under a Gather);
// - exclusive time is that minus the time of the children, except CTE definitions, whose work is
//   done (and subtracted) in the CTE Scans that read them;
// - findings point at the node they are about.
class PlanAnalyzer
{
public:
    static PlanAnalysis analyze(const Plan &plan);
};

} // namespace supadesk
