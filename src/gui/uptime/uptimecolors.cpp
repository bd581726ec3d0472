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

QColor UptimeColors::color(Grade grade, const StatePalette &colours)
{
    switch (grade) {
    case Grade::Met:
        return colours.color(StatePalette::Role::OkMark);
    case Grade::SlightlyBelow:
        return colours.color(StatePalette::Role::WarnMark);
    case Grade::WellBelow:
        return colours.color(StatePalette::Role::BadMark);
    case Grade::NoData:
        break;
    }
    return colours.color(StatePalette::Role::Grid);
}

std::optional<StatePalette::Role> UptimeColors::textRole(Grade grade)
{
    switch (grade) {
    case Grade::SlightlyBelow:
        return StatePalette::Role::Warn;
    case Grade::WellBelow:
        return StatePalette::Role::Bad;
    case Grade::Met:
    case Grade::NoData:
        break;
    }
    return std::nullopt;
}

} // namespace supadesk
