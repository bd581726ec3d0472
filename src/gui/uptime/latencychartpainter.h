// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/styles/statepalette.h"
#include "uptimeoverview.h"

class QPainter;
class QRectF;

namespace supadesk {

class UptimeText;

// Draws each component's daily response time over the month: p50 as a solid line and p95 dashed,
// one colour per component, with a legend. Days without successful probes break the line; a day
// alone between such days is a short stroke of its own.
class LatencyChartPainter
{
public:
    static void paint(QPainter &painter, const QRectF &area, const UptimeOverview &uptime,
                      const UptimeText &text, const StatePalette &colours = StatePalette());
    static QColor componentColor(int index, const StatePalette &colours = StatePalette());
    // A round upper bound for the axis, in milliseconds.
    static int axisMaximum(const QList<ComponentLatency> &latency);
};

} // namespace supadesk
