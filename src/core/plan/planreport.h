// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plananalysis.h"

#include <QJsonObject>

namespace supadesk {

// The analysis as stable JSON for scripts and tests (what `supadesk-cli explain --json` prints):
// per node its id, type, exclusive and inclusive time, loops, rows, misestimate factor and findings.
class PlanReport
{
public:
    static QJsonObject toJson(const PlanAnalysis &analysis);
};

} // namespace supadesk
