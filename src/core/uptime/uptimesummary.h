// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "availabilityreport.h"
#include "latencystats.h"

namespace supadesk {

// Everything the uptime report shows for one component (or, with component "*", the whole stack)
// over one period: availability, incidents, error budget and response times.
struct ComponentSummary
{
    QString component;
    AvailabilityReport availability;
    ErrorBudget budget;
    LatencyStats latency;
};

struct UptimeOptions
{
    UptimeSettings settings;
    GapPolicy gaps = GapPolicy::CountAsDown;
    double target = 0.999;
    QList<TimeRange> maintenance;
};

class UptimeSummary
{
public:
    static inline const QString wholeStack = QStringLiteral("*");
    // One summary per component found in the probes (sorted by name), then the whole stack.
    static QList<ComponentSummary> summarize(const ProbeResults &probes, const TimeRange &period,
                                             const UptimeOptions &options);
};

} // namespace supadesk
