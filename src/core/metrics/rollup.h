// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <limits>

namespace supadesk {

// Aggregates of one series over one time bucket: what a chart needs for a range too long to show
// raw samples (min and max keep spikes visible, sum/count give the mean).
struct RollupBucket
{
    qint64 startMs = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0;
    qint64 count = 0;

    void add(double value);
    void merge(const RollupBucket &other);
    double mean() const { return count > 0 ? sum / static_cast<double>(count) : 0; }
};

// Bucket and retention arithmetic for the history store. Times are milliseconds since the epoch in
// UTC: buckets are aligned to UTC minutes and hours, so they never depend on the viewer's time zone.
class Rollup
{
public:
    static constexpr qint64 MinuteMs = 60'000;
    static constexpr qint64 HourMs = 3'600'000;
    static constexpr qint64 DayMs = 86'400'000;

    // Start of the bucket containing t (also for times before 1970).
    static qint64 bucketStart(qint64 tMs, qint64 bucketMs);
};

// How long each resolution is kept. Rows older than now - keep are pruned.
struct RetentionPolicy
{
    // What a user may choose, in days. The hour roll-ups keep at least the dashboard's longest range
    // (30 days); a coarser resolution never keeps less than a finer one, or a chart's older part would
    // vanish while its newer part is still there.
    static constexpr int DefaultRawDays = 2;
    static constexpr int DefaultMinuteDays = 30;
    static constexpr int DefaultHourDays = 400;
    static constexpr int MinRawDays = 1, MaxRawDays = 30;
    static constexpr int MinMinuteDays = 1, MaxMinuteDays = 365;
    static constexpr int MinHourDays = 30, MaxHourDays = 3650;

    qint64 rawMs = DefaultRawDays * Rollup::DayMs;
    qint64 minuteMs = DefaultMinuteDays * Rollup::DayMs;
    qint64 hourMs = DefaultHourDays * Rollup::DayMs;

    // Each value clamped to its limits, then raised to the finer resolution's if below it.
    static RetentionPolicy fromDays(int rawDays, int minuteDays, int hourDays);
    int rawDays() const { return int(rawMs / Rollup::DayMs); }
    int minuteDays() const { return int(minuteMs / Rollup::DayMs); }
    int hourDays() const { return int(hourMs / Rollup::DayMs); }
    bool operator==(const RetentionPolicy &) const = default;

    // Oldest time kept, per resolution. A bucket is kept while any part of it is inside the window,
    // so a chart's left edge does not lose its first bucket.
    qint64 rawCutoff(qint64 nowMs) const { return nowMs - rawMs; }
    qint64 minuteCutoff(qint64 nowMs) const
    {
        return Rollup::bucketStart(nowMs - minuteMs, Rollup::MinuteMs);
    }
    qint64 hourCutoff(qint64 nowMs) const { return Rollup::bucketStart(nowMs - hourMs, Rollup::HourMs); }
};

} // namespace supadesk
