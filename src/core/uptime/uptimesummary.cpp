// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimesummary.h"

#include <QMap>

namespace supadesk {

QList<ComponentSummary> UptimeSummary::summarize(const ProbeResults &probes, const TimeRange &period,
                                                 const UptimeOptions &options)
{
    QMap<QString, ProbeResults> byComponent;
    for (const ProbeResult &p : probes)
        byComponent[p.component].append(p);
    QList<ComponentSummary> out;
    QList<QPair<QString, QList<StateInterval>>> timelines;
    for (auto it = byComponent.cbegin(); it != byComponent.cend(); ++it) {
        const QList<StateInterval> timeline = ComponentTimeline::build(it.value(), options.settings);
        timelines.append({it.key(), timeline});
        ComponentSummary s;
        s.component = it.key();
        s.availability =
            AvailabilityCalculator::compute(it.key(), timeline, period, options.maintenance, options.gaps);
        s.budget = ErrorBudget::compute(options.target, period.length(), s.availability.maintenanceMs,
                                        s.availability.downMs);
        s.latency = LatencyStats::compute(it.value(), it.key(), period);
        out.append(s);
    }
    if (!timelines.isEmpty()) {
        ComponentSummary all;
        all.component = wholeStack;
        all.availability =
            AvailabilityCalculator::combine(timelines, period, options.maintenance, options.gaps);
        all.budget = ErrorBudget::compute(options.target, period.length(), all.availability.maintenanceMs,
                                          all.availability.downMs);
        out.append(all);
    }
    return out;
}

} // namespace supadesk
