// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace supadesk::bench {

// Builds EXPLAIN (ANALYZE, BUFFERS, VERBOSE) output of about `nodes` nodes from shapes real plans have
// (hash joins over scans, nested loops over index scans, sorts and aggregates over them, CTEs and
// sub-plans, parallel gathers), with consistent times, as JSON and as psql text.
class PlanGenerator
{
public:
    static QByteArray json(int nodes);
    static QByteArray text(int nodes);
};

} // namespace supadesk::bench
