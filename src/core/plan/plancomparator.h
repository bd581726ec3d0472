// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plananalysis.h"
#include "plancomparison.h"

namespace supadesk {

// Matches the nodes of two plans of the same query (same operation and target, walking both trees
// together from the root) and reports how each node's exclusive time changed.
class PlanComparator
{
public:
    static PlanComparison compare(const PlanAnalysis &before, const PlanAnalysis &after);
};

} // namespace supadesk
