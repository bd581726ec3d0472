// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uptimeoverview.h"

namespace supadesk {

// Puts an UptimeOverview together from the figures of its periods (each a list of component
// summaries as UptimeSummary::summarize returns them: the components, then the whole stack), and
// computes those figures from raw probe results with the core maths when no store has them. Each
// component's timeline is built once and measured over every period (the rolling 24 h to 90 d
// windows, the month and each of its days).
class UptimeOverviewBuilder
{
public:
    struct Request
    {
        QString stackId;
        QString stackName;
        double target = 0.999;
        int year = 0;
        int month = 0;
        QTimeZone zone;
        qint64 nowMs = 0;
        QList<MaintenanceWindow> maintenance;
    };

    struct Figures
    {
        QList<ComponentSummary> month;
        QList<QList<ComponentSummary>> days; // one per day of the month, in order
        std::optional<double> last24h;
        std::optional<double> last7d;
        std::optional<double> last30d;
        std::optional<double> last90d;
    };

    static UptimeOverview assemble(const Request &request, const Figures &figures);
    static Figures figuresFromProbes(const Request &request, const ProbeResults &probes,
                                     const UptimeSettings &settings = {},
                                     GapPolicy gaps = GapPolicy::CountAsDown);
    static UptimeOverview fromProbes(const Request &request, const ProbeResults &probes,
                                     const UptimeSettings &settings = {});
    // The rolling windows, ending now.
    static TimeRange lastDays(qint64 nowMs, int days);
    // The earliest instant an overview reads probes from: 90 days before now, or the month's start.
    static qint64 earliestNeeded(const Request &request);
};

} // namespace supadesk
