// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan.h"

#include <QByteArray>

namespace supadesk {

// Reads EXPLAIN (FORMAT JSON) output as PostgreSQL prints it (an array holding one object) or as
// visualisers save it (the bare object), PEV2-compatible. Errors name the line and column of bad
// JSON, or the path to the node whose structure is wrong.
class PlanJsonParser
{
public:
    static Result<Plan> parse(const QByteArray &json);
};

} // namespace supadesk
