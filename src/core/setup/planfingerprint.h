// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applyplan.h"

#include <QString>

namespace supadesk {

// What an apply plan would change, as one string: two plans with the same fingerprint make the same
// changes (the same steps in the same order, with the same files, keys, commands and SQL). The steps'
// descriptions do not count, so a plan rebuilt in another language keeps its fingerprint. The Review
// page keeps the result of an apply while the plan's fingerprint stays what it was right after it.
class PlanFingerprint
{
public:
    static QString of(const ApplyPlan &plan);
};

} // namespace supadesk
