// SPDX-License-Identifier: GPL-3.0-or-later
#include "daychartpainter.h"

#include "chartfonts.h"
#include "uptimecolors.h"
#include "uptimetext.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace supadesk {

double DayChartPainter::axisMinimum(const QList<UptimeDay> &days, double target)
{
    // Show at least four times the target's allowance below the target, and every measured day.
    double lowest = std::max(0.0, (target - 4.0 * (1.0 - target)) * 100.0);
    for (const UptimeDay &d : days)
        if (d.availability)
            lowest = std::min(lowest, *d.availability * 100.0);
    const double span = 100.0 - lowest;
    const double step = span <= 1.0 ? 0.1 : span <= 10.0 ? 1.0 : 10.0;
    return std::max(0.0, std::floor(lowest / step - 1e-9) * step);
}

void DayChartPainter::paint(QPainter &p, const QRectF &area, const UptimeOverview &uptime,
                            const UptimeText &text, const StatePalette &colours)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont base = p.font();
    const QFont small = ChartFonts::scaled(base, 0.85);
    p.setFont(small);
    const QFontMetricsF fm = p.fontMetrics();
    const double line = fm.height();

    const double minimum = axisMinimum(uptime.days, uptime.target);
    // Enough decimals for the middle line, the same on every label.
    const double span = 100.0 - minimum;
    const int decimals = span <= 1.0 ? 2 : span <= 10.0 ? 1 : 0;
    const QString widest = text.percent(minimum / 100.0, decimals);
    const double axisWidth =
        std::max(fm.horizontalAdvance(widest), fm.horizontalAdvance(text.percent(1.0, decimals))) +
        line * 0.5;
    // The legend: the target line, then the colours; it wraps where the area is too narrow
    // (Georgian labels are longer).
    const QString targetLabel =
        text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Target %1")).arg(text.percent(uptime.target, 2));
    const std::pair<UptimeColors::Grade, const char *> entries[] = {
        {UptimeColors::Grade::Met, QT_TRANSLATE_NOOP("supadesk::UptimeText", "Target met")},
        {UptimeColors::Grade::SlightlyBelow,
         QT_TRANSLATE_NOOP("supadesk::UptimeText", "Slightly below target")},
        {UptimeColors::Grade::WellBelow, QT_TRANSLATE_NOOP("supadesk::UptimeText", "Well below target")},
        {UptimeColors::Grade::NoData, QT_TRANSLATE_NOOP("supadesk::UptimeText", "No data")},
    };
    struct LegendEntry
    {
        std::optional<UptimeColors::Grade> grade; // none: the target line
        QString label;
        QPointF at;
    };
    QList<LegendEntry> legend{{std::nullopt, targetLabel, {}}};
    for (const auto &[grade, label] : entries)
        legend.append({grade, text.text(label), {}});
    int legendRows = 1;
    {
        double x = area.left() + axisWidth;
        double y = 0;
        for (LegendEntry &e : legend) {
            const double w = line * (e.grade ? 0.85 : 1.6) + fm.horizontalAdvance(e.label) + line * 1.2;
            if (x + w - line * 1.2 > area.right() && x > area.left() + axisWidth) {
                x = area.left() + axisWidth;
                y += line * 1.3;
                ++legendRows;
            }
            e.at = {x, y};
            x += w;
        }
    }
    const double legendHeight = line * 1.3 * legendRows + line * 0.3;
    const QRectF plot(area.left() + axisWidth, area.top() + line * 0.5,
                      area.width() - axisWidth - line * 0.25,
                      area.height() - line * 0.5 - line * 1.3 - legendHeight);
    if (plot.width() <= 0 || plot.height() <= 0) {
        p.restore();
        return;
    }
    const auto yOf = [&](double percent) {
        const double f = (std::clamp(percent, minimum, 100.0) - minimum) / (100.0 - minimum);
        return plot.bottom() - f * plot.height();
    };

    // Grid: bottom, middle and top, labelled on the left.
    p.setPen(QPen(UptimeColors::grid(colours), 0));
    for (const double v : {minimum, (minimum + 100.0) / 2.0, 100.0}) {
        const double y = yOf(v);
        p.setPen(QPen(UptimeColors::grid(colours), 0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(UptimeColors::mutedText(colours));
        p.drawText(QRectF(area.left(), y - line / 2, axisWidth - line * 0.3, line),
                   Qt::AlignRight | Qt::AlignVCenter, text.percent(v / 100.0, decimals));
    }

    const int count = static_cast<int>(uptime.days.size());
    const double slot = plot.width() / std::max(1, count);
    const double barWidth = slot * 0.72;
    const int labelEvery = slot >= fm.horizontalAdvance(QStringLiteral("30")) * 1.3 ? 1 : 5;
    for (int i = 0; i < count; ++i) {
        const UptimeDay &day = uptime.days.at(i);
        const double x = plot.left() + slot * i + (slot - barWidth) / 2;
        const UptimeColors::Grade grade = UptimeColors::grade(day.availability, uptime.target);
        p.setPen(Qt::NoPen);
        p.setBrush(UptimeColors::color(grade, colours));
        if (day.availability) {
            const double top = std::min(yOf(*day.availability * 100.0), plot.bottom() - line * 0.15);
            p.drawRect(QRectF(x, top, barWidth, plot.bottom() - top));
        } else {
            p.drawRect(QRectF(x, plot.bottom() - line * 0.2, barWidth, line * 0.2));
        }
        const int number = day.date.day();
        if (labelEvery == 1 || number == 1 || number % labelEvery == 0) {
            p.setPen(UptimeColors::mutedText(colours));
            p.drawText(QRectF(plot.left() + slot * i - slot, plot.bottom() + line * 0.15, slot * 3, line),
                       Qt::AlignHCenter | Qt::AlignTop, QString::number(number));
        }
    }

    // The target, dashed across the bars; its value is in the legend, so no label hides a bar.
    const double targetY = yOf(uptime.target * 100.0);
    const QPen dashed(UptimeColors::targetLine(colours), std::max(1.0, line * 0.08), Qt::DashLine);
    p.setPen(dashed);
    p.drawLine(QPointF(plot.left(), targetY), QPointF(plot.right(), targetY));

    const double legendTop = area.bottom() - legendHeight + line * 0.3;
    for (const LegendEntry &e : std::as_const(legend)) {
        const double y = legendTop + e.at.y();
        double x = e.at.x();
        if (e.grade) {
            p.setPen(Qt::NoPen);
            p.setBrush(UptimeColors::color(*e.grade, colours));
            p.drawRect(QRectF(x, y + line * 0.2, line * 0.6, line * 0.6));
            x += line * 0.85;
        } else {
            p.setPen(dashed);
            p.drawLine(QPointF(x, y + line * 0.5), QPointF(x + line * 1.3, y + line * 0.5));
            x += line * 1.6;
        }
        p.setPen(UptimeColors::text(colours));
        p.drawText(QRectF(x, y, fm.horizontalAdvance(e.label) + 2, line), Qt::AlignLeft | Qt::AlignVCenter,
                   e.label);
    }
    p.setFont(base);
    p.restore();
}

} // namespace supadesk
