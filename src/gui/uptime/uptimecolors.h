// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/styles/statepalette.h"

#include <QColor>

#include <optional>

namespace supadesk {

// How a day (or a month) fared against the target, and its colour in charts and tables. Amber is a
// miss by less than the target's allowance again (99.8% to 99.9% for a 99.9% target), red is worse.
// The colours come from a StatePalette: the widget's own variant on screen, the light one on paper.
class UptimeColors
{
public:
    enum class Grade { Met, SlightlyBelow, WellBelow, NoData };

    static Grade grade(const std::optional<double> &availability, double target);
    // Bars and legend marks.
    static QColor color(Grade grade, const StatePalette &colours);
    // Text coloured by its grade (the month's verdict): no colour for a met target or no data.
    static std::optional<StatePalette::Role> textRole(Grade grade);
    static QColor targetLine(const StatePalette &colours) { return colours.color(StatePalette::Role::Muted); }
    static QColor grid(const StatePalette &colours) { return colours.color(StatePalette::Role::Grid); }
    static QColor text(const StatePalette &colours) { return colours.color(StatePalette::Role::Text); }
    static QColor mutedText(const StatePalette &colours) { return colours.color(StatePalette::Role::Muted); }
};

} // namespace supadesk
