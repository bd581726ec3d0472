// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilityreport.h"

#include <QCoreApplication>

#include <algorithm>

namespace supadesk {

namespace {

TimeRange intersect(const TimeRange &a, const TimeRange &b)
{
    return {std::max(a.startMs, b.startMs), std::min(a.endMs, b.endMs)};
}

qint64 total(const QList<TimeRange> &ranges)
{
    qint64 sum = 0;
    for (const TimeRange &r : ranges)
        sum += r.length();
    return sum;
}

} // namespace

QList<TimeRange> AvailabilityCalculator::normalize(QList<TimeRange> ranges, const TimeRange &within)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const TimeRange &a, const TimeRange &b) { return a.startMs < b.startMs; });
    QList<TimeRange> out;
    for (const TimeRange &r : std::as_const(ranges)) {
        const TimeRange c = intersect(r, within);
        if (c.length() <= 0)
            continue;
        if (!out.isEmpty() && c.startMs <= out.last().endMs)
            out.last().endMs = std::max(out.last().endMs, c.endMs);
        else
            out.append(c);
    }
    return out;
}

QList<TimeRange> AvailabilityCalculator::subtract(const TimeRange &range, const QList<TimeRange> &holes)
{
    QList<TimeRange> out;
    qint64 cursor = range.startMs;
    for (const TimeRange &h : holes) {
        if (h.endMs <= cursor)
            continue;
        if (h.startMs >= range.endMs)
            break;
        if (h.startMs > cursor)
            out.append({cursor, h.startMs});
        cursor = std::max(cursor, h.endMs);
    }
    if (cursor < range.endMs)
        out.append({cursor, range.endMs});
    return out;
}

AvailabilityReport AvailabilityCalculator::compute(const QString &component,
                                                   const QList<StateInterval> &timeline,
                                                   const TimeRange &period,
                                                   const QList<TimeRange> &maintenance, GapPolicy gaps)
{
    AvailabilityReport report;
    report.period = period;
    const QList<TimeRange> windows = normalize(maintenance, period);
    report.maintenanceMs = total(windows);

    qint64 known = 0;
    for (const StateInterval &s : timeline) {
        const TimeRange clipped = intersect(s.range, period);
        if (clipped.length() <= 0)
            continue;
        const QList<TimeRange> counted = subtract(clipped, windows);
        const qint64 length = total(counted);
        known += clipped.length();
        switch (s.state) {
        case ComponentState::Up:
            report.upMs += length;
            break;
        case ComponentState::Down:
            report.downMs += length;
            break;
        case ComponentState::Gap:
            report.gapMs += length;
            if (gaps == GapPolicy::CountAsDown)
                report.downMs += length;
            break;
        }
        if (s.state == ComponentState::Up || (s.state == ComponentState::Gap && gaps == GapPolicy::Exclude))
            continue;
        // An incident interrupted by a maintenance window is two incidents, as a reader sees it.
        for (const TimeRange &part : counted)
            report.incidents.append(
                {component, part,
                 s.state == ComponentState::Gap
                     ? QCoreApplication::translate("AvailabilityCalculator", "No probe results")
                     : s.reason,
                 s.state == ComponentState::Gap});
    }
    // What the timeline does not cover, less maintenance, is unknown.
    const qint64 timelineMaintenance = [&] {
        qint64 m = 0;
        for (const StateInterval &s : timeline) {
            const TimeRange clipped = intersect(s.range, period);
            if (clipped.length() > 0)
                m += clipped.length() - total(subtract(clipped, windows));
        }
        return m;
    }();
    report.noDataMs = period.length() - known - (report.maintenanceMs - timelineMaintenance);
    const qint64 measured = report.upMs + report.downMs;
    if (measured > 0)
        report.availability = static_cast<double>(report.upMs) / static_cast<double>(measured);
    return report;
}

AvailabilityReport
AvailabilityCalculator::combine(const QList<QPair<QString, QList<StateInterval>>> &components,
                                const TimeRange &period, const QList<TimeRange> &maintenance, GapPolicy gaps)
{
    AvailabilityReport report;
    report.period = period;
    const QList<TimeRange> windows = normalize(maintenance, period);
    report.maintenanceMs = total(windows);
    QList<TimeRange> covered;
    QList<TimeRange> down;
    QList<TimeRange> gapRanges;
    for (const auto &[name, timeline] : components)
        for (const StateInterval &s : timeline) {
            covered.append(s.range);
            if (s.state == ComponentState::Down ||
                (s.state == ComponentState::Gap && gaps == GapPolicy::CountAsDown))
                down.append(s.range);
            if (s.state == ComponentState::Gap)
                gapRanges.append(s.range);
        }
    covered = normalize(covered, period);
    down = normalize(down, period);
    qint64 coveredMs = 0;
    for (const TimeRange &c : std::as_const(covered))
        coveredMs += total(subtract(c, windows));
    for (const TimeRange &d : std::as_const(down)) {
        const QList<TimeRange> parts = subtract(d, windows);
        report.downMs += total(parts);
        for (const TimeRange &part : parts) {
            QStringList involved;
            for (const auto &[name, timeline] : components)
                for (const StateInterval &s : timeline)
                    if (s.state != ComponentState::Up && s.range.startMs < part.endMs &&
                        s.range.endMs > part.startMs && !involved.contains(name))
                        involved.append(name);
            report.incidents.append({involved.join(QStringLiteral(", ")), part, QString(), false});
        }
    }
    for (const TimeRange &g : normalize(gapRanges, period))
        report.gapMs += total(subtract(g, windows));
    report.upMs = coveredMs - report.downMs;
    report.noDataMs = period.length() - coveredMs - report.maintenanceMs;
    if (coveredMs > 0)
        report.availability = static_cast<double>(report.upMs) / static_cast<double>(coveredMs);
    return report;
}

ErrorBudget ErrorBudget::compute(double target, qint64 periodMs, qint64 maintenanceMs, qint64 downMs)
{
    ErrorBudget b;
    const double minutes = static_cast<double>(std::max<qint64>(0, periodMs - maintenanceMs)) / 60'000.0;
    b.allowedMinutes = (1.0 - target) * minutes;
    b.usedMinutes = static_cast<double>(downMs) / 60'000.0;
    b.remainingMinutes = b.allowedMinutes - b.usedMinutes;
    return b;
}

} // namespace supadesk
