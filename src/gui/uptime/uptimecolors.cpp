// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimecolors.h"

namespace supadesk {

UptimeColors::Grade UptimeColors::grade(const std::optional<double> &availability, double target)
{
    if (!availability)
        return Grade::NoData;
    if (*availability >= target)
        return Grade::Met;
    if (*availability >= 1.0 - 2.0 * (1.0 - target))
        return Grade::SlightlyBelow;
    return Grade::WellBelow;
}

QColor UptimeColors::color(Grade grade)
{
    switch (grade) {
    case Grade::Met:
        return QColor(0x2e, 0xa0, 0x43);
    case Grade::SlightlyBelow:
        return QColor(0xd2, 0x99, 0x22);
    case Grade::WellBelow:
        return QColor(0xcf, 0x22, 0x2e);
    case Grade::NoData:
        break;
    }
    return QColor(0xd0, 0xd7, 0xde);
}

} // namespace supadesk
