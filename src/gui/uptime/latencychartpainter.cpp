// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencychartpainter.h"

#include "chartfonts.h"
#include "uptimecolors.h"
#include "uptimetext.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace supadesk {

QColor LatencyChartPainter::componentColor(int index, const StatePalette &colours)
{
    return colours.series(index);
}

int LatencyChartPainter::axisMaximum(const QList<ComponentLatency> &latency)
{
    int highest = 0;
    for (const ComponentLatency &c : latency)
        for (const ComponentLatency::Day &d : c.days)
            highest = std::max({highest, d.p50.value_or(0), d.p95.value_or(0)});
    for (const int step : {10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000})
        if (highest <= step)
            return step;
    return (highest / 10000 + 1) * 10000;
}

void LatencyChartPainter::paint(QPainter &p, const QRectF &area, const UptimeOverview &uptime,
                                const UptimeText &text, const StatePalette &colours)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont base = p.font();
    p.setFont(ChartFonts::scaled(base, 0.85));
    const QFontMetricsF fm = p.fontMetrics();
    const double line = fm.height();

    const int maximum = axisMaximum(uptime.latency);
    const QString unit = text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "%1 ms"));
    const double axisWidth = fm.horizontalAdvance(unit.arg(maximum)) + line * 0.5;
    const int rows = 1 + static_cast<int>(uptime.latency.size()) / 4;
    const double legendHeight = line * 1.4 * rows + line * 0.3;
    const QRectF plot(area.left() + axisWidth, area.top() + line * 0.5,
                      area.width() - axisWidth - line * 0.25,
                      area.height() - line * 0.5 - line * 1.3 - legendHeight);
    if (plot.width() <= 0 || plot.height() <= 0) {
        p.restore();
        return;
    }
    const auto yOf = [&](int ms) { return plot.bottom() - double(ms) / maximum * plot.height(); };
    for (const int v : {0, maximum / 2, maximum}) {
        const double y = yOf(v);
        p.setPen(QPen(UptimeColors::grid(colours), 0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(UptimeColors::mutedText(colours));
        p.drawText(QRectF(area.left(), y - line / 2, axisWidth - line * 0.3, line),
                   Qt::AlignRight | Qt::AlignVCenter, unit.arg(text.number(v, 0)));
    }
    const int count = static_cast<int>(uptime.days.size());
    const double slot = plot.width() / std::max(1, count);
    const int labelEvery = slot >= fm.horizontalAdvance(QStringLiteral("30")) * 1.3 ? 1 : 5;
    p.setPen(UptimeColors::mutedText(colours));
    for (int i = 0; i < count; ++i) {
        const int number = uptime.days.at(i).date.day();
        if (labelEvery == 1 || number == 1 || number % labelEvery == 0)
            p.drawText(QRectF(plot.left() + slot * i - slot, plot.bottom() + line * 0.15, slot * 3, line),
                       Qt::AlignHCenter | Qt::AlignTop, QString::number(number));
    }

    const double width = std::max(1.0, line * 0.12);
    for (int c = 0; c < uptime.latency.size(); ++c) {
        const ComponentLatency &component = uptime.latency.at(c);
        for (const bool p95 : {false, true}) {
            QPainterPath path;
            int run = 0; // days with figures in a row, up to this one
            QPointF last;
            // A day alone between days without figures (a stack's first day of probes) has no line
            // to another day: it gets a short stroke across its own slot.
            const auto endRun = [&] {
                if (run == 1) {
                    path.moveTo(last - QPointF(slot * 0.35, 0));
                    path.lineTo(last + QPointF(slot * 0.35, 0));
                }
                run = 0;
            };
            for (int i = 0; i < component.days.size() && i < count; ++i) {
                const std::optional<int> v = p95 ? component.days.at(i).p95 : component.days.at(i).p50;
                if (!v) {
                    endRun();
                    continue;
                }
                const QPointF point(plot.left() + slot * (i + 0.5), yOf(std::min(*v, maximum)));
                if (run > 0)
                    path.lineTo(point);
                else
                    path.moveTo(point);
                last = point;
                ++run;
            }
            endRun();
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(componentColor(c, colours), width, p95 ? Qt::DashLine : Qt::SolidLine));
            p.drawPath(path);
        }
    }

    // Legend: the components, then what solid and dashed mean.
    double x = plot.left();
    double y = area.bottom() - legendHeight + line * 0.3;
    const auto entry = [&](const QPen &pen, const QString &label) {
        const double w = line * 1.4 + fm.horizontalAdvance(label) + line * 1.0;
        if (x + w > area.right() && x > plot.left()) {
            x = plot.left();
            y += line * 1.4;
        }
        p.setPen(pen);
        p.drawLine(QPointF(x, y + line / 2), QPointF(x + line * 1.1, y + line / 2));
        p.setPen(UptimeColors::text(colours));
        p.drawText(QRectF(x + line * 1.4, y, fm.horizontalAdvance(label) + 2, line),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w;
    };
    for (int c = 0; c < uptime.latency.size(); ++c)
        entry(QPen(componentColor(c, colours), width * 2), uptime.latency.at(c).component);
    entry(QPen(UptimeColors::mutedText(colours), width),
          text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "p50 (median)")));
    entry(QPen(UptimeColors::mutedText(colours), width, Qt::DashLine), QStringLiteral("p95"));
    p.setFont(base);
    p.restore();
}

} // namespace supadesk
