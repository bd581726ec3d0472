// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/styles/statepalette.h"
#include "uptimeoverview.h"

class QPainter;
class QRectF;

namespace supadesk {

class UptimeText;

// Draws a month's day-by-day availability: one bar per day coloured against the target, the target
// as a dashed line, and a legend. The same drawing serves the workspace and the PDF report, so
// what a manager reads is what the operator saw. The vertical axis is zoomed to where the figures
// differ (e.g. 99.5% to 100%), because at 0-100% every good day looks the same.
class DayChartPainter
{
public:
    static void paint(QPainter &painter, const QRectF &area, const UptimeOverview &uptime,
                      const UptimeText &text, const StatePalette &colours = StatePalette());
    // The lowest percentage the axis shows for these days and target.
    static double axisMinimum(const QList<UptimeDay> &days, double target);
};

} // namespace supadesk
