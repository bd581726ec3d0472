// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "componenttimeline.h"

#include <optional>

namespace supadesk {

struct Incident
{
    QString component;
    TimeRange range; // clipped to the period asked about
    QString reason;
    bool isGap = false; // no probe results at all: the server itself was unreachable or down
};

enum class GapPolicy {
    CountAsDown, // no results from the server's own probe means the server was down
    Exclude,     // unknown time is left out of the SLA
};

// Availability of one component over one period.
struct AvailabilityReport
{
    TimeRange period;
    qint64 upMs = 0;
    qint64 downMs = 0;        // confirmed downtime, plus gaps under GapPolicy::CountAsDown
    qint64 gapMs = 0;         // time inside the timeline without probe results
    qint64 maintenanceMs = 0; // declared maintenance inside the period: never counted against the SLA
    qint64 noDataMs = 0;      // before the first probe or after the last: outside what can be known
    std::optional<double> availability; // up / (up + down) in [0, 1]; empty when nothing was measured
    QList<Incident> incidents;
};

class AvailabilityCalculator
{
public:
    static AvailabilityReport compute(const QString &component, const QList<StateInterval> &timeline,
                                      const TimeRange &period, const QList<TimeRange> &maintenance,
                                      GapPolicy gaps = GapPolicy::CountAsDown);
    // The stack as a whole: down whenever any component is down. Incidents are the merged down
    // ranges, named after the components involved.
    static AvailabilityReport combine(const QList<QPair<QString, QList<StateInterval>>> &components,
                                      const TimeRange &period, const QList<TimeRange> &maintenance,
                                      GapPolicy gaps = GapPolicy::CountAsDown);
    // Sorted, non-overlapping union of ranges, clipped to `within`.
    static QList<TimeRange> normalize(QList<TimeRange> ranges, const TimeRange &within);
    // Parts of `range` not covered by the (normalized) `holes`.
    static QList<TimeRange> subtract(const TimeRange &range, const QList<TimeRange> &holes);
};

// What a target allows in a period: e.g. 99.9% of a 30-day month is 43.2 minutes of downtime.
// Maintenance is taken out of the period first.
struct ErrorBudget
{
    double allowedMinutes = 0;
    double usedMinutes = 0;
    double remainingMinutes = 0; // negative when the target was missed

    static ErrorBudget compute(double target, qint64 periodMs, qint64 maintenanceMs, qint64 downMs);
};

} // namespace supadesk
