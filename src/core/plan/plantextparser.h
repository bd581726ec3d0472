// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan.h"

#include <QString>

namespace supadesk {

// Reads EXPLAIN's default text output as people paste it (see PlanTextCleaner for the frames it
// accepts) into the same model, with JSON's property names, as PlanJsonParser: "Hash Left Join"
// becomes Node Type "Hash Join" with Join Type "Left", "Buffers: shared hit=3" becomes
// "Shared Hit Blocks": 3, and so on. Errors name the line of the paste.
class PlanTextParser
{
public:
    static Result<Plan> parse(const QString &text);
};

} // namespace supadesk
