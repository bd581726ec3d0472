// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statsrates.h"
#include "statssample.h"

namespace supadesk {

// Turns two consecutive samples into rates. Counters are cumulative; they go back to zero after
// pg_stat_reset() (stats_reset changes) or after a crash or immediate shutdown (the postmaster start
// time changes and counters drop). A clean restart keeps them, so its interval keeps its rates.
class RateCalculator
{
public:
    static StatsRates between(const StatsSample &previous, const StatsSample &current);
};

} // namespace supadesk
