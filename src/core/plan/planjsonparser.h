// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan.h"

#include <QByteArray>

namespace supadesk {

// Reads EXPLAIN (FORMAT JSON) output as PostgreSQL prints it (an array holding one object) or as
// visualisers save it (the bare object), PEV2-compatible. Errors name the line and column of bad
// JSON, or the path to the node whose structure is wrong.
//
// The plan is read in one pass from simdjson's document straight into the nodes. Input that reader
// does not take as it is (bad JSON, a wrong structure, the rare cases where simdjson and QJsonDocument
// differ) is read again by parseWithDocument(), which gives the errors their wording and position.
class PlanJsonParser
{
public:
    static Result<Plan> parse(const QByteArray &json);
    // The reference reader, through a QJsonDocument of the whole input: the same plan or error as
    // parse(), several times slower.
    static Result<Plan> parseWithDocument(const QByteArray &json);
};

} // namespace supadesk
