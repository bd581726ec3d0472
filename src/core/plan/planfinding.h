// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// Something a reader of the plan should look at, pointing at the node it is about.
struct PlanFinding
{
    enum class Severity { Info, Warning, Critical };

    QString code; // stable, for scripts: "misestimate", "sort-spill", ...
    Severity severity = Severity::Info;
    int nodeId = 0;
    QString message; // translated, a full sentence
};

QString severityKey(PlanFinding::Severity severity);

} // namespace supadesk
