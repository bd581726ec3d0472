// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "availabilityreport.h"
#include "componenttimeline.h"
#include "latencyhistogram.h"
#include "proberesult.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace supadesk {

// The probes and latencies of one component in one UTC hour.
struct HourTally
{
    int probes = 0;
    int failed = 0;
    LatencyHistogram latency; // of the successful probes that measured one
};

// What the history keeps of one component over whole UTC days: its state timeline cut at midnight
// (no piece longer than a day) and its hourly tallies.
struct ComponentDays
{
    QList<StateInterval> intervals;
    QMap<qint64, HourTally> hours; // by the hour's start
};

// One row of the daily roll-up: one component, or UptimeSummary::wholeStack, on one UTC day.
// Durations follow AvailabilityCalculator with GapPolicy::Exclude (noDataMs is the unknown part).
struct DayRow
{
    QString component;
    qint64 dayStartMs = 0;
    AvailabilityReport availability;
    int probes = 0;
    int failed = 0;
    LatencyHistogram latency; // empty for the whole stack: its latency is read per component
};

// The maths of the uptime history's roll-ups, on plain probes and intervals (UptimeStore keeps the
// results in SQLite). Days are UTC days, [00:00, 24:00) UTC; a reader's local days are periods made
// of these rows' intervals (UptimePeriod), not other rows.
//
// Recomputing days [firstDay, lastDay] of a component needs probes beyond them: back to the last
// success before firstDay (a run of failures that began the day before decides whether the first
// minutes are down), at most a day, but always the probe before; forward to the first success from
// the day after lastDay, at most a day, but always the next probe (contextStart(), contextEnd()).
class DayRollup
{
public:
    static constexpr qint64 HourMs = 3'600'000;
    static constexpr qint64 DayMs = 86'400'000;

    // 00:00 UTC of the day holding `tMs` (also before 1970).
    static qint64 dayStart(qint64 tMs);
    static qint64 hourStart(qint64 tMs);

    // Where the probes read for days starting at `firstDay` begin, given the time of the last
    // success in the day before it (`lastOkBefore`) and of the last probe at all before it.
    static qint64 contextStart(qint64 firstDay, std::optional<qint64> lastOkBefore,
                               std::optional<qint64> lastBefore);
    // Where they end (inclusive) for days ending at `endMs` (the day after the last), given the first
    // success in the day from `endMs` and the first probe at all from `endMs`.
    static qint64 contextEnd(qint64 endMs, std::optional<qint64> firstOkFrom,
                             std::optional<qint64> firstFrom);

    // One component over the UTC days [firstDay, lastDay] from its probes in the context above, in time
    // order. `carriedReason` is the reason already stored for a run of failures that began before the
    // context (non-empty only when the context holds no success before firstDay): the leading down
    // piece keeps it rather than naming the context's first failure.
    static ComponentDays component(const ProbeResults &probes, const UptimeSettings &rules, qint64 firstDay,
                                   qint64 lastDay, const QString &carriedReason = {});

    // The daily rows of days [firstDay, lastDay]: per day, every component of `intervals` (in key order)
    // that has an interval or a probe that day, then the whole stack when any component has a row.
    // `intervals` are each component's timeline around those days (pieces overlapping them); `hours` its
    // hourly tallies; `maintenance` the windows overlapping the days.
    static QList<DayRow> days(qint64 firstDay, qint64 lastDay,
                              const QMap<QString, QList<StateInterval>> &intervals,
                              const QHash<QString, QMap<qint64, HourTally>> &hours,
                              const QList<TimeRange> &maintenance);
};

} // namespace supadesk
