// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace supadesk {

// Reads the title of a node line of EXPLAIN text ("Parallel Index Only Scan Backward using idx on
// public.t t1", "Hash Left Join", "Finalize GroupAggregate") into the properties EXPLAIN (FORMAT
// JSON) would have printed: Node Type, Join Type, Strategy, Relation Name, Schema, Alias, ...
class PlanTitle
{
public:
    static void read(const QString &title, QJsonObject &properties);
    // Whether a title without figures (COSTS OFF) still names a plan node.
    static bool isKnownNodeType(const QString &title);
};

} // namespace supadesk
