// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimeoverviewbuilder.h"

#include "core/uptime/uptimeperiod.h"

#include <QMap>

#include <algorithm>

namespace supadesk {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

using Timelines = QList<QPair<QString, QList<StateInterval>>>;

// Probes between two instants, from a list sorted by time.
ProbeResults slice(const ProbeResults &sorted, const TimeRange &range)
{
    const auto before = [](const ProbeResult &p, qint64 t) { return p.tMs < t; };
    const auto from = std::lower_bound(sorted.cbegin(), sorted.cend(), range.startMs, before);
    const auto to = std::lower_bound(from, sorted.cend(), range.endMs, before);
    return ProbeResults(from, to);
}

bool overlaps(const TimeRange &a, const TimeRange &b)
{
    return a.startMs < b.endMs && b.startMs < a.endMs;
}

const ComponentSummary *wholeOf(const QList<ComponentSummary> &summaries)
{
    for (const ComponentSummary &s : summaries)
        if (s.component == UptimeSummary::wholeStack)
            return &s;
    return nullptr;
}

// UptimeSummary::summarize on timelines built once.
QList<ComponentSummary> summarize(const Timelines &timelines, const QMap<QString, ProbeResults> &probes,
                                  const TimeRange &period, const QList<TimeRange> &maintenance, double target,
                                  GapPolicy gaps)
{
    QList<ComponentSummary> out;
    for (const auto &[name, timeline] : timelines) {
        ComponentSummary s;
        s.component = name;
        s.availability = AvailabilityCalculator::compute(name, timeline, period, maintenance, gaps);
        s.budget = ErrorBudget::compute(target, period.length(), s.availability.maintenanceMs,
                                        s.availability.downMs);
        s.latency = LatencyStats::compute(slice(probes.value(name), period), name, period);
        out.append(s);
    }
    if (!timelines.isEmpty()) {
        ComponentSummary all;
        all.component = UptimeSummary::wholeStack;
        all.availability = AvailabilityCalculator::combine(timelines, period, maintenance, gaps);
        all.budget = ErrorBudget::compute(target, period.length(), all.availability.maintenanceMs,
                                          all.availability.downMs);
        out.append(all);
    }
    return out;
}

} // namespace

TimeRange UptimeOverviewBuilder::lastDays(qint64 nowMs, int days)
{
    return {nowMs - days * kDayMs, nowMs};
}

qint64 UptimeOverviewBuilder::earliestNeeded(const Request &request)
{
    return std::min(request.nowMs - 90 * kDayMs,
                    UptimePeriod::month(request.year, request.month, request.zone).startMs);
}

UptimeOverviewBuilder::Figures UptimeOverviewBuilder::figuresFromProbes(const Request &request,
                                                                        const ProbeResults &probes,
                                                                        const UptimeSettings &settings,
                                                                        GapPolicy gaps)
{
    QList<TimeRange> maintenance;
    for (const MaintenanceWindow &w : request.maintenance)
        maintenance.append(w.range);
    QMap<QString, ProbeResults> byComponent;
    for (const ProbeResult &p : probes)
        byComponent[p.component].append(p);
    Timelines timelines;
    for (auto it = byComponent.begin(); it != byComponent.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
                         [](const ProbeResult &a, const ProbeResult &b) { return a.tMs < b.tMs; });
        timelines.append({it.key(), ComponentTimeline::build(it.value(), settings)});
    }
    const auto rolling = [&](int days) -> std::optional<double> {
        if (timelines.isEmpty())
            return std::nullopt;
        return AvailabilityCalculator::combine(timelines, lastDays(request.nowMs, days), maintenance, gaps)
            .availability;
    };
    Figures f;
    f.last24h = rolling(1);
    f.last7d = rolling(7);
    f.last30d = rolling(30);
    f.last90d = rolling(90);
    const TimeRange monthRange = UptimePeriod::month(request.year, request.month, request.zone);
    f.month = summarize(timelines, byComponent, monthRange, maintenance, request.target, gaps);
    for (const TimeRange &day : UptimePeriod::daysOfMonth(request.year, request.month, request.zone))
        f.days.append(summarize(timelines, byComponent, day, maintenance, request.target, gaps));
    return f;
}

UptimeOverview UptimeOverviewBuilder::fromProbes(const Request &request, const ProbeResults &probes,
                                                 const UptimeSettings &settings)
{
    return assemble(request, figuresFromProbes(request, probes, settings));
}

UptimeOverview UptimeOverviewBuilder::assemble(const Request &request, const Figures &figures)
{
    UptimeOverview out;
    out.stackId = request.stackId;
    out.stackName = request.stackName;
    out.target = request.target;
    out.zone = request.zone;
    out.year = request.year;
    out.month = request.month;
    out.nowMs = request.nowMs;
    out.monthRange = UptimePeriod::month(request.year, request.month, request.zone);
    out.maintenance = request.maintenance;
    out.last24h = figures.last24h;
    out.last7d = figures.last7d;
    out.last30d = figures.last30d;
    out.last90d = figures.last90d;

    if (const ComponentSummary *whole = wholeOf(figures.month)) {
        out.monthReport = whole->availability;
        out.budget = whole->budget;
    } else {
        out.monthReport.period = out.monthRange;
        out.budget = ErrorBudget::compute(request.target, out.monthRange.length(), 0, 0);
    }
    for (const ComponentSummary &s : figures.month)
        if (s.component != UptimeSummary::wholeStack)
            out.components.append(s);

    // The stack's incidents are the merged down ranges; their reasons come from the components.
    for (const Incident &merged : std::as_const(out.monthReport.incidents)) {
        UptimeIncident incident;
        incident.range = merged.range;
        bool allGaps = true;
        for (const ComponentSummary &s : std::as_const(out.components))
            for (const Incident &part : s.availability.incidents) {
                if (!overlaps(part.range, merged.range))
                    continue;
                if (!incident.components.contains(s.component))
                    incident.components.append(s.component);
                if (!part.isGap && !part.reason.isEmpty() && !incident.reasons.contains(part.reason))
                    incident.reasons.append(part.reason);
                allGaps = allGaps && part.isGap;
            }
        incident.noProbeResults = allGaps && !incident.components.isEmpty();
        out.incidents.append(incident);
    }

    const QList<TimeRange> dayRanges = UptimePeriod::daysOfMonth(request.year, request.month, request.zone);
    QDate date(request.year, request.month, 1);
    for (qsizetype i = 0; i < dayRanges.size(); ++i, date = date.addDays(1)) {
        UptimeDay day;
        day.date = date;
        day.range = dayRanges.at(i);
        if (i < figures.days.size())
            if (const ComponentSummary *whole = wholeOf(figures.days.at(i))) {
                day.availability = whole->availability.availability;
                day.downMs = whole->availability.downMs;
                day.maintenanceMs = whole->availability.maintenanceMs;
            }
        out.days.append(day);
    }

    for (const ComponentSummary &s : std::as_const(out.components)) {
        ComponentLatency latency;
        latency.component = s.component;
        latency.month = s.latency;
        for (qsizetype i = 0; i < out.days.size(); ++i) {
            ComponentLatency::Day d{out.days.at(i).date, std::nullopt, std::nullopt};
            if (i < figures.days.size())
                for (const ComponentSummary &c : figures.days.at(i))
                    if (c.component == s.component) {
                        d.p50 = c.latency.p50;
                        d.p95 = c.latency.p95;
                    }
            latency.days.append(d);
        }
        out.latency.append(latency);
    }
    return out;
}

} // namespace supadesk
