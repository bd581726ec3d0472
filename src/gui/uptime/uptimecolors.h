// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include <optional>

namespace supadesk {

// How a day (or a month) fared against the target, and its colour in charts and tables. Amber is a
// miss by less than the target's allowance again (99.8% to 99.9% for a 99.9% target), red is worse.
class UptimeColors
{
public:
    enum class Grade { Met, SlightlyBelow, WellBelow, NoData };

    static Grade grade(const std::optional<double> &availability, double target);
    static QColor color(Grade grade);
    static QColor targetLine() { return QColor(0x57, 0x60, 0x6a); }
    static QColor grid() { return QColor(0xd0, 0xd7, 0xde); }
    static QColor text() { return QColor(0x24, 0x29, 0x2f); }
    static QColor mutedText() { return QColor(0x57, 0x60, 0x6a); }
};

} // namespace supadesk
