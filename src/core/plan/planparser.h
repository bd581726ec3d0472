// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan.h"

#include <QByteArray>

namespace supadesk {

// Reads a plan in whichever form it comes: EXPLAIN JSON (also inside a psql frame) or EXPLAIN text.
class PlanParser
{
public:
    static Result<Plan> parse(const QByteArray &data);
};

} // namespace supadesk
