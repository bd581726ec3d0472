// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfingerprint.h"

#include <QStringList>

namespace supadesk {

QString PlanFingerprint::of(const ApplyPlan &plan)
{
    QStringList parts;
    for (const ApplyStep &step : plan.steps()) {
        QStringList assignments;
        for (const EnvAssignment &a : step.assignments)
            assignments << a.key + QLatin1Char('=') + a.value;
        parts << step.id << QString::number(int(step.kind)) << step.path << QString::fromUtf8(step.content)
              << assignments.join(QLatin1Char('\n')) << step.command << step.undoCommand << step.sql
              << step.undoSql;
    }
    // The unit separator: a character no file, command or key holds, so fields cannot run together.
    return parts.join(QChar(0x1f));
}

} // namespace supadesk
